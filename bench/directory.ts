/**
 * Directory reads against PostGraphile 5 (npm run bench:directory; issue 14, goal 1).
 *
 * Both servers read the same PostgreSQL database, each in its own process with NODE_ENV=production:
 * Atlas (bench/server.ts, which migrates and seeds the database when empty) and PostGraphile 5
 * (bench/postgraphile-server.mjs, a dev dependency, amber preset) as a read-only role (LOGIN,
 * SELECT and EXECUTE only, `default_transaction_read_only = on`). PostGraphile 5 needs
 * Node >= 22: give its binary in NODE22 (for example `npm install --prefix /tmp/node22
 * node@22.23.3`, then NODE22=/tmp/node22/node_modules/.bin/node).
 *
 * Five reads, the same data selected from both (PostGraphile returns a localised text's whole
 * JSON where Atlas returns one locale's text: its responses are larger). Full-text search and the
 * country filter have no PostGraphile built-in: two SQL functions in a `bench_pgl` schema of the
 * benchmark database give it the same WHERE as Atlas's filters.
 *
 * autocannon in this process, at concurrency 1 and 64, BENCH_ROUNDS interleaved rounds (each
 * read on Atlas then PostGraphile), BENCH_SECONDS per run; medians, and Atlas ÷ PostGraphile
 * per round. Env: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/atlas_bench_directory,
 * created when missing), NODE22, BENCH_SECONDS (default 10), BENCH_ROUNDS (default 3).
 */
import 'reflect-metadata';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { SEARCH_CONFIG_LIST } from '../src/modules/directory/mapping';
import { today } from '../src/shared/dates';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/atlas_bench_directory';
const READ_ONLY_ROLE = 'atlas_bench_directory_ro';
const ROOT = path.resolve(__dirname, '../..');

/** The node binary for PostGraphile 5, checked before anything starts. */
function node22(): string {
  const bin = process.env.NODE22;
  const fail = (why: string) => {
    throw new Error(
      `bench:directory runs PostGraphile 5, which needs Node >= 22: ${why}. Install one outside the repository ` +
        `(npm install --prefix /tmp/node22 node@22.23.3) and run NODE22=/tmp/node22/node_modules/.bin/node npm run bench:directory`,
    );
  };
  if (!bin) return fail('set NODE22 to the path of a Node >= 22 binary');
  let version: string;
  try {
    version = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return fail(`NODE22 (${bin}) does not run`);
  }
  if (Number(/^v(\d+)\./.exec(version)?.[1] ?? 0) < 22) fail(`NODE22 is ${version}`);
  return bin;
}

/** PostgreSQL searches in every configuration, like Atlas's `search` filter (directory.filter.ts). */
const tsquery = (q: string) => '(' + SEARCH_CONFIG_LIST.map((c) => `websearch_to_tsquery('${c}', ${q})`).join(' || ') + ')';
/** The country row named by a function's parameter (qualified: a bare `code` would be the column). */
const country = (param: string) => `SELECT c.code, c.memberships, c.procedures, c.instruments, c.un_member FROM country c WHERE c.code = ${param}`;
const applies = (x: string) =>
  `directory_covers(${x}.coverage, c.code, c.memberships) AND directory_eligible(${x}.eligibility, c.code, c.memberships, c.procedures, c.instruments, c.un_member)`;

/**
 * The database: created when missing; the read-only role; the two functions PostGraphile needs
 * for the same reads (same conditions as Atlas's filters). Atlas seeds it when it starts.
 */
async function prepareDatabase(): Promise<void> {
  const url = new URL(DATABASE_URL);
  const name = url.pathname.slice(1);
  const admin = new Client({ connectionString: Object.assign(new URL(DATABASE_URL), { pathname: '/postgres' }).toString() });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
    const role = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [READ_ONLY_ROLE]);
    if (role.rowCount === 0) await admin.query(`CREATE ROLE ${READ_ONLY_ROLE} LOGIN`);
    await admin.query(`ALTER ROLE ${READ_ONLY_ROLE} SET default_transaction_read_only = on`);
  } finally {
    await admin.end();
  }
}

async function grantAndDefine(): Promise<void> {
  const db = new Client({ connectionString: DATABASE_URL });
  await db.connect();
  try {
    await db.query(`
      CREATE SCHEMA IF NOT EXISTS bench_pgl;
      CREATE OR REPLACE FUNCTION bench_pgl.search_directory(q text) RETURNS SETOF public.directory_record
        LANGUAGE sql STABLE AS $$
          SELECT r.* FROM directory_record r WHERE r.archived_at IS NULL AND r.search @@ ${tsquery('q')}
          ORDER BY ts_rank(r.search, ${tsquery('q')}) DESC, r.kind, r.slug $$;
      CREATE OR REPLACE FUNCTION bench_pgl.mechanisms_for_country(code text) RETURNS SETOF public.directory_record
        LANGUAGE sql STABLE AS $$
          SELECT r.* FROM directory_record r, (${country('mechanisms_for_country.code')}) c
          WHERE r.kind = 'MECHANISM' AND r.archived_at IS NULL
            AND ${applies('r')} AND EXISTS (SELECT 1 FROM directory_offer o WHERE o.record_id = r.id AND ${applies('o')})
          ORDER BY r.kind, r.slug $$;
      -- A computed column (PostGraphile wants it in the table's schema): a record's offers that apply in a country.
      CREATE OR REPLACE FUNCTION public.directory_record_offers_in(r public.directory_record, code text) RETURNS SETOF public.directory_offer
        LANGUAGE sql STABLE AS $$
          SELECT o.* FROM directory_offer o, (${country('directory_record_offers_in.code')}) c WHERE o.record_id = r.id AND ${applies('o')}
          ORDER BY o.position $$;
      GRANT USAGE ON SCHEMA public, bench_pgl TO ${READ_ONLY_ROLE};
      GRANT SELECT ON directory_record, directory_offer, directory_contact_channel, country TO ${READ_ONLY_ROLE};
      GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA bench_pgl, public TO ${READ_ONLY_ROLE};`);
  } finally {
    await db.end();
  }
}

interface Read {
  name: string;
  atlas: { query: string; variables?: Record<string, unknown> };
  pgl: { query: string; variables?: Record<string, unknown> };
  /** The number of top-level items both must return, checked before measuring. */
  count: (json: { data?: Record<string, unknown> }) => number;
}

const OFFER = 'slug kind speed';
const CHANNEL = 'kind value languages';
const nodesOf = (json: { data?: Record<string, unknown> }, key: string) => ((json.data?.[key] as { nodes?: unknown[] } | null)?.nodes ?? []).length;

const READS: Read[] = [
  {
    name: '50 organisations with their offers',
    atlas: { query: `{ organizations(first: 50) { nodes { slug name { text } services { nodes { ${OFFER} name { text } } } } } }` },
    pgl: {
      query: `{ allDirectoryRecords(condition: { kind: "ORGANIZATION", archivedAt: null }, orderBy: [KIND_ASC, SLUG_ASC], first: 50) {
        nodes { slug name directoryOffersByRecordId(orderBy: POSITION_ASC) { nodes { ${OFFER} name } } } } }`,
    },
    count: (j) => nodesOf(j, 'organizations') || nodesOf(j, 'allDirectoryRecords'),
  },
  {
    name: '50 organisations → offers → contact channels',
    atlas: {
      query: `{ organizations(first: 50) { nodes { slug name { text } services { nodes { ${OFFER} name { text } } } contactChannels { nodes { ${CHANNEL} } } } } }`,
    },
    pgl: {
      query: `{ allDirectoryRecords(condition: { kind: "ORGANIZATION", archivedAt: null }, orderBy: [KIND_ASC, SLUG_ASC], first: 50) {
        nodes { slug name directoryOffersByRecordId(orderBy: POSITION_ASC) { nodes { ${OFFER} name } }
          directoryContactChannelsByRecordId(orderBy: POSITION_ASC) { nodes { ${CHANNEL} } } } } }`,
    },
    count: (j) => nodesOf(j, 'organizations') || nodesOf(j, 'allDirectoryRecords'),
  },
  {
    name: 'one record by slug',
    atlas: {
      query: `{ directoryRecord(slug: "front-line-defenders") { slug name { text } summary { text } website verifiedOn
        ... on Organization { services { nodes { ${OFFER} name { text } } } } contactChannels { nodes { ${CHANNEL} } } } }`,
    },
    pgl: {
      query: `{ directoryRecordBySlug(slug: "front-line-defenders") { slug name summary website verifiedOn
        directoryOffersByRecordId(orderBy: POSITION_ASC) { nodes { ${OFFER} name } } directoryContactChannelsByRecordId(orderBy: POSITION_ASC) { nodes { ${CHANNEL} } } } }`,
    },
    count: (j) => (j.data?.directoryRecord || j.data?.directoryRecordBySlug ? 1 : 0),
  },
  {
    name: 'full-text search "urgent", 20 ranked',
    atlas: { query: `{ directory(search: "urgent", first: 20) { nodes { slug kind name { text } } } }` },
    pgl: { query: `{ benchPglSearchDirectory(q: "urgent", first: 20) { nodes { slug kind name } } }` },
    count: (j) => nodesOf(j, 'directory') || nodesOf(j, 'benchPglSearchDirectory'),
  },
  {
    name: "Kenya's mechanisms with their procedures for Kenya",
    atlas: { query: `{ mechanisms(country: "KE", first: 100) { nodes { slug name { text } system procedures { nodes { ${OFFER} name { text } } } } } }` },
    pgl: {
      query: `{ benchPglMechanismsForCountry(code: "KE", first: 100) { nodes { slug name system offersIn(code: "KE") { nodes { ${OFFER} name } } } } }`,
    },
    count: (j) => nodesOf(j, 'mechanisms') || nodesOf(j, 'benchPglMechanismsForCountry'),
  },
];

interface Result {
  rps: number;
  p50: number;
  p99: number;
  bytes: number;
  refused: number;
}

function load(url: string, body: string, connections: number): Promise<Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections, duration: SECONDS, pipelining: 1 }, (err, r) => {
      if (err) return reject(err);
      resolve({
        rps: r.requests.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        bytes: r.requests.total > 0 ? Math.round(r.throughput.total / r.requests.total) : 0,
        refused: r.errors + r.timeouts + r.non2xx,
      });
    });
  });
}

/** Starts a server script in its own process; resolves with the URL it sends. */
function startProcess(script: string, env: Record<string, string>, execPath?: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child: ChildProcess = fork(script, [], { env: { ...process.env, ...env, NODE_ENV: 'production' }, stdio: 'inherit', execPath });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${path.basename(script)} exited with code ${code}`)));
    child.once('message', (message: { url: string }) =>
      resolve({
        url: message.url,
        stop: () => {
          child.send('stop');
          return exited;
        },
      }),
    );
  });
}

async function post(url: string, payload: { query: string; variables?: unknown }) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const nodeBinary = node22();
  await prepareDatabase();
  const loadBefore = os.loadavg();
  const atlas = await startProcess(path.join(__dirname, 'server.js'), { BENCH_DATABASE_URL: DATABASE_URL });
  let pgl: { url: string; stop: () => Promise<void> } | undefined;
  try {
    await grantAndDefine();
    const roUrl = Object.assign(new URL(DATABASE_URL), { username: READ_ONLY_ROLE, password: '' }).toString();
    pgl = await startProcess(path.join(ROOT, 'bench/postgraphile-server.mjs'), { PGL_DATABASE_URL: roUrl, GRAPHILE_ENV: 'production' }, nodeBinary);
    const servers = { atlas: atlas.url, pgl: pgl.url };

    // Sanity and warm-up: both answer without errors and return as many items.
    for (const read of READS) {
      for (let i = 0; i < 5; i++) {
        const a = await post(servers.atlas, read.atlas);
        const p = await post(servers.pgl, read.pgl);
        if (a.errors || p.errors) throw new Error(`${read.name}: ${JSON.stringify(a.errors ?? p.errors)}`);
        if (read.count(a) === 0 || read.count(a) !== read.count(p))
          throw new Error(`${read.name}: Atlas returns ${read.count(a)} items, PostGraphile ${read.count(p)}`);
      }
    }

    const results = new Map<string, { atlas: Result[]; pgl: Result[]; ratios: number[] }>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const connections of [1, 64]) {
        for (const read of READS) {
          const key = `${read.name}|${connections}`;
          const row = results.get(key) ?? { atlas: [], pgl: [], ratios: [] };
          // After each run, one more request: it answers once the server has drained the run's backlog.
          const a = await load(servers.atlas, JSON.stringify(read.atlas), connections);
          await post(servers.atlas, read.atlas);
          const p = await load(servers.pgl, JSON.stringify(read.pgl), connections);
          await post(servers.pgl, read.pgl);
          row.atlas.push(a);
          row.pgl.push(p);
          row.ratios.push(a.rps / p.rps);
          results.set(key, row);
        }
      }
    }

    const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
    console.log(
      `# directory reads against PostGraphile 5 — ${today()}, Atlas on Node ${process.version}, PostGraphile on ${execFileSync(nodeBinary, ['--version'], { encoding: 'utf8' }).trim()}, ` +
        `${os.cpus().length} cores (${cpu}), ${SECONDS}s per run, ${ROUNDS} interleaved rounds, load average (1/5/15 min) before: ${loadBefore.map((x) => x.toFixed(1)).join(' ')}, after: ${os
          .loadavg()
          .map((x) => x.toFixed(1))
          .join(' ')}\n`,
    );
    console.log('Medians of the rounds; the ratio is Atlas ÷ PostGraphile req/s in each round.\n');
    console.log(
      '| read | c | Atlas req/s | p50 ms | p99 ms | bytes | PostGraphile req/s | p50 ms | p99 ms | bytes | Atlas ÷ PostGraphile: median (rounds) | refused |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    const goals: string[] = [];
    for (const connections of [1, 64]) {
      for (const read of READS) {
        const r = results.get(`${read.name}|${connections}`)!;
        const m = (xs: Result[], k: keyof Result) => median(xs.map((x) => x[k]));
        const refused = [...r.atlas, ...r.pgl].reduce((n, x) => n + x.refused, 0);
        const ratio = median(r.ratios);
        console.log(
          `| ${read.name} | ${connections} | ${m(r.atlas, 'rps').toFixed(0)} | ${m(r.atlas, 'p50')} | ${m(r.atlas, 'p99')} | ${m(r.atlas, 'bytes')} | ` +
            `${m(r.pgl, 'rps').toFixed(0)} | ${m(r.pgl, 'p50')} | ${m(r.pgl, 'p99')} | ${m(r.pgl, 'bytes')} | ${ratio.toFixed(2)} (${r.ratios.map((x) => x.toFixed(2)).join(', ')}) | ${refused} |`,
        );
        const p99ok = m(r.atlas, 'p99') <= m(r.pgl, 'p99');
        goals.push(
          `| ${read.name} | ${connections} | ${ratio.toFixed(2)} | ${m(r.atlas, 'p99')} vs ${m(r.pgl, 'p99')} | ${ratio >= 1 && p99ok && refused === 0 ? 'met' : 'not met'} |`,
        );
      }
    }
    console.log('\nGoal: req/s at or above PostGraphile (ratio ≥ 1.00) with p99 no worse, no request refused.\n');
    console.log('| read | c | Atlas ÷ PostGraphile req/s | p99 ms Atlas vs PostGraphile | goal |');
    console.log('| --- | ---: | ---: | ---: | --- |');
    for (const g of goals) console.log(g);
  } finally {
    await pgl?.stop();
    await atlas.stop();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

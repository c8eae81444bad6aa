/**
 * Finder benchmark (npm run bench:finder). Two parts, one run:
 *
 * 1. HTTP: requests per second and p50/p99 latency at concurrency 1 and 64, with autocannon on
 *    loopback, against one server process (bench/server.ts, NODE_ENV=production, embedded
 *    PGlite in memory, seeded; autocannon runs in this process, not the server's): the floor
 *    `{ __typename }` (same Express, Apollo, limits and logging; only the resolver differs),
 *    the `ProtectionPlanBrief` operation (what a chatbot asks: the best five options), and the
 *    `ProtectionPlan` operation without `limit` (the whole plan: every option and exclusion);
 *    and, for reference, a bare node:http handler in the same process returning the floor's
 *    JSON (what the machine can do without Express and Apollo). BENCH_ROUNDS rounds, medians.
 *    Then the floor against minimal Apollo servers on each HTTP stack (bench/http-floor.ts),
 *    with the goal floor ≥ 0.9 × minimal Apollo on the project's stack.
 * 2. Core alone: buildProtectionPlan over the seeded directory cloned 1x, 10x and 100x (new
 *    slugs), to show linear growth: the full plan, and `limit: 10` (every candidate is still
 *    evaluated and scored, and every excluded one listed; only ten options are written out).
 *
 * Writes Markdown tables to stdout; docs/benchmarks.md keeps the results with the command.
 * Env: BENCH_SECONDS (default 10 per HTTP run), BENCH_ROUNDS (default 3); BENCH_HTTP=0 skips part 1 (for profiling the
 * core: `node --cpu-prof dist/bench/finder.js`).
 */
import 'reflect-metadata';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { startSeededServer } from './seeded-server';
import { buildProtectionPlan, buildReadModel, type DirectoryInput, type ProtectionNeed, type ReadModel } from '../src/modules/finder/core';
import { countriesForFinder } from '../src/modules/finder/finder.service';
import { scaledDirectory } from './synthetic-directory';
import { today } from '../src/shared/dates';
import { httpFloorBench, printHttpFloor } from './http-floor';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ROOT = path.resolve(__dirname, '../..');

const NEED: ProtectionNeed = {
  country: 'GT',
  risks: ['DEATH_THREAT', 'SURVEILLANCE'],
  urgency: 'IMMEDIATE',
  profiles: ['LAND_ENVIRONMENT', 'INDIGENOUS'],
  languages: ['es'],
  currentlyInCountry: true,
};

const operation = (name: string) => fs.readFileSync(path.join(ROOT, 'schema/operations', `${name}.graphql`), 'utf8');

/** The goals of the finder issue, checked against each run. */
const GOALS = { p99AtConcurrency64Ms: 20, throughputOfFloor: 0.5 } as const;

interface HttpResult {
  name: string;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  /** Headers and body, as autocannon read them. */
  bytesPerResponse: number;
  errors: number;
  non2xx: number;
}

function run(url: string, name: string, body: string, connections: number): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        connections,
        duration: SECONDS,
        pipelining: 1,
      },
      (err, r) => {
        if (err) return reject(err);
        resolve({
          name,
          connections,
          rps: r.requests.average,
          p50: r.latency.p50,
          p99: r.latency.p99,
          bytesPerResponse: r.requests.total > 0 ? Math.round(r.throughput.total / r.requests.total) : 0,
          errors: r.errors + r.timeouts,
          non2xx: r.non2xx,
        });
      },
    );
  });
}

function timePlans(model: ReadModel, times: number, limit: number | undefined, now: Date) {
  const iterations = Math.max(20, Math.round(3000 / times));
  for (let i = 0; i < Math.min(iterations, 50); i++) buildProtectionPlan(model, NEED, { now, locale: 'es', limit }); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    buildProtectionPlan(model, NEED, { now, locale: 'es', limit });
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  return { meanMs: mean, p99Ms: samples[Math.floor(samples.length * 0.99)], perCandidateUs: (mean * 1000) / model.candidates.length };
}

function coreBench(base: DirectoryInput) {
  const rows: { times: number; candidates: number; buildMs: number; full: ReturnType<typeof timePlans>; top10: ReturnType<typeof timePlans> }[] = [];
  const now = new Date();
  for (const times of [1, 10, 100]) {
    const input = scaledDirectory(base, times);
    const t = performance.now();
    const model = buildReadModel(input);
    const buildMs = performance.now() - t;
    rows.push({ times, candidates: model.candidates.length, buildMs, full: timePlans(model, times, undefined, now), top10: timePlans(model, times, 10, now) });
  }
  return rows;
}

function printCore(core: ReturnType<typeof coreBench>) {
  console.log(
    '\n| directory | candidates | model build ms | full plan: mean ms | p99 ms | µs per candidate | `limit: 10`: mean ms | p99 ms | µs per candidate |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of core) {
    const f = (x: ReturnType<typeof timePlans>) => `${x.meanMs.toFixed(3)} | ${x.p99Ms.toFixed(3)} | ${x.perCandidateUs.toFixed(2)}`;
    console.log(`| ${r.times}x | ${r.candidates} | ${r.buildMs.toFixed(0)} | ${f(r.full)} | ${f(r.top10)} |`);
  }
}

/** Starts bench/server.ts in its own process; resolves with its URLs and a stop function. */
function startServerProcess(): Promise<{ url: string; bareUrl: string; stop: () => Promise<void> }> {
  const child = fork(path.join(__dirname, 'server.js'), [], { env: { ...process.env, NODE_ENV: 'production' }, stdio: 'inherit' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`bench server exited with code ${code}`)));
    child.once('message', (message: { url: string; bareUrl: string }) =>
      resolve({
        ...message,
        stop: () => {
          child.send('stop');
          return exited;
        },
      }),
    );
  });
}

async function post(url: string, body: string) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return (await response.json()) as { data?: { protectionPlan?: { options: unknown[] } }; errors?: unknown };
}

const FLOOR = '{ __typename } (floor)';
const BARE = 'bare node:http handler (reference)';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface Row {
  name: string;
  connections: number;
  runs: HttpResult[];
  /** Each round's req/s divided by the floor's in the same round. */
  ratios: number[];
}

/**
 * ROUNDS rounds (default 3) of every run at each concurrency, one after the other, so slow
 * drift of the machine touches the floor and the plans alike; medians are reported, and the
 * plan-to-floor ratio of each round.
 */
async function httpBench(): Promise<Row[]> {
  const server = await startServerProcess();
  try {
    const variables = { need: NEED, locale: 'es' };
    const runs = [
      { name: FLOOR, url: server.url, body: JSON.stringify({ query: '{ __typename }' }) },
      { name: 'ProtectionPlanBrief (best 5, chatbot)', url: server.url, body: JSON.stringify({ query: operation('ProtectionPlanBrief'), variables }) },
      { name: 'ProtectionPlan (whole plan)', url: server.url, body: JSON.stringify({ query: operation('ProtectionPlan'), variables }) },
      { name: BARE, url: server.bareUrl, body: JSON.stringify({ query: '{ __typename }' }) },
    ];
    for (const { name, url, body } of runs.slice(1, 3)) {
      // Sanity, and warm-up: the plan requests work, and their operation is compiled (second use).
      for (let i = 0; i < 3; i++) {
        const json = await post(url, body);
        if (!json.data?.protectionPlan?.options.length) throw new Error(`${name} failed: ${JSON.stringify(json.errors)}`);
      }
    }
    const rows: Row[] = [];
    for (const connections of [1, 64]) {
      const byName = new Map(runs.map((r) => [r.name, { name: r.name, connections, runs: [] as HttpResult[], ratios: [] as number[] }]));
      for (let round = 0; round < ROUNDS; round++) {
        let floorRps = 0;
        for (const { name, url, body } of runs) {
          const result = await run(url, name, body, connections);
          if (name === FLOOR) floorRps = result.rps;
          const row = byName.get(name)!;
          row.runs.push(result);
          row.ratios.push(result.rps / floorRps);
        }
      }
      rows.push(...byName.values());
    }
    return rows;
  } finally {
    await server.stop();
  }
}

function printHttp(rows: Row[]) {
  console.log(`Medians of ${ROUNDS} rounds; the ratio is each round's req/s over the floor's in that round.\n`);
  console.log('| run | connections | req/s | p50 ms | p99 ms | bytes per response | errors, non-2xx | req/s ÷ floor: median (rounds) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const ratio = r.name === FLOOR ? '' : `${median(r.ratios).toFixed(2)} (${r.ratios.map((x) => x.toFixed(2)).join(', ')})`;
    const errors = r.runs.reduce((n, x) => n + x.errors + x.non2xx, 0);
    console.log(
      `| ${r.name} | ${r.connections} | ${median(r.runs.map((x) => x.rps)).toFixed(0)} | ${median(r.runs.map((x) => x.p50))} | ${median(r.runs.map((x) => x.p99))} | ${r.runs[0].bytesPerResponse} | ${errors} | ${ratio} |`,
    );
  }
  console.log('\n| goal | run | result (median) | met |');
  console.log('| --- | --- | ---: | --- |');
  for (const r of rows.filter((x) => x.name !== FLOOR && x.name !== BARE)) {
    const ratio = median(r.ratios);
    console.log(
      `| throughput ≥ ${GOALS.throughputOfFloor} × floor, concurrency ${r.connections} | ${r.name} | ${ratio.toFixed(2)} | ${ratio >= GOALS.throughputOfFloor ? 'yes' : 'no'} |`,
    );
    const p99 = median(r.runs.map((x) => x.p99));
    if (r.connections === 64)
      console.log(`| p99 < ${GOALS.p99AtConcurrency64Ms} ms at concurrency 64 | ${r.name} | ${p99} ms | ${p99 < GOALS.p99AtConcurrency64Ms ? 'yes' : 'no'} |`);
  }
  for (const name of [FLOOR, BARE]) {
    const row = rows.find((x) => x.connections === 64 && x.name === name)!;
    const p99 = median(row.runs.map((x) => x.p99));
    console.log(
      `| (for reference) p99 < ${GOALS.p99AtConcurrency64Ms} ms at concurrency 64 | ${name} | ${p99} ms | ${p99 < GOALS.p99AtConcurrency64Ms ? 'yes' : 'no'} |`,
    );
  }
}

async function main() {
  const http = process.env.BENCH_HTTP !== '0';
  const loadBefore = os.loadavg()[0];
  const rows = http ? await httpBench() : [];
  // The floor against minimal Apollo servers on each HTTP stack (bench/http-floor.ts).
  const floor = http ? await httpFloorBench({ seconds: SECONDS, rounds: ROUNDS }) : null;

  // The core alone, in this process, over the seeded directory.
  const server = await startSeededServer();
  let core: ReturnType<typeof coreBench>;
  try {
    const snapshot = await server.services.directory.snapshot();
    core = coreBench({ ...snapshot, countries: countriesForFinder(await server.services.countries.all()) });
  } finally {
    await server.stop();
  }

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `# finder benchmark — ${today()}, Node ${process.version}, ${os.cpus().length} cores (${cpu}), ${SECONDS}s per HTTP run, ${ROUNDS} rounds, load average before: ${loadBefore.toFixed(1)}, after: ${os.loadavg()[0].toFixed(1)}\n`,
  );
  if (http) printHttp(rows);
  if (floor) printHttpFloor(floor);
  printCore(core);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

/**
 * Replicas behind a real load balancer (issue 14): two API processes (`node dist/src/main.js`)
 * on one PostgreSQL database, Redis for the rate limits, HAProxy in front (Debian's package,
 * installed by .ci/run). Proves that
 * - load through HAProxy reaches both replicas;
 * - rate limits are shared through Redis (a client's budget spent on one replica is spent on both);
 * - an edit through one replica changes every replica's plans (the change feed: LISTEN/NOTIFY);
 * - a replica killed with SIGKILL under load fails no request beyond those it had in flight.
 *
 * Needs DATABASE_URL (PGlite is one process by design: there is nothing to replicate) and fails,
 * not skips, without haproxy when DATABASE_URL is set. Redis: REDIS_TEST_URL or 127.0.0.1:6379.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import Redis from 'ioredis';
import { parse } from 'yaml';
import {
  ConfirmSignatureDocument,
  ProtectionPlanBriefDocument,
  ProtectionPlanDocument,
  UpdateDirectoryRecordDocument,
  type ProtectionPlanQueryVariables,
} from '../generated/graphql';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { errorCodes, gql, rawGraphql } from '../helpers/client';

const ROOT = path.join(__dirname, '..', '..');
const MAIN = path.join(ROOT, 'dist', 'src', 'main.js');
const TOKEN_SCRIPT = path.join(ROOT, 'dist', 'scripts', 'token.js');
const REDIS_URL = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';

/** HAPROXY_PATH, else Debian's /usr/sbin/haproxy, else one on PATH. */
function findHaproxy(): string | undefined {
  const candidates = [process.env.HAPROXY_PATH, '/usr/sbin/haproxy', '/usr/local/sbin/haproxy', 'haproxy'].filter((c): c is string => !!c);
  return candidates.find((c) => spawnSync(c, ['-v']).status === 0);
}

const BRIEF_PLAN = print(ProtectionPlanBriefDocument);
const FUND = 'urgent-action-fund-rapid-response-grants';
const FUND_KEY = `PROGRAMME:${FUND}/${FUND}`;
const need: ProtectionPlanQueryVariables['need'] = { country: 'KE', risks: ['GENDER_BASED_VIOLENCE'], urgency: 'URGENT', profiles: ['WOMAN_DEFENDER'] };

interface Replica {
  name: string;
  child: ChildProcess;
  url: string;
  exit: Promise<number | null>;
}

/** Starts `node dist/src/main.js`; resolves with its URL once it logs that it listens. */
function startReplica(name: string, env: Record<string, string>): Promise<Replica> {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  const child = spawn(process.execPath, [MAIN], { env: { ...base, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env } });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    let buffer = '';
    let found = false;
    // Keeps reading stdout (the access log) so the process never blocks on a full pipe.
    child.stdout!.on('data', (chunk: Buffer) => {
      if (found) return;
      buffer += chunk.toString();
      const line = buffer.split('\n').find((l) => l.includes('Protection Atlas is listening'));
      if (line) {
        found = true;
        buffer = '';
        resolve({ name, child, url: JSON.parse(line).url as string, exit });
      }
    });
    void exit.then((code) => reject(new Error(`replica ${name} exited (${code}) before listening: ${stderr}`)));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const portOf = (url: string) => new URL(url).port;

/** The production file (deploy/haproxy.cfg) with this test's addresses and faster health checks. */
function haproxyConfig(port: number, replicas: Replica[]): string {
  const file = fs.readFileSync(path.join(ROOT, 'deploy', 'haproxy.cfg'), 'utf8');
  const servers = replicas.map((r) => `  server ${r.name} 127.0.0.1:${portOf(r.url)} check`).join('\n');
  return (
    file
      .replace(/^\s*bind .*$/m, `  bind 127.0.0.1:${port}`)
      .replace(/^\s*server .*\n(\s*server .*\n)*/m, `${servers}\n`)
      // Faster than production to notice the kill, but tolerant of a check slowed by a busy CI machine.
      .replace(/^\s*default-server .*$/m, '  default-server inter 500ms fall 3 rise 1')
      .replace(/^\s*timeout check .*$/m, '  timeout check 5s')
  );
}

interface Outcome {
  start: number;
  end: number;
  ok: boolean;
  servedBy: string | null;
  /** HTTP status, or the network error's name. */
  status: number | string;
}

/** `workers` loops of brief plans through `url` until `stop()`; every request's timing and outcome. */
function load(url: string, workers: number) {
  const outcomes: Outcome[] = [];
  let running = true;
  const body = JSON.stringify({ query: BRIEF_PLAN, variables: { need, limit: 3 } });
  const worker = async () => {
    while (running) {
      const start = performance.now();
      let ok = false;
      let servedBy: string | null = null;
      let status: number | string;
      try {
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const json = (await res.json()) as { data?: { protectionPlan?: unknown }; errors?: unknown };
        servedBy = res.headers.get('x-served-by');
        status = res.status;
        ok = res.status === 200 && !json.errors && !!json.data?.protectionPlan;
      } catch (err) {
        status = `${(err as Error).name}: ${(err as Error).message}`;
      }
      outcomes.push({ start, end: performance.now(), ok, servedBy, status });
    }
  };
  const done = Promise.all(Array.from({ length: workers }, worker));
  return {
    outcomes,
    async stop() {
      running = false;
      await done;
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function eventually(what: string, check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await sleep(50);
  }
}

const onPostgres = process.env.DATABASE_URL ? describe : describe.skip;
if (!process.env.DATABASE_URL) {
  it.skip('replicas behind HAProxy: skipped on PGlite, which is one process by design (set DATABASE_URL to run it)', () => undefined);
}

onPostgres('two replicas behind HAProxy, on one PostgreSQL, with Redis', () => {
  const keyPrefix = `atlas-test-${randomBytes(4).toString('hex')}:`;
  let database: TestDatabase;
  let a: Replica;
  let b: Replica;
  let haproxy: ChildProcess | undefined;
  let balancer: string;
  let editor: Record<string, string>;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-replicas-'));

  beforeAll(async () => {
    const haproxyPath = findHaproxy();
    if (!haproxyPath)
      throw new Error('haproxy is required to test replicas on PostgreSQL: install the Debian package haproxy (.ci/run does) or set HAPROXY_PATH');
    expect(fs.existsSync(MAIN)).toBe(true);
    database = await createTestDatabase();
    const env = {
      DATABASE_URL: database.url!,
      REDIS_URL,
      REDIS_KEY_PREFIX: keyPrefix,
      // HAProxy forwards the client's address in X-Forwarded-For: rate limits count clients, not the balancer.
      TRUST_PROXY: 'loopback',
      // All the load comes from one address: the anonymous query budget must not refuse it.
      ANONYMOUS_QUERY_COST_PER_MINUTE: '100000000',
      NODE_ENV: 'test',
    };
    // One after the other: the first migrates and seeds the empty database, the second finds it ready.
    a = await startReplica('a', env);
    b = await startReplica('b', env);

    const token = spawnSync(process.execPath, [TOKEN_SCRIPT, 'create', '--role', 'EDITOR', '--name', 'Replica test editor'], {
      env: { PATH: process.env.PATH, NODE_ENV: 'test', DATABASE_URL: database.url! },
      encoding: 'utf8',
    });
    expect(token.status).toBe(0);
    editor = { authorization: `Bearer ${token.stdout.trim()}` };

    const port = await freePort();
    const config = path.join(tmp, 'haproxy.cfg');
    fs.writeFileSync(config, haproxyConfig(port, [a, b]));
    const check = spawnSync(haproxyPath, ['-c', '-q', '-f', config], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    haproxy = spawn(haproxyPath, ['-db', '-f', config], { stdio: ['ignore', 'ignore', 'pipe'] });
    haproxy.stderr!.resume();
    balancer = `http://127.0.0.1:${port}/graphql`;
    // Both replicas in rotation once their /readyz health checks pass.
    const seen = new Set<string>();
    await eventually('both replicas served through HAProxy', async () => {
      const res = await fetch(balancer, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).catch(
        () => null,
      );
      if (res?.status === 200) seen.add(res.headers.get('x-served-by') ?? '');
      return seen.has('a') && seen.has('b');
    });
  }, 180_000);

  afterAll(async () => {
    haproxy?.kill('SIGTERM');
    for (const r of [a, b]) if (r && r.child.exitCode === null && r.child.signalCode === null) r.child.kill('SIGTERM');
    await Promise.all([a?.exit, b?.exit]);
    await database?.drop();
    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    const keys = await redis.keys(`${keyPrefix}*`).catch(() => []);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('shares rate limits through Redis: a budget spent half on each replica is spent', async () => {
    // supporters.token allows 30 per client per 10 minutes, counted in Redis under this run's prefix.
    const confirm = (r: Replica, i: number) => gql(r.url, ConfirmSignatureDocument, { input: { token: `replica-test-token-${i}-`.padEnd(43, 'x') } });
    for (let i = 0; i < 30; i++) expect(errorCodes(await confirm(i % 2 ? a : b, i))).not.toContain('RATE_LIMITED');
    expect(errorCodes(await confirm(a, 30))).toEqual(['RATE_LIMITED']);
    expect(errorCodes(await confirm(b, 31))).toEqual(['RATE_LIMITED']);
  });

  it("spreads load over both replicas, and an edit through one changes every replica's plans", async () => {
    const planOf = async (r: Replica) => {
      const res = await gql(r.url, ProtectionPlanDocument, { need });
      expect(res.body.errors).toBeUndefined();
      return res.body.data!.protectionPlan;
    };
    for (const r of [a, b]) expect((await planOf(r)).options.some((o) => o.id === FUND_KEY)).toBe(true);

    const traffic = load(balancer, 4);
    await sleep(1500);
    // An editor pauses the fund through replica a (the whole record, as in the seed file, with a new status).
    const seed = (
      parse(fs.readFileSync(path.join(ROOT, 'seeds', 'directory', 'programmes.yaml'), 'utf8')) as { programmes: { slug: string }[] }
    ).programmes.find((p) => p.slug === FUND)!;
    const found = await rawGraphql<{ directoryRecord: { id: string } }>(a.url, { query: `{ directoryRecord(slug: "${FUND}") { id } }` });
    const updated = await gql(
      a.url,
      UpdateDirectoryRecordDocument,
      { input: { id: found.body.data!.directoryRecord.id, record: { ...seed, status: 'PAUSED' } } },
      editor,
    );
    expect(updated.body.errors).toBeUndefined();
    expect(updated.body.data!.updateDirectoryRecord.record.status).toBe('PAUSED');
    for (const r of [a, b]) {
      await eventually(`replica ${r.name} excludes the paused fund`, async () =>
        (await planOf(r)).excluded.some((e) => e.id === FUND_KEY && e.code === 'NOT_ACTIVE'),
      );
    }
    await traffic.stop();

    expect(traffic.outcomes.filter((o) => !o.ok).map((o) => o.status)).toEqual([]);
    const served = new Set(traffic.outcomes.map((o) => o.servedBy));
    expect([...served].sort()).toEqual(['a', 'b']);
  });

  it('survives a replica killed under load: no failed request beyond those in flight at the kill', async () => {
    const traffic = load(balancer, 4);
    await sleep(1500);
    const killedAt = performance.now();
    b.child.kill('SIGKILL');
    await b.exit;
    await sleep(3000);
    await traffic.stop();

    const before = traffic.outcomes.filter((o) => o.end < killedAt);
    const inFlight = traffic.outcomes.filter((o) => o.start <= killedAt && o.end >= killedAt);
    const after = traffic.outcomes.filter((o) => o.start > killedAt);
    expect(new Set(before.map((o) => o.servedBy))).toEqual(new Set(['a', 'b']));
    expect(after.length).toBeGreaterThan(10);
    expect(after.filter((o) => !o.ok).map((o) => o.status)).toEqual([]);
    expect(new Set(after.map((o) => o.servedBy))).toEqual(new Set(['a']));
    // HAProxy's retry-on (empty response, connection failure) usually saves the in-flight ones too.
    expect(traffic.outcomes.filter((o) => !o.ok).every((o) => inFlight.includes(o))).toBe(true);
  });
});

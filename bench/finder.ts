/**
 * Finder benchmark (npm run bench:finder). Two parts, one run:
 *
 * 1. HTTP: requests per second and p50/p99 latency at concurrency 1 and 64, with autocannon on
 *    loopback, against one server process (bench/server.ts, NODE_ENV=production, embedded
 *    PGlite in memory, seeded; autocannon runs in this process, not the server's): the floor
 *    `{ __typename }` (same Express, Apollo, limits and logging; only the resolver differs),
 *    the `ProtectionPlanBrief` operation (what a chatbot asks: the best five options), and the
 *    `ProtectionPlan` operation without `limit` (the whole plan: every option and exclusion);
 *    and, for reference, three bare node:http handlers in the same process: one returning the
 *    floor's JSON (what the machine can do without a web framework and Apollo), one running
 *    `JSON.stringify` on the whole plan's response (the same object, fetched once) and sending it
 *    (what the whole plan costs when only its size counts), one sending the brief plan's
 *    response text as it is (what its bytes alone cost). The server process's CPU time
 *    (process.cpuUsage, read over IPC before and after each run) per request is reported, and
 *    the goals of issue 14 (GOALS) marked met or not. BENCH_ROUNDS rounds, medians.
 *    Then the floor against minimal Apollo servers on each HTTP stack (bench/http-floor.ts),
 *    with the goal floor ≥ 0.9 × minimal Apollo on the project's stack.
 * 2. Core alone: buildProtectionPlan over the seeded directory cloned 1x, 10x and 100x (new
 *    slugs), to show linear growth: the full plan, and `limit: 10` (every candidate is still
 *    evaluated and scored, and every excluded one listed; only ten options are written out).
 *    Each with its excluded candidates and records read, so that they are made (a plan makes
 *    them on first read).
 *
 * And in each round, in the server process with no HTTP (bench/server.ts, `ownWork`), what only
 * a plan request does: the core for the brief plan's request (`limit: 5`, lists not read), and
 * the whole plan's operation through the server's executor (the core and GraphQL execution, no
 * serialising). With the floor and the reference sending each plan's bytes, they give the least
 * a plan request can cost, against what goal 3 allows (`printBounds`).
 *
 * Writes Markdown tables to stdout; docs/benchmarks.md keeps the results with the command.
 * Env: BENCH_SECONDS (default 10 per HTTP run), BENCH_ROUNDS (default 3), BENCH_WARMUP_SECONDS
 * (default 3: unmeasured load on each run first, so no run is measured before V8 has optimised it); BENCH_HTTP=0 skips part 1 (for profiling the
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
import type { OwnWork, ServerReady } from './server';
import { buildProtectionPlan, buildReadModel, type DirectoryInput, type ProtectionNeed, type ReadModel } from '../src/modules/finder/core';
import { countriesForFinder } from '../src/modules/finder/finder.service';
import { scaledDirectory } from './synthetic-directory';
import { today } from '../src/shared/dates';
import { httpFloorBench, printHttpFloor } from './http-floor';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** Unmeasured load on every run before the first round, so V8 has compiled the hot code of each (BENCH_WARMUP_SECONDS). */
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
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

/**
 * The goals of the finder (issue 14, goal 3), checked against each run: the brief plan's req/s
 * over the floor's, its p99 at concurrency 64 over the floor's, and the whole plan's server CPU
 * per request over the stringify reference's (a bare handler sending the same response).
 */
const GOALS = { briefThroughputOfFloor: 0.6, briefP99OfFloorAt64: 2, wholePlanCpuOfStringify: 1.3 } as const;

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
  /** CPU time of the server process (user + system) per completed request, µs. */
  cpuMicrosPerRequest: number;
}

function run(
  url: string,
  name: string,
  body: string,
  connections: number,
  seconds = SECONDS,
): Promise<Omit<HttpResult, 'cpuMicrosPerRequest'> & { requests: number }> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        connections,
        duration: seconds,
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
          requests: r.requests.total,
        });
      },
    );
  });
}

/** A plan with everything made: its excluded candidates and records too (a plan makes them when they are first read). */
function makePlan(model: ReadModel, now: Date, limit: number | undefined): number {
  const plan = buildProtectionPlan(model, NEED, { now, locale: 'es', limit });
  return plan.excluded.length + plan.records.length;
}

function timePlans(model: ReadModel, times: number, limit: number | undefined, now: Date) {
  const iterations = Math.max(20, Math.round(3000 / times));
  for (let i = 0; i < Math.min(iterations, 50); i++) makePlan(model, now, limit); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    makePlan(model, now, limit);
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

interface ServerProcess extends ServerReady {
  /** The server process's CPU time so far (user + system), µs. */
  cpuMicros(): Promise<number>;
  /** Makes the stringify reference (`whole`) or the brief-bytes reference (`brief`) serve the response to this request body. */
  setPlan(plan: 'whole' | 'brief', body: string): Promise<void>;
  /** CPU µs per run of what only a plan request does, timed in the server process. */
  ownWork(work: OwnWork): Promise<number>;
  stop(): Promise<void>;
}

/** Starts bench/server.ts in its own process; resolves with its URLs, a CPU probe and a stop function. */
function startServerProcess(): Promise<ServerProcess> {
  const child = fork(path.join(__dirname, 'server.js'), [], { env: { ...process.env, NODE_ENV: 'production' }, stdio: 'inherit' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  /** One question at a time over IPC: the next message answers it (a server that dies first fails the run, never hangs it). */
  const ask = <T>(message: unknown, pick: (reply: Record<string, unknown>) => T | undefined) =>
    new Promise<T>((resolve, reject) => {
      void exited.then(() => reject(new Error('bench server exited before answering')));
      const onMessage = (reply: Record<string, unknown>) => {
        const value = pick(reply);
        if (value === undefined) return;
        child.off('message', onMessage);
        resolve(value);
      };
      child.on('message', onMessage);
      child.send(message as string);
    });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`bench server exited with code ${code}`)));
    child.once('message', (ready: ServerReady) =>
      resolve({
        ...ready,
        cpuMicros: () => ask('cpu', (r) => r.cpuMicros as number | undefined),
        setPlan: (plan, body) => ask({ plan, body }, (r) => (r.planReady === plan ? true : undefined)).then(() => undefined),
        ownWork: (work) => ask({ ownWork: work }, (r) => r.ownWorkMicros as number | undefined),
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
const BRIEF = 'ProtectionPlanBrief (best 5, chatbot)';
const WHOLE = 'ProtectionPlan (whole plan)';
const BARE = 'bare node:http handler (reference)';
const STRINGIFY = 'bare node:http, JSON.stringify of the whole plan (reference)';
const BRIEF_BYTES = "bare node:http, the brief plan's response text as it is (reference)";
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const rowOf = (rows: Row[], name: string, connections: number) => rows.find((x) => x.name === name && x.connections === connections)!;
/** A run's median server CPU per request, µs. */
const medianCpu = (rows: Row[], name: string, connections: number) => median(rowOf(rows, name, connections).runs.map((x) => x.cpuMicrosPerRequest));

/** What only a plan request does, per round (bench/server.ts, `ownWork`), server CPU µs per run. */
interface OwnWorkTimes {
  connections: number;
  briefCore: number[];
  wholeExecution: number[];
}

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
 * plan-to-floor ratio of each round. The server's CPU time is read over IPC before and after
 * each run.
 */
async function httpBench(): Promise<{ rows: Row[]; ownWork: OwnWorkTimes[] }> {
  const server = await startServerProcess();
  try {
    const variables = { need: NEED, locale: 'es' };
    const floor = JSON.stringify({ query: '{ __typename }' });
    const whole = JSON.stringify({ query: operation('ProtectionPlan'), variables });
    const brief = JSON.stringify({ query: operation('ProtectionPlanBrief'), variables });
    const runs = [
      { name: FLOOR, url: server.url, body: floor },
      { name: BRIEF, url: server.url, body: brief },
      { name: WHOLE, url: server.url, body: whole },
      { name: BARE, url: server.bareUrl, body: floor },
      { name: STRINGIFY, url: server.stringifyUrl, body: floor },
      { name: BRIEF_BYTES, url: server.briefBytesUrl, body: floor },
    ];
    for (const { name, url, body } of runs.slice(1, 3)) {
      // Sanity, and warm-up: the plan requests work, and their operation is compiled (second use).
      for (let i = 0; i < 3; i++) {
        const json = await post(url, body);
        if (!json.data?.protectionPlan?.options.length) throw new Error(`${name} failed: ${JSON.stringify(json.errors)}`);
      }
    }
    await server.setPlan('whole', whole);
    await server.setPlan('brief', brief);
    if (WARMUP_SECONDS > 0) for (const { name, url, body } of runs) await run(url, name, body, 8, WARMUP_SECONDS);
    const rows: Row[] = [];
    const ownWork: OwnWorkTimes[] = [];
    for (const connections of [1, 64]) {
      const byName = new Map(runs.map((r) => [r.name, { name: r.name, connections, runs: [] as HttpResult[], ratios: [] as number[] }]));
      const own: OwnWorkTimes = { connections, briefCore: [], wholeExecution: [] };
      for (let round = 0; round < ROUNDS; round++) {
        let floorRps = 0;
        for (const { name, url, body } of runs) {
          const cpuBefore = await server.cpuMicros();
          const { requests, ...result } = await run(url, name, body, connections);
          const cpuMicrosPerRequest = requests > 0 ? ((await server.cpuMicros()) - cpuBefore) / requests : 0;
          if (name === FLOOR) floorRps = result.rps;
          const row = byName.get(name)!;
          row.runs.push({ ...result, cpuMicrosPerRequest });
          row.ratios.push(result.rps / floorRps);
        }
        own.briefCore.push(await server.ownWork({ kind: 'core', need: NEED, locale: variables.locale, limit: 5 }));
        own.wholeExecution.push(await server.ownWork({ kind: 'execution', body: whole }));
      }
      rows.push(...byName.values());
      ownWork.push(own);
    }
    return { rows, ownWork };
  } finally {
    await server.stop();
  }
}

function printHttp(rows: Row[]) {
  console.log(
    `Medians of ${ROUNDS} rounds; the ratio is each round's req/s over the floor's in that round; CPU is the server process's (user + system) per request.\n`,
  );
  console.log(
    '| run | connections | req/s | p50 ms | p99 ms | server CPU µs per request | bytes per response | errors, non-2xx | req/s ÷ floor: median (rounds) |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const med = (r: Row, pick: (x: HttpResult) => number) => median(r.runs.map(pick));
  for (const r of rows) {
    const ratio = r.name === FLOOR ? '' : `${median(r.ratios).toFixed(2)} (${r.ratios.map((x) => x.toFixed(2)).join(', ')})`;
    const errors = r.runs.reduce((n, x) => n + x.errors + x.non2xx, 0);
    console.log(
      `| ${r.name} | ${r.connections} | ${med(r, (x) => x.rps).toFixed(0)} | ${med(r, (x) => x.p50)} | ${med(r, (x) => x.p99)} | ${med(r, (x) => x.cpuMicrosPerRequest).toFixed(0)} | ${r.runs[0].bytesPerResponse} | ${errors} | ${ratio} |`,
    );
  }
  const find = (name: string, connections: number) => rowOf(rows, name, connections);
  const yes = (met: boolean) => (met ? 'met' : 'not met');
  console.log('\n| goal | result (median) | |');
  console.log('| --- | ---: | --- |');
  for (const connections of [1, 64]) {
    const ratio = median(find(BRIEF, connections).ratios);
    console.log(
      `| brief plan req/s ≥ ${GOALS.briefThroughputOfFloor} × floor, concurrency ${connections} | ${ratio.toFixed(2)} | ${yes(ratio >= GOALS.briefThroughputOfFloor)} |`,
    );
  }
  const p99 = (name: string) => med(find(name, 64), (x) => x.p99);
  const p99Ratio = p99(BRIEF) / Math.max(1, p99(FLOOR));
  console.log(
    `| brief plan p99 ≤ ${GOALS.briefP99OfFloorAt64} × floor p99, concurrency 64 | ${p99(BRIEF)} ms ÷ ${p99(FLOOR)} ms = ${p99Ratio.toFixed(2)} | ${yes(p99Ratio <= GOALS.briefP99OfFloorAt64)} |`,
  );
  for (const connections of [1, 64]) {
    const cpu = (name: string) => medianCpu(rows, name, connections);
    const ratio = cpu(WHOLE) / cpu(STRINGIFY);
    console.log(
      `| whole plan CPU per request ≤ ${GOALS.wholePlanCpuOfStringify} × stringify reference, concurrency ${connections} | ${cpu(WHOLE).toFixed(0)} µs ÷ ${cpu(STRINGIFY).toFixed(0)} µs = ${ratio.toFixed(2)} | ${yes(ratio <= GOALS.wholePlanCpuOfStringify)} |`,
    );
  }
}

async function main() {
  const http = process.env.BENCH_HTTP !== '0';
  const loadBefore = os.loadavg()[0];
  const { rows, ownWork } = http ? await httpBench() : { rows: [], ownWork: [] };
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
  if (http) printBounds(rows, ownWork);
}

/**
 * Whether goal 3 can be reached at all on this stack. A plan request costs at least the floor's
 * CPU (HTTP, Apollo, the project's steps), plus sending its bytes (a reference over the bare
 * handler), plus what only the plan does: for the brief plan the core alone, before any GraphQL
 * execution or serialising; for the whole plan its execution (the core and GraphQL), before
 * serialising, which the stringify reference counts. At concurrency 64 the server is CPU-bound,
 * so the brief plan's req/s ≥ 0.6 × the floor's needs CPU per request ≤ the floor's ÷ 0.6; the
 * whole plan's goal is in CPU already (1.3 × the stringify reference). A least cost above what
 * the goal allows rules the goal out; below it, the rest is all that is left for what the least
 * cost leaves out. Medians of the rounds, each part measured in the same rounds.
 */
function printBounds(rows: Row[], ownWork: OwnWorkTimes[]) {
  console.log(
    '\n| for reading: the least a plan request can cost, server CPU µs per request | connections | floor + its bytes + its own work | the goal allows | reachable |',
  );
  console.log('| --- | ---: | ---: | ---: | --- |');
  for (const own of ownWork) {
    const { connections } = own;
    const cpu = (name: string) => medianCpu(rows, name, connections);
    const floor = cpu(FLOOR);
    const line = (what: string, bytesOf: string, work: number[], allowed: number) => {
      const bytes = Math.max(0, cpu(bytesOf) - cpu(BARE));
      const ownMicros = median(work);
      const least = floor + bytes + ownMicros;
      const reachable = least <= allowed ? `not ruled out (${(allowed - least).toFixed(0)} µs left)` : 'no';
      console.log(
        `| ${what} | ${connections} | ${floor.toFixed(0)} + ${bytes.toFixed(0)} + ${ownMicros.toFixed(0)} = ${least.toFixed(0)} | ${allowed.toFixed(0)} | ${reachable} |`,
      );
    };
    line(
      `brief plan: its bytes; the core alone (goal: floor ÷ ${GOALS.briefThroughputOfFloor})`,
      BRIEF_BYTES,
      own.briefCore,
      floor / GOALS.briefThroughputOfFloor,
    );
    line(
      `whole plan: its bytes serialised; its execution (goal: ${GOALS.wholePlanCpuOfStringify} × stringify reference)`,
      STRINGIFY,
      own.wholeExecution,
      GOALS.wholePlanCpuOfStringify * cpu(STRINGIFY),
    );
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

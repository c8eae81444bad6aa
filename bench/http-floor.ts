/**
 * The HTTP floor against minimal Apollo servers (issue 14, goal 2), one run, interleaved rounds:
 * `{ __typename }` on the project's server (bench/server.ts: every header, limit, plugin and
 * the access log) and on a minimal Apollo Server 5 on each stack (bench/minimal-apollo.ts:
 * Express 5, Fastify 5, Apollo's standalone node:http), each in its own process with
 * NODE_ENV=production, at concurrency 1 and 64. Each round runs every server once; ratios are
 * taken within a round. Goal: the project ≥ 0.9 × the minimal server on the project's stack.
 *
 * Used by bench/finder.ts (`npm run bench:finder`); alone: `npm run bench:http-floor`.
 * Env: BENCH_SECONDS (default 10), BENCH_ROUNDS (default 3), BENCH_WARMUP_SECONDS (default 3, unmeasured load on each server first), BENCH_NODE (a Node.js binary to run
 * the servers with, e.g. Node 22 LTS; the machine's by default).
 */
import os from 'node:os';
import path from 'node:path';
import { fork } from 'node:child_process';
import autocannon from 'autocannon';
import { MINIMAL_STACKS, type MinimalStack } from './minimal-apollo';

export const HTTP_FLOOR_GOAL = 0.9;

const PROJECT = 'project';
type Target = typeof PROJECT | MinimalStack;
const TARGETS: Target[] = [PROJECT, ...MINIMAL_STACKS];
const BODY = JSON.stringify({ query: '{ __typename }' });

export interface FloorRow {
  target: Target;
  connections: number;
  rps: number[];
  p50: number[];
  p99: number[];
  /** CPU time of the server process per answered request, µs (user + system). */
  cpuUs: number[];
  errors: number;
}

export interface FloorResult {
  /** The project's HTTP stack, as its server reports it. */
  stack: MinimalStack;
  rows: FloorRow[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function load(url: string, connections: number, seconds: number) {
  return new Promise<{ rps: number; p50: number; p99: number; requests: number; errors: number }>((resolve, reject) => {
    autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body: BODY, connections, duration: seconds, pipelining: 1 }, (err, r) =>
      err
        ? reject(err)
        : resolve({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, requests: r.requests.total, errors: r.errors + r.timeouts + r.non2xx }),
    );
  });
}

type Server = { url: string; stop: () => Promise<void>; cpu: () => Promise<number> };

/** Forks a bench server script; resolves with what it sends when listening, a stop function, and its CPU time so far (µs). */
function startProcess<T extends { url: string }>(script: string, args: string[] = []): Promise<T & Server> {
  const child = fork(path.join(__dirname, script), args, {
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
    execPath: process.env.BENCH_NODE ?? process.execPath,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const cpu = () =>
    new Promise<number>((resolve) => {
      const onMessage = (message: { cpu?: NodeJS.CpuUsage }) => {
        if (!message.cpu) return;
        child.off('message', onMessage);
        resolve(message.cpu.user + message.cpu.system);
      };
      child.on('message', onMessage);
      child.send('cpu');
    });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${script} ${args.join(' ')} exited with code ${code}`)));
    child.once('message', (message: T) =>
      resolve({
        ...message,
        cpu,
        stop: () => {
          child.send('stop');
          return exited;
        },
      }),
    );
  });
}

async function check(url: string, target: Target) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: BODY });
  const text = await response.text();
  if (response.status !== 200 || !text.includes('"__typename":"Query"')) throw new Error(`${target} answered ${response.status}: ${text.slice(0, 200)}`);
}

export async function httpFloorBench(options: { seconds: number; rounds: number }): Promise<FloorResult> {
  const project = await startProcess<{ url: string; stack: MinimalStack }>('server.js');
  const minimal = await Promise.all(MINIMAL_STACKS.map((stack) => startProcess<{ url: string }>('minimal-apollo.js', [stack])));
  const servers = new Map<Target, Server>([[PROJECT, project], ...MINIMAL_STACKS.map((stack, i) => [stack, minimal[i]] as [Target, Server])]);
  try {
    for (const target of TARGETS) for (let i = 0; i < 20; i++) await check(servers.get(target)!.url, target);
    // Unmeasured load first, so that no server is measured before V8 has optimised it.
    for (const target of TARGETS) await load(servers.get(target)!.url, 8, Number(process.env.BENCH_WARMUP_SECONDS ?? 3));
    const rows: FloorRow[] = [];
    for (const connections of [1, 64]) {
      const byTarget = new Map(TARGETS.map((target) => [target, { target, connections, rps: [], p50: [], p99: [], cpuUs: [], errors: 0 } as FloorRow]));
      for (let round = 0; round < options.rounds; round++) {
        // Rotate the order each round, so that no server always runs first (or after the same one).
        const order = TARGETS.map((_, i) => TARGETS[(i + round) % TARGETS.length]);
        for (const target of order) {
          const server = servers.get(target)!;
          const cpuBefore = await server.cpu();
          const r = await load(server.url, connections, options.seconds);
          const cpuUs = ((await server.cpu()) - cpuBefore) / Math.max(1, r.requests);
          const row = byTarget.get(target)!;
          row.cpuUs.push(cpuUs);
          row.rps.push(r.rps);
          row.p50.push(r.p50);
          row.p99.push(r.p99);
          row.errors += r.errors;
        }
      }
      rows.push(...byTarget.values());
    }
    return { stack: project.stack, rows };
  } finally {
    await Promise.all([project.stop(), ...minimal.map((m) => m.stop())]);
  }
}

/** Round by round ratio of two rows' req/s (same rounds, same concurrency). */
const ratios = (a: FloorRow, b: FloorRow) => a.rps.map((x, i) => x / b.rps[i]);
/** Round by round CPU per request of a over b: the minimal over the project reads like a req/s ratio (1 = as cheap).*/
const cpuRatios = (a: FloorRow, b: FloorRow) => a.cpuUs.map((x, i) => x / b.cpuUs[i]);
const fmt = (xs: number[]) => `${median(xs).toFixed(2)} (${xs.map((x) => x.toFixed(2)).join(', ')})`;

export function printHttpFloor({ stack, rows }: FloorResult) {
  const label = (t: Target) => (t === PROJECT ? `the project's server (${stack})` : `minimal Apollo 5, ${t}`);
  console.log(`\n## HTTP floor: \`{ __typename }\` against minimal Apollo servers\n`);
  console.log(
    "| server | connections | req/s | p50 ms | p99 ms | CPU µs per request | errors, non-2xx | req/s ÷ minimal on the project's stack: median (rounds) | ÷ minimal standalone | minimal's CPU ÷ this one's (same stack) |",
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    const same = rows.find((r) => r.connections === row.connections && r.target === stack)!;
    const standalone = rows.find((r) => r.connections === row.connections && r.target === 'standalone')!;
    console.log(
      `| ${label(row.target)} | ${row.connections} | ${median(row.rps).toFixed(0)} | ${median(row.p50)} | ${median(row.p99)} | ${median(row.cpuUs).toFixed(0)} | ${row.errors} | ${fmt(ratios(row, same))} | ${fmt(ratios(row, standalone))} | ${fmt(cpuRatios(same, row))} |`,
    );
  }
  console.log('\n| goal | connections | result (median of rounds) | met |');
  console.log('| --- | ---: | ---: | --- |');
  for (const row of rows.filter((r) => r.target === PROJECT)) {
    const same = rows.find((r) => r.connections === row.connections && r.target === stack)!;
    const ratio = median(ratios(row, same));
    console.log(
      `| floor ≥ ${HTTP_FLOOR_GOAL} × minimal Apollo on the same stack (${stack}), req/s | ${row.connections} | ${ratio.toFixed(2)} | ${ratio >= HTTP_FLOOR_GOAL ? 'yes' : 'no'} |`,
    );
    const cpu = median(cpuRatios(same, row));
    console.log(
      `| (the same in CPU per request: minimal's ÷ the project's) | ${row.connections} | ${cpu.toFixed(2)} | ${cpu >= HTTP_FLOOR_GOAL ? 'yes' : 'no'} |`,
    );
    const withHeaders = rows.find((r) => r.connections === row.connections && r.target === 'fastify-with-headers');
    if (withHeaders && stack === 'fastify') {
      console.log(
        `| (for reading: against the minimal server sending the same headers, req/s / CPU) | ${row.connections} | ${median(ratios(row, withHeaders)).toFixed(2)} / ${median(cpuRatios(withHeaders, row)).toFixed(2)} | |`,
      );
      // Every header must stay: the goal is out of reach where the headers alone cost more than it allows.
      const headersAlone = median(ratios(withHeaders, same));
      console.log(
        `| (bound: the project's headers alone, the minimal server sending them ÷ minimal, req/s) | ${row.connections} | ${headersAlone.toFixed(2)} | ${headersAlone >= HTTP_FLOOR_GOAL ? 'goal not ruled out' : 'goal out of reach'} |`,
      );
    }
  }
}

if (require.main === module) {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const before = os.loadavg()[0];
  httpFloorBench({ seconds, rounds })
    .then((result) => {
      console.log(
        `# HTTP floor — Node ${process.env.BENCH_NODE ? `at ${process.env.BENCH_NODE}` : process.version}, ${os.cpus().length} cores, ${seconds}s per run, ${rounds} rounds, load average before: ${before.toFixed(1)}, after: ${os.loadavg()[0].toFixed(1)}`,
      );
      printHttpFloor(result);
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}

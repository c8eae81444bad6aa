/**
 * Finder benchmark (npm run bench:finder). Two parts, one run:
 *
 * 1. HTTP: plans per second and p50/p99 latency at concurrency 1 and 64, with autocannon on
 *    loopback, against the same server's `{ __typename }` as the floor (same Express, Apollo,
 *    limits and logging; only the resolver differs). Embedded PGlite in memory, seeded.
 * 2. Core alone: buildProtectionPlan over the seeded directory cloned 1x, 10x and 100x (new
 *    slugs), to show linear growth: the full plan, and `limit: 10` (every candidate is still
 *    evaluated and scored, and every excluded one listed; only ten options are written out).
 *
 * Writes a Markdown table to stdout; docs/benchmarks.md keeps the results with the command.
 * Env: BENCH_SECONDS (default 10 per HTTP run); BENCH_HTTP=0 skips part 1 (for profiling the
 * core: `node --cpu-prof dist/bench/finder.js`).
 */
import 'reflect-metadata';
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { startServer } from '../src/server';
import { buildProtectionPlan, buildReadModel, type DirectoryInput, type ProtectionNeed, type ReadModel } from '../src/modules/finder/core';
import { countriesForFinder } from '../src/modules/finder/finder.service';
import { scaledDirectory } from '../src/modules/finder/core/synthetic';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

const NEED: ProtectionNeed = {
  country: 'GT',
  risks: ['DEATH_THREAT', 'SURVEILLANCE'],
  urgency: 'IMMEDIATE',
  profiles: ['LAND_ENVIRONMENT', 'INDIGENOUS'],
  languages: ['es'],
  currentlyInCountry: true,
};

const PLAN_QUERY = `query Plan($need: ProtectionNeedInput!) { protectionPlan(need: $need, locale: es) {
  summary safetyNotes
  options { id rank kind name phase eligibility score factors { riskFit urgencyFit languageFit profileFit coverage confidence safetyPenalty }
    reasons caveats nextSteps resource { id key parentName } channels { kind value languages hours available247 } }
  excluded { id code reason } } }`;

interface HttpResult {
  name: string;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
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
  console.log('\n| directory | candidates | model build ms | full plan: mean ms | p99 ms | µs per candidate | `limit: 10`: mean ms | p99 ms | µs per candidate |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of core) {
    const f = (x: ReturnType<typeof timePlans>) => `${x.meanMs.toFixed(3)} | ${x.p99Ms.toFixed(3)} | ${x.perCandidateUs.toFixed(2)}`;
    console.log(`| ${r.times}x | ${r.candidates} | ${r.buildMs.toFixed(0)} | ${f(r.full)} | ${f(r.top10)} |`);
  }
}

async function main() {
  const http = process.env.BENCH_HTTP !== '0';
  const loadBefore = os.loadavg()[0];
  const config = loadConfig({ NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', DATA_DIR: 'memory://', LOG_LEVEL: 'silent', DATA_KEY: randomBytes(32).toString('base64') });
  const server = await startServer(config, { logger: createLogger('silent') });
  try {
    const results: HttpResult[] = [];
    if (http) {
      const floorBody = JSON.stringify({ query: '{ __typename }' });
      const planBody = JSON.stringify({ query: PLAN_QUERY, variables: { need: NEED } });
      // What a chatbot asks for: the best ten options (excluded candidates are always all listed).
      const top10Body = JSON.stringify({ query: PLAN_QUERY.replace('locale: es)', 'locale: es, limit: 10)'), variables: { need: NEED } });
      // Sanity: the plan request works and is not an error.
      const check = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: planBody });
      const json = (await check.json()) as { data?: { protectionPlan?: { options: unknown[] } }; errors?: unknown };
      if (!json.data?.protectionPlan?.options.length) throw new Error(`plan request failed: ${JSON.stringify(json.errors)}`);

      for (const connections of [1, 64]) {
        results.push(await run(server.url, '{ __typename } (floor)', floorBody, connections));
        results.push(await run(server.url, 'protectionPlan (full plan)', planBody, connections));
        results.push(await run(server.url, 'protectionPlan (limit 10)', top10Body, connections));
      }
    }

    const snapshot = await server.services.directory.snapshot();
    const { countries, proceduresAsOf } = countriesForFinder(await server.services.countries.all());
    const core = coreBench({ ...snapshot, countries, proceduresAsOf });

    const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
    console.log(`# finder benchmark — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} cores (${cpu}), ${SECONDS}s per HTTP run, load average before: ${loadBefore.toFixed(1)}, after: ${os.loadavg()[0].toFixed(1)}\n`);
    if (http) {
      console.log('| run | connections | req/s | p50 ms | p99 ms | errors | non-2xx | plan/floor req/s |');
      console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
      for (const r of results) {
        const floor = results.find((f) => f.connections === r.connections && !f.name.startsWith('protectionPlan'))!;
        const ratio = r.name.startsWith('protectionPlan') ? (r.rps / floor.rps).toFixed(2) : '';
        console.log(`| ${r.name} | ${r.connections} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${ratio} |`);
      }
    }
    printCore(core);
  } finally {
    await server.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

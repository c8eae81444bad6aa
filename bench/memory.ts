/**
 * Memory benchmark (npm run bench:memory): a replica's RSS at rest, and after one client sends
 * N distinct valid documents twice each (the second use compiles each with graphql-jit).
 *
 * The server (bench/memory-server.ts) runs in its own process, as deployed, with NODE_ENV=production,
 * embedded PGlite in memory, seeded, listening on 127.0.0.1 only, with the anonymous query budget
 * lifted so that one client reaches the caches' bounds. The documents are the committed
 * `ProtectionPlan`, `OrganizationsWithServices` and `Countries` operations in turn, each made
 * distinct by a comment (a new query hash: parsed, validated, kept and compiled anew).
 *
 * Env: BENCH_DOCUMENTS (default 1 500, at most 20 000), BENCH_CONCURRENCY (default 8),
 * BENCH_MAX_SECONDS (default 300: the load stops there, and the report says how far it got).
 * Writes a Markdown table to stdout; docs/benchmarks.md keeps the results with the command.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { fork, type ChildProcess } from 'node:child_process';
import type { MemoryReport } from './memory-server';
import { COMPILED_BOUNDS } from '../src/graphql/executor';
import { DOCUMENT_STORE_BOUNDS } from '../src/graphql/document-store';
import { today } from '../src/shared/dates';

const DOCUMENTS = Math.min(20_000, Math.max(1, Number(process.env.BENCH_DOCUMENTS ?? 1500)));
const CONCURRENCY = Math.min(64, Math.max(1, Number(process.env.BENCH_CONCURRENCY ?? 8)));
const MAX_SECONDS = Math.min(3600, Math.max(10, Number(process.env.BENCH_MAX_SECONDS ?? 300)));
const ROOT = path.resolve(__dirname, '../..');

const operation = (name: string) => fs.readFileSync(path.join(ROOT, 'schema/operations', `${name}.graphql`), 'utf8');
const NEED = { country: 'GT', risks: ['DEATH_THREAT', 'SURVEILLANCE'], urgency: 'IMMEDIATE', languages: ['es'] };
const OPERATIONS = [
  { query: operation('ProtectionPlan'), variables: { need: NEED, locale: 'es', limit: 10 } },
  { query: operation('OrganizationsWithServices'), variables: { first: 5 } },
  { query: operation('Countries'), variables: { first: 20 } },
];

function startServerProcess(): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(path.join(__dirname, 'memory-server.js'), [], {
    env: { ...process.env, NODE_ENV: 'production' },
    execArgv: ['--expose-gc'],
    stdio: 'inherit',
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`memory server exited with code ${code}`)));
    child.once('message', (message: { url: string }) => resolve({ child, url: message.url }));
  });
}

let asked = 0;
function ask(child: ChildProcess, what: 'measure' | 'sample'): Promise<MemoryReport> {
  const id = ++asked;
  return new Promise((resolve) => {
    const onMessage = (message: { id?: number; report?: MemoryReport }) => {
      if (message.id !== id) return;
      child.off('message', onMessage);
      resolve(message.report!);
    };
    child.on('message', onMessage);
    child.send({ what, id });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);

async function load(url: string, child: ChildProcess) {
  const deadline = Date.now() + MAX_SECONDS * 1000;
  const statuses = new Map<string, number>();
  let next = 0;
  let sent = 0;
  let peakRss = 0;
  const sampler = setInterval(() => void ask(child, 'sample').then((r) => (peakRss = Math.max(peakRss, r.rssBytes))), 1000);
  const started = Date.now();
  async function worker() {
    while (next < DOCUMENTS && Date.now() < deadline) {
      const i = next++;
      const { query, variables } = OPERATIONS[i % OPERATIONS.length];
      const body = JSON.stringify({ query: `${query}\n# document ${i}`, variables });
      for (let use = 0; use < 2; use++) {
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const json = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
        const outcome = json.errors?.length ? `${response.status} ${json.errors[0].extensions?.code}` : String(response.status);
        statuses.set(outcome, (statuses.get(outcome) ?? 0) + 1);
        sent += 1;
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  clearInterval(sampler);
  return { documents: Math.min(next, DOCUMENTS), sent, seconds: (Date.now() - started) / 1000, statuses, peakRss };
}

async function main() {
  const { child, url } = await startServerProcess();
  if (new URL(url).hostname !== '127.0.0.1') throw new Error('the benchmark sends to loopback only');
  try {
    // Start-up (migrations, seeding into PGlite) leaves memory the allocator returns within seconds.
    await sleep(10_000);
    const rest = await ask(child, 'measure');
    const run = await load(url, child);
    const after = await ask(child, 'measure');
    await sleep(5000);
    const later = await ask(child, 'measure');

    const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
    console.log(`# memory benchmark — ${today()}, Node ${process.version}, ${os.cpus().length} cores (${cpu})\n`);
    console.log(
      `${run.documents} distinct documents twice each (${run.sent} requests, concurrency ${CONCURRENCY}) in ${run.seconds.toFixed(0)} s; answers: ${[...run.statuses].map(([k, n]) => `${k} × ${n}`).join(', ')}.`,
    );
    console.log(
      `Bounds: documents ${DOCUMENT_STORE_BOUNDS.maxEntries} entries / ${mb(DOCUMENT_STORE_BOUNDS.maxBytes)} MB estimated; compiled operations ${COMPILED_BOUNDS.maxEntries} / ${mb(COMPILED_BOUNDS.maxBytes)} MB estimated.\n`,
    );
    console.log('| when | RSS MB | heap used MB | documents kept | their estimated MB | compiled operations kept | their estimated MB |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    const row = (when: string, r: MemoryReport, rss = r.rssBytes) =>
      console.log(
        `| ${when} | ${mb(rss)} | ${mb(r.heapUsedBytes)} | ${r.documents.entries} | ${mb(r.documents.bytes)} | ${r.compiled.entries} | ${mb(r.compiled.bytes)} |`,
      );
    row('at rest (seeded, 10 s after start, after a full GC)', rest);
    console.log(`| peak during the load (sampled each second) | ${mb(run.peakRss)} | | | | | |`);
    row('right after the load (after a full GC)', after);
    row('5 s later (after a full GC)', later);
    console.log(`\nRSS after ÷ at rest: ${(after.rssBytes / rest.rssBytes).toFixed(2)}`);
  } finally {
    child.send('stop');
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

/**
 * The server under load for bench/finder.ts, in its own process (as deployed: the load
 * generator must not share its event loop), with NODE_ENV=production set in its environment
 * by the parent, so graphql-js runs as in production. Embedded PGlite in memory (PostgreSQL
 * when BENCH_DATABASE_URL is set: bench/directory.ts), seeded; the anonymous query budget raised
 * so that concurrency 64 is never answered 429 (the budget has its
 * own tests). Three bare node:http handlers, references for what the machine does without a web
 * framework and Apollo: `bareUrl` returns the floor's JSON; `stringifyUrl` runs `JSON.stringify` on the
 * whole plan's response (the same object, fetched once at start) and sends it; `briefBytesUrl`
 * sends the brief plan's response text as it is: what its bytes alone cost. The two plans'
 * responses are fetched once, on the message `{ plan: 'whole' | 'brief', body }` (answered `{ planReady }`).
 * Sends `{ url, stack, bareUrl, stringifyUrl, briefBytesUrl }` to the parent when listening; answers 'cpu' with the
 * process's CPU time (`cpuMicros`, user + system in µs, and `cpu`, process.cpuUsage(), for bench/http-floor.ts); stops on the message 'stop'.
 * `{ ownWork }` times, in this process and with no HTTP, what only a plan request does
 * (`ownWorkOf`), and answers `{ ownWorkMicros }`: CPU µs per run, median of five batches.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSeededServer } from './seeded-server';
import { HTTP_STACK } from '../src/http/app';
import { getOperationAST, parse } from 'graphql';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { buildContext } from '../src/graphql/context';
import { localeOfOperation } from '../src/graphql/locale-plugin';
import type { RunningServer } from '../src/app/server';
import type { ProtectionNeed } from '../src/modules/finder/core';

export interface ServerReady {
  url: string;
  /** The HTTP stack the API runs on (src/http/app.ts). */
  stack: string;
  bareUrl: string;
  stringifyUrl: string;
  briefBytesUrl: string;
}

function listen(server: http.Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)));
}

/** A bare node:http server that reads the request and answers JSON made by `body` at that moment. */
function answering(body: () => string): http.Server {
  return http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(body());
    });
  });
}

/**
 * What only a plan request does, timed without HTTP: `core` is the finder's core for a need and
 * limit, its excluded candidates and records not read (as the brief plan's operation); `execution`
 * is an operation (a request body) through the server's own executor, as Apollo hands it over
 * once the request is parsed and validated: compiled by graphql-jit, the core and GraphQL
 * execution, no serialising.
 */
export type OwnWork = { kind: 'core'; need: ProtectionNeed; locale: string; limit: number } | { kind: 'execution'; body: string };

async function ownWorkOf(server: RunningServer, work: OwnWork): Promise<() => Promise<void>> {
  if (work.kind === 'core') {
    return async () => void server.services.finder.plan(work.need, { locale: work.locale, limit: work.limit });
  }
  const { query, variables } = JSON.parse(work.body) as { query: string; variables: Record<string, unknown> };
  const document = parse(query);
  const operation = getOperationAST(document)!;
  const context = await buildContext(server.services, server.logger, { id: 'bench', acceptLanguage: undefined, authorization: undefined, ip: '127.0.0.1' });
  // What Apollo's plugin does before execution (graphql/locale-plugin.ts).
  context.locale = localeOfOperation(operation, variables) ?? context.locale;
  const request = {
    document,
    operation,
    operationName: operation.name?.value ?? null,
    queryHash: `bench:${query}`,
    request: { query, variables },
    context,
  } as unknown as GatewayGraphQLRequestContext;
  return async () => {
    const result = await server.http.execution.executor(request);
    if (!('data' in result) || result.errors) throw new Error('the operation failed in the executor');
  };
}

/** CPU µs per run of `work`: warmed up (and compiled), then the median of five batches. */
async function timeOwnWork(server: RunningServer, work: OwnWork): Promise<number> {
  const once = await ownWorkOf(server, work);
  const runs = 100;
  for (let i = 0; i < runs; i++) await once();
  const batches: number[] = [];
  for (let b = 0; b < 5; b++) {
    const before = process.cpuUsage();
    for (let i = 0; i < runs; i++) await once();
    const used = process.cpuUsage(before);
    batches.push((used.user + used.system) / runs);
  }
  return batches.sort((a, b) => a - b)[2];
}

async function main() {
  // No anonymous query budget (bench/seeded-server.ts); bench/directory.ts runs it on PostgreSQL (the database PostGraphile reads).
  const server = await startSeededServer(process.env.BENCH_DATABASE_URL ? { DATABASE_URL: process.env.BENCH_DATABASE_URL } : {});
  const bare = answering(() => '{"data":{"__typename":"Query"}}');
  let wholePlan: unknown = null;
  const stringify = answering(() => JSON.stringify(wholePlan));
  let briefText = '';
  const briefBytes = answering(() => briefText);
  const [bareUrl, stringifyUrl, briefBytesUrl] = [await listen(bare), await listen(stringify), await listen(briefBytes)];
  process.on('message', (message: 'stop' | 'cpu' | { plan: 'whole' | 'brief'; body: string } | { ownWork: OwnWork }) => {
    if (message === 'stop') {
      bare.close();
      stringify.close();
      briefBytes.close();
      void server.stop().then(() => process.exit(0));
    } else if (message === 'cpu') {
      const cpu = process.cpuUsage();
      process.send?.({ cpuMicros: cpu.user + cpu.system, cpu });
    } else if ('ownWork' in message) {
      void timeOwnWork(server, message.ownWork).then((ownWorkMicros) => process.send?.({ ownWorkMicros }));
    } else {
      // A plan's response, as the server answers this request body: the brief plan's text as it
      // is, the whole plan's parsed once (the stringify reference's object).
      void fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: message.body })
        .then((r) => r.text())
        .then((text) => {
          if (message.plan === 'brief') briefText = text;
          else wholePlan = JSON.parse(text);
          process.send?.({ planReady: message.plan });
        });
    }
  });
  process.send?.({ url: server.url, stack: HTTP_STACK, bareUrl, stringifyUrl, briefBytesUrl } satisfies ServerReady);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

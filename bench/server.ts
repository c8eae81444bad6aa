/**
 * The server under load for bench/finder.ts, in its own process (as deployed: the load
 * generator must not share its event loop), with NODE_ENV=production set in its environment
 * by the parent, so graphql-js runs as in production. Embedded PGlite in memory, seeded.
 * Also a bare node:http handler returning the floor's JSON, as a reference for what the machine
 * does without a web framework and Apollo. Sends `{ url, stack, bareUrl }` to the parent when listening;
 * stops on the message 'stop'.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSeededServer } from './seeded-server';
import { HTTP_STACK } from '../src/http/app';

async function main() {
  // The budget's ceiling: at concurrency 64 one client (loopback) spends any smaller budget in seconds, and gets 429.
  const server = await startSeededServer({ ANONYMOUS_QUERY_COST_PER_MINUTE: '100000000' });
  const bare = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end('{"data":{"__typename":"Query"}}');
    });
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  process.on('message', (message) => {
    // CPU time spent so far (bench/http-floor.ts: CPU per request, which holds better than req/s on a busy machine).
    if (message === 'cpu') process.send?.({ cpu: process.cpuUsage() });
    if (message === 'stop') {
      bare.close();
      void server.stop().then(() => process.exit(0));
    }
  });
  process.send?.({ url: server.url, stack: HTTP_STACK, bareUrl: `http://127.0.0.1:${(bare.address() as AddressInfo).port}/` });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

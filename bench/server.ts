/**
 * The server under load for bench/finder.ts, in its own process (as deployed: the load
 * generator must not share its event loop), with NODE_ENV=production set in its environment
 * by the parent, so graphql-js runs as in production. Embedded PGlite in memory (PostgreSQL
 * when BENCH_DATABASE_URL is set), seeded.
 * Also a bare node:http handler returning the floor's JSON, as a reference for what the machine
 * does without Express and Apollo. Sends `{ url, bareUrl }` to the parent when listening;
 * stops on the message 'stop'.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSeededServer } from './seeded-server';

async function main() {
  // bench/directory.ts runs it on PostgreSQL (the database PostGraphile reads).
  const server = await startSeededServer(process.env.BENCH_DATABASE_URL ? { DATABASE_URL: process.env.BENCH_DATABASE_URL } : {});
  const bare = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end('{"data":{"__typename":"Query"}}');
    });
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  process.on('message', (message) => {
    if (message === 'stop') {
      bare.close();
      void server.stop().then(() => process.exit(0));
    }
  });
  process.send?.({ url: server.url, bareUrl: `http://127.0.0.1:${(bare.address() as AddressInfo).port}/` });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

/**
 * The server for bench/memory.ts, in its own process (NODE_ENV=production, embedded PGlite in
 * memory, seeded, on 127.0.0.1), so its RSS is the server's alone. Sends `{ url }` when
 * listening; answers `{ what: 'measure', id }` (after a full garbage collection, run with
 * --expose-gc) and `{ what: 'sample', id }` (as it is) with its memory and cache sizes; stops on 'stop'.
 */
import { startSeededServer } from './seeded-server';

export interface MemoryReport {
  rssBytes: number;
  heapUsedBytes: number;
  documents: { entries: number; bytes: number };
  compiled: { entries: number; bytes: number };
}

async function main() {
  // The budget is the subject of its own test; here one client must reach the caches' bounds.
  const server = await startSeededServer({ ANONYMOUS_QUERY_COST_PER_MINUTE: '100000000' });
  process.on('message', (message: 'stop' | { what: 'measure' | 'sample'; id: number }) => {
    if (message === 'stop') void server.stop().then(() => process.exit(0));
    else {
      // 'sample': as it is, during load; 'measure': what stays after a full collection.
      if (message.what === 'measure') (globalThis as { gc?: () => void }).gc?.();
      const memory = process.memoryUsage();
      const report: MemoryReport = {
        rssBytes: memory.rss,
        heapUsedBytes: memory.heapUsed,
        documents: { entries: server.http.documents.size(), bytes: server.http.documents.bytes() },
        compiled: server.http.execution.cache(),
      };
      process.send?.({ id: message.id, report });
    }
  });
  process.send?.({ url: server.url });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

/** The server the benchmarks run: production mode, embedded PGlite in memory (or PostgreSQL given in `env`), seeded, silent, the query budget at its ceiling (still counted, never spent in a run). */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { startServer } from '../src/app/server';

/** `env` adds to or overrides the benchmark's settings (always on 127.0.0.1). */
export function startSeededServer(env: Record<string, string> = {}) {
  const config = loadConfig({
    NODE_ENV: 'production',
    PORT: '0',
    DATA_DIR: 'memory://',
    LOG_LEVEL: 'silent',
    DATA_KEY: randomBytes(32).toString('base64'),
    // Load generators are one anonymous client: no request of a benchmark may be refused (429).
    ANONYMOUS_QUERY_COST_PER_MINUTE: '1000000000000',
    ...env,
    HOST: '127.0.0.1',
  });
  return startServer(config, { logger: createLogger('silent') });
}

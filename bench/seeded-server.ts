/** The server the benchmarks run: production mode, embedded PGlite in memory, seeded, silent. */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { startServer } from '../src/server';

export function startSeededServer() {
  const config = loadConfig({ NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', DATA_DIR: 'memory://', LOG_LEVEL: 'silent', DATA_KEY: randomBytes(32).toString('base64') });
  return startServer(config, { logger: createLogger('silent') });
}

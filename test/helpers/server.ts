/**
 * Starts the real server on an ephemeral port, on PGlite in memory or on a fresh PostgreSQL
 * database (when DATABASE_URL is set), and captures its log lines for privacy assertions.
 */
import 'reflect-metadata';
import { Writable } from 'node:stream';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { startServer, type RunningServer } from '../../src/app/server';
import { createTestDatabase } from './database';

export interface TestServer extends RunningServer {
  /** Every log line the server wrote, as raw JSON text. */
  logLines: string[];
  /** The PostgreSQL database this server uses (undefined on PGlite); pass it as `databaseUrl` to start a second replica on it. */
  databaseUrl: string | undefined;
  close(): Promise<void>;
}

/** Where every test server's log lines are appended, so the suite's teardown can scan them. */
export const SUITE_LOG_FILE = path.join(process.cwd(), '.test-logs', 'server.log');

export async function startTestServer(env: Record<string, string> = {}, options: { seedsDir?: string; databaseUrl?: string } = {}): Promise<TestServer> {
  // Reuse another server's database (a second replica): it is not dropped by this server.
  const database = options.databaseUrl ? { url: options.databaseUrl, drop: async () => undefined } : await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: 'memory://',
    LOG_LEVEL: 'info',
    ...(database.url ? { DATABASE_URL: database.url } : {}),
    ...env,
  });
  const logLines: string[] = [];
  fs.mkdirSync(path.dirname(SUITE_LOG_FILE), { recursive: true });
  const sink = new Writable({
    write(chunk, _enc, done) {
      const text = chunk.toString();
      logLines.push(...text.split('\n').filter(Boolean));
      fs.appendFileSync(SUITE_LOG_FILE, text);
      done();
    },
  });
  const logger = createLogger(config.LOG_LEVEL, sink);
  const server = await startServer(config, { logger, seedsDir: options.seedsDir });
  return {
    ...server,
    logLines,
    databaseUrl: database.url,
    async close() {
      await server.stop();
      await database.drop();
    },
  };
}

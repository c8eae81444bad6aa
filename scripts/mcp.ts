/**
 * `npm run mcp`: the MCP server over stdio, for assistants that start it as a subprocess.
 * Opens the database as the API server does (DATABASE_URL, else PGlite in DATA_DIR; migrations;
 * seeds when empty), then speaks MCP on stdin/stdout. stdout carries protocol messages only:
 * logs go to stderr. Stops when the client closes stdin, or on SIGTERM/SIGINT.
 */
import 'reflect-metadata';
import pino from 'pino';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { ConfigError, loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { SeedFileError } from '../src/db/seed/loader';
import { startServices } from '../src/app/server';
import { createMcpServer } from '../src/modules/mcp/mcp.server';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL, pino.destination({ dest: 2, sync: true }));
  const running = await startServices(config, { logger });
  const server = createMcpServer(running.services, { logger });
  await server.connect(new StdioServerTransport());
  logger.info({ database: running.db.kind }, 'Protection Atlas MCP server is ready on stdio');

  let stopping = false;
  const stop = (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'MCP server stopping');
    void server
      .close()
      .then(() => running.stop())
      .then(
        () => process.exit(0),
        (err: unknown) => {
          logger.error({ errName: (err as Error).name }, 'error while stopping');
          process.exit(1);
        },
      );
  };
  process.stdin.once('end', () => stop('stdin closed'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

// As main.ts: a clear message for a bad configuration (exit 78) or seed file (exit 1), else the stack.
main().catch((err: unknown) => {
  const known = err instanceof ConfigError || err instanceof SeedFileError;
  process.stderr.write(`${known ? (err as Error).message : ((err as Error).stack ?? String(err))}\n`);
  process.exit(err instanceof ConfigError ? 78 : 1);
});

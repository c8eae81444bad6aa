/** Process entry: config -> server; graceful shutdown on SIGTERM/SIGINT. */
import 'reflect-metadata';
import { ConfigError, dataKeyOf, loadConfig } from './config';
import { createLogger } from './logger';
import { StartupError, startServer } from './app/server';
import { SeedFileError } from './db/seed/loader';
import { DataDirError } from './db/data-dir';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
    dataKeyOf(config); // DATA_KEY is required in production: fail here, with exit code 78
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const server = await startServer(config, { logger }).catch((err: unknown) => {
    if (err instanceof StartupError || err instanceof SeedFileError || err instanceof DataDirError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  });
  logger.info(
    { url: server.url, database: server.db.kind, dataDir: server.db.kind === 'pglite' ? (config.dataDir ?? 'memory') : undefined },
    'Protection Atlas is listening; open the URL in a browser for the playground',
  );

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => {
      logger.error('shutdown timed out; exiting');
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS);
    force.unref();
    server.stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (err: unknown) => {
        logger.error({ errName: (err as Error).name }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  process.stderr.write(`Fatal: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});

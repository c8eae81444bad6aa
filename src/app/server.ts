/**
 * The composition root's lifecycle: configuration -> database -> migrations -> seeds (when
 * empty) -> services (container.ts) -> HTTP, and the reverse on stop. Used by main.ts, the
 * scripts, the benchmarks and the tests alike.
 */
import net, { type AddressInfo } from 'node:net';
import type { Config } from '../config';
import { createLogger, type Logger } from '../logger';
import type { Database } from '../db/database';
import { defaultSeedsDir, openAppDatabase, seedDatabase } from './database';
import { Container } from './container';
import { RateLimits } from '../shared/rate-limit';
import { AppMetrics } from '../shared/metrics';
import { createHttpApp, type HttpApp } from '../http/app';
import { createSupportersRuntime } from '../modules/supporters/runtime';
import { scheduleRetention } from '../modules/supporters/retention';
import type { SupportersRuntime } from '../modules/supporters/supporters.service';

export class StartupError extends Error {
  override name = 'StartupError';
}

export interface RunningServer {
  url: string;
  port: number;
  db: Database;
  services: Container;
  logger: Logger;
  http: HttpApp;
  stop(): Promise<void>;
}

async function isEmpty(db: Database): Promise<boolean> {
  const [{ n }] = await db.read((m) => m.query('SELECT count(*)::int AS n FROM country'));
  return n === 0;
}

function listen(app: HttpApp, config: Config): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'EADDRINUSE'
          ? new StartupError(portTakenMessage(config))
          : err.code === 'EACCES'
            ? new StartupError(`Not allowed to listen on port ${config.PORT}: choose a port above 1023 or run with the needed rights.`)
            : err,
      );
    };
    app.httpServer.once('error', onError);
    app.httpServer.listen(config.PORT, config.HOST, () => {
      app.httpServer.off('error', onError);
      resolve((app.httpServer.address() as AddressInfo).port);
    });
  });
}

/** Fails fast when the port is taken, before migrations and seeding spend time. */
async function assertPortFree(config: Config): Promise<void> {
  if (config.PORT === 0) return;
  const probe = net.createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (err: NodeJS.ErrnoException) => reject(err.code === 'EADDRINUSE' ? new StartupError(portTakenMessage(config)) : err));
    probe.listen(config.PORT, config.HOST, () => probe.close(() => resolve()));
  });
}

const portTakenMessage = (config: Config) => `Port ${config.PORT} on ${config.HOST} is already in use: stop the other process or set PORT to a free port.`;

export interface RunningServices {
  db: Database;
  services: Container;
  stop(): Promise<void>;
}

/**
 * Database -> migrations -> seeds (when empty) -> services with the finder's first read model:
 * what the HTTP server and the MCP stdio server both run on.
 */
export async function startServices(
  config: Config,
  options: { logger: Logger; seedsDir?: string; supportersRuntime?: SupportersRuntime; metrics?: AppMetrics },
): Promise<RunningServices> {
  const { logger } = options;
  const db = await openAppDatabase(config);
  try {
    if (config.SEED_ON_START && (await isEmpty(db))) {
      const report = await seedDatabase(db, options.seedsDir ?? config.SEEDS_DIR ?? defaultSeedsDir());
      logger.info(report, 'seeded an empty database');
    }
    const metrics = options.metrics ?? new AppMetrics();
    const rateLimits = RateLimits.create(config.REDIS_URL, logger, { keyPrefix: config.REDIS_KEY_PREFIX, onRefusal: metrics.rateLimitRefused });
    const services = new Container(db, { supportersRuntime: options.supportersRuntime, rateLimits, metrics });
    await services.start(logger);
    let stopping: Promise<void> | null = null;
    return {
      db,
      services,
      stop() {
        stopping ??= services.stop().then(() => db.close());
        return stopping;
      },
    };
  } catch (err) {
    await db.close();
    throw err;
  }
}

export async function startServer(config: Config, options: { logger?: Logger; seedsDir?: string } = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  await assertPortFree(config);
  // Before the database: without DATA_KEY in production, nothing starts.
  const supportersRuntime = createSupportersRuntime(config, logger);
  // One registry per server, with the process's own metrics (CPU, memory, event loop, GC) for /metrics.
  const metrics = new AppMetrics({ processMetrics: true });
  const core = await startServices(config, { logger, seedsDir: options.seedsDir, supportersRuntime, metrics });
  const { db, services } = core;
  try {
    const httpApp = await createHttpApp(config, services, logger);
    let port: number;
    try {
      port = await listen(httpApp, config);
    } catch (err) {
      await httpApp.apollo.stop();
      throw err;
    }
    const retention = scheduleRetention(db, config.RETENTION_INTERVAL_MINUTES, logger);
    const stopSupporters = () => retention.stop().then(() => supportersRuntime.mailer.close());
    const host = config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
    let stopping: Promise<void> | null = null;
    return {
      url: `http://${host}:${port}/graphql`,
      port,
      db,
      services,
      logger,
      http: httpApp,
      stop() {
        // Apollo's drain plugin stops accepting, lets in-flight requests finish, then closes.
        stopping ??= httpApp.apollo
          .stop()
          .then(stopSupporters)
          .then(() => core.stop());
        return stopping;
      },
    };
  } catch (err) {
    await core.stop();
    throw err;
  }
}

/**
 * Builds the TypeORM DataSource: PGlite (embedded, persisted under DATA_DIR or in memory)
 * when DATABASE_URL is unset, PostgreSQL through a `pg` pool otherwise. One code path:
 * the same entities, migrations and SQL run on both.
 */
import fs from 'node:fs';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { PGliteDriver } from 'typeorm-pglite';
import type { Config } from '../config';
import { Database } from './database';
import { ENTITIES, MIGRATIONS } from './registry';
import { statementCounter } from './statement-counter';

/** Counts statements per request (for the N+1 tests and metrics); never logs SQL or parameters. */
const countingLogger: TypeOrmLogger = {
  logQuery: () => statementCounter.increment(),
  logQueryError: () => undefined,
  logQuerySlow: () => undefined,
  logSchemaBuild: () => undefined,
  logMigration: () => undefined,
  log: () => undefined,
};

export function createDatabase(config: Pick<Config, 'DATABASE_URL' | 'DATABASE_POOL_SIZE' | 'dataDir'>): Database {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    // Ids come from gen_random_uuid() (core since PostgreSQL 13); PGlite has no uuid-ossp.
    installExtensions: false,
    logging: ['query' as const],
    logger: countingLogger,
  };
  if (config.DATABASE_URL) {
    const dataSource = new DataSource({
      type: 'postgres',
      url: config.DATABASE_URL,
      extra: { max: config.DATABASE_POOL_SIZE },
      ...common,
    });
    return new Database(dataSource, 'postgres');
  }
  if (config.dataDir) fs.mkdirSync(config.dataDir, { recursive: true });
  const driver = new PGliteDriver(config.dataDir ? { dataDir: config.dataDir } : {}).driver;
  const dataSource = new DataSource({ type: 'postgres', driver, ...common });
  return new Database(dataSource, 'pglite');
}

/** Connects and applies pending migrations (never `synchronize`). */
export async function openDatabase(database: Database): Promise<void> {
  await database.dataSource.initialize();
  await database.dataSource.runMigrations({ transaction: 'all' });
}

/**
 * Builds the TypeORM DataSource: PGlite (embedded, persisted under DATA_DIR or in memory)
 * when DATABASE_URL is unset, PostgreSQL through a `pg` pool otherwise. One code path:
 * the same entities, migrations and SQL run on both.
 */
import { DataSource, type DataSourceOptions, type Logger as TypeOrmLogger } from 'typeorm';
import { PGliteDriver } from 'typeorm-pglite';
import type { Config } from '../config';
import { claimDataDir, damaged, makePrivate } from './data-dir';
import { Database } from './database';
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

/** What is stored: the entities and the migrations that make their tables (the application's: src/app/registry.ts). */
export interface DatabaseSchema {
  entities: NonNullable<DataSourceOptions['entities']>;
  migrations: NonNullable<DataSourceOptions['migrations']>;
}

export function createDatabase(config: Pick<Config, 'DATABASE_URL' | 'DATABASE_POOL_SIZE' | 'dataDir'>, schema: DatabaseSchema): Database {
  const common = {
    entities: schema.entities,
    migrations: schema.migrations,
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
  // PGlite starts (and writes to DATA_DIR) on the first connection, in openDatabase.
  const driver = new PGliteDriver(config.dataDir ? { dataDir: config.dataDir } : {}).driver;
  const dataSource = new DataSource({ type: 'postgres', driver, ...common });
  return new Database(dataSource, 'pglite', config.dataDir);
}

/** Takes DATA_DIR (PGlite on disk), connects and applies pending migrations (never `synchronize`). */
export async function openDatabase(database: Database): Promise<void> {
  const dir = database.dataDir;
  if (dir) database.releaseOnClose(await claimDataDir(dir));
  try {
    await database.dataSource.initialize().catch((err: unknown) => {
      throw dir ? damaged(dir, err) : err;
    });
    if (dir) makePrivate(dir);
    await database.dataSource.runMigrations({ transaction: 'all' });
  } catch (err) {
    await database.close(); // releases DATA_DIR for the next attempt
    throw err;
  }
}

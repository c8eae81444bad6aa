/**
 * The application's database: every module's entities and migrations (registry.ts) on the
 * configured driver, and the seed files every module contributes. What the server, the
 * scripts and the tests open.
 */
import path from 'node:path';
import type { Config } from '../config';
import { createDatabase, openDatabase } from '../db/data-source';
import type { Database } from '../db/database';
import { loadSeeds, type SeedReport } from '../db/seed/loader';
import { projectRoot } from '../shared/project-root';
import { ENTITIES, MIGRATIONS, SEED_MODULES } from './registry';

type DatabaseConfig = Pick<Config, 'DATABASE_URL' | 'DATABASE_POOL_SIZE' | 'dataDir'>;

export const defaultSeedsDir = () => path.join(projectRoot(), 'seeds');

/** The database with every module's tables, not yet open. */
export function createAppDatabase(config: DatabaseConfig): Database {
  return createDatabase(config, { entities: ENTITIES, migrations: MIGRATIONS });
}

/** Creates and opens it: takes DATA_DIR (PGlite on disk), connects, applies pending migrations. */
export async function openAppDatabase(config: DatabaseConfig): Promise<Database> {
  const db = createAppDatabase(config);
  await openDatabase(db);
  return db;
}

/** Validates every seed file of every module, then upserts them (idempotent). */
export function seedDatabase(db: Database, seedsDir: string = defaultSeedsDir()): Promise<SeedReport> {
  return loadSeeds(db, seedsDir, SEED_MODULES);
}

/** `npm run seed`: validates every seed file, then upserts them (running it twice changes nothing). */
import 'reflect-metadata';
import { loadConfig } from '../src/config';
import { createDatabase, openDatabase } from '../src/db/data-source';
import { loadSeeds } from '../src/db/seed/loader';
import { SEED_MODULES } from '../src/db/registry';
import { defaultSeedsDir } from '../src/server';
import { runScript } from './run-script';

runScript(async () => {
  const config = loadConfig();
  const db = createDatabase(config);
  await openDatabase(db);
  try {
    const report = await loadSeeds(db, config.SEEDS_DIR ?? defaultSeedsDir(), SEED_MODULES);
    return `seed files: ${report.files}, rows inserted or changed: ${report.changed} (${db.kind})`;
  } finally {
    await db.close();
  }
});

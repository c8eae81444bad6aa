/** `npm run seed`: validates every seed file, then upserts them (running it twice changes nothing). */
import 'reflect-metadata';
import { loadConfig } from '../src/config';
import { defaultSeedsDir, openAppDatabase, seedDatabase } from '../src/app/database';
import { runScript } from './run-script';

runScript(async () => {
  const config = loadConfig();
  const db = await openAppDatabase(config);
  try {
    const report = await seedDatabase(db, config.SEEDS_DIR ?? defaultSeedsDir());
    return `seed files: ${report.files}, rows inserted or changed: ${report.changed} (${db.kind})`;
  } finally {
    await db.close();
  }
});

/** `npm run migrate`: applies pending migrations to the configured database and exits. */
import 'reflect-metadata';
import { loadConfig } from '../src/config';
import { openAppDatabase } from '../src/app/database';
import { runScript } from './run-script';

runScript(async () => {
  const db = await openAppDatabase(loadConfig());
  const applied = await db.read((m) => m.query('SELECT name FROM migrations ORDER BY id'));
  await db.close();
  return `migrations applied: ${applied.length} (${db.kind})`;
});

/** `npm run retention`: deletes or anonymises supporters' data past its retention period, then exits. */
import 'reflect-metadata';
import { loadConfig } from '../src/config';
import { openAppDatabase } from '../src/app/database';
import { runRetention } from '../src/modules/supporters/retention';
import { runScript } from './run-script';

runScript(async () => {
  const db = await openAppDatabase(loadConfig());
  try {
    const report = await runRetention(db);
    return `retention (${db.kind}): ${Object.entries(report)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`;
  } finally {
    await db.close();
  }
});

/** Jest globalSetup: starts the suite with an empty server log, so the teardown scans this run only. */
import fs from 'node:fs';
import path from 'node:path';

export default function globalSetup(): void {
  const file = path.join(process.cwd(), '.test-logs', 'server.log');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '');
}

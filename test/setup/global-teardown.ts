/**
 * Jest globalTeardown: after every test file has run, scans ALL the log output of the suite
 * (`.test-logs/server.log`, where every test server appends its lines) for the supporters'
 * names, addresses and message texts the tests used. Any hit fails the run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { allSecrets } from '../supporters/identities';

export default function globalTeardown(): void {
  const file = path.join(process.cwd(), '.test-logs', 'server.log');
  if (!fs.existsSync(file)) return;
  const log = fs.readFileSync(file, 'utf8').toLowerCase();
  const leaked = allSecrets().filter((secret) => log.includes(secret.toLowerCase()));
  if (leaked.length > 0) {
    // Say which identities leaked (they are fixed test data), not the log lines.
    throw new Error(`personal data of test supporters found in the server logs (${file}): ${leaked.join(', ')}`);
  }
  process.stdout.write(`\nlog scan: ${allSecrets().length} supporter names, addresses and messages; none in ${log.split('\n').length - 1} log lines\n`);
}

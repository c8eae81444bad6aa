/** The seed loader: clear errors for bad files (file, path, line), idempotent upserts, nothing half-written. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import 'reflect-metadata';
import { loadConfig } from '../../src/config';
import type { Database } from '../../src/db/database';
import { loadSeeds, SeedFileError } from '../../src/db/seed/loader';
import { SEED_MODULES } from '../../src/app/registry';
import { defaultSeedsDir, openAppDatabase } from '../../src/app/database';
import { createTestDatabase, type TestDatabase } from '../helpers/database';

let testDb: TestDatabase;
let db: Database;
beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await openAppDatabase(loadConfig({ DATA_DIR: 'memory://', ...(testDb.url ? { DATABASE_URL: testDb.url } : {}) }));
});
afterAll(async () => {
  await db.close();
  await testDb.drop();
});

function seedsDirWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-seeds-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const countriesYaml = (extra = '') => `sources:
  - id: test-list
    url: https://example.org/countries
    title: Test list
    kind: OFFICIAL
    access: STORED_COPY
    evidenceOn: "2026-11"
    readOn: "2026-11-21"
countries:
  - code: KE
    names: { en: Kenya }
    unMember: true
    memberships: [AU]
${extra}`;

const countRows = async () => (await db.read((m) => m.query('SELECT count(*)::int AS n FROM country')))[0].n as number;

it('names the file, the path inside it, the line and the problem', async () => {
  const dir = seedsDirWith({
    'geography/countries.yaml': countriesYaml(`  - code: kenya
    names: { fr: Kenya }
    unMember: true
`),
  });
  const error = await loadSeeds(db, dir, SEED_MODULES).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SeedFileError);
  const message = (error as Error).message;
  expect(message).toContain('seeds/geography/countries.yaml');
  expect(message).toMatch(/countries\[1\]\.code \(line 14\): must be an ISO 3166-1 alpha-2 code/);
  expect(message).toMatch(/countries\[1\]\.names\.en \(line 15\)/);
});

it('reports YAML syntax errors with their line', async () => {
  const dir = seedsDirWith({ 'geography/countries.yaml': 'countries:\n  - code: KE\n    names: { en: Kenya\n' });
  await expect(loadSeeds(db, dir, SEED_MODULES)).rejects.toThrow(/seeds\/geography\/countries\.yaml[\s\S]*line \d+/);
});

it('writes nothing when any file is invalid', async () => {
  const before = await countRows();
  const dir = seedsDirWith({
    'geography/countries.yaml': countriesYaml(`  - code: XX
    names: { en: Nowhere }
    unMember: maybe
`),
  });
  await expect(loadSeeds(db, dir, SEED_MODULES)).rejects.toThrow(SeedFileError);
  expect(await countRows()).toBe(before);
});

it('is idempotent: the second run changes no row, not even updated_at', async () => {
  const first = await loadSeeds(db, defaultSeedsDir(), SEED_MODULES);
  expect(first.changed).toBeGreaterThanOrEqual(250);
  const stamp = async () => (await db.read((m) => m.query('SELECT max(updated_at) AS t, count(*)::int AS n FROM country')))[0];
  const before = await stamp();
  const second = await loadSeeds(db, defaultSeedsDir(), SEED_MODULES);
  expect(second.changed).toBe(0);
  expect(await stamp()).toEqual(before);
});

it('updates only the records whose seed content changed', async () => {
  const dir = seedsDirWith({ 'geography/countries.yaml': countriesYaml().replace('memberships: [AU]', 'memberships: [AU, OAS]') });
  const report = await loadSeeds(db, dir, SEED_MODULES);
  expect(report.changed).toBe(1);
  const [row] = await db.read((m) => m.query(`SELECT memberships FROM country WHERE code = 'KE'`));
  expect(row.memberships).toEqual(['AU', 'OAS']);
});

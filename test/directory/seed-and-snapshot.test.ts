/** The directory seeder and snapshot: seeds round-trip exactly, re-seeding changes nothing, editors' records survive. */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { loadSeeds } from '../../src/db/seed/loader';
import { SEED_MODULES } from '../../src/app/registry';
import { directorySeedFile, type DirectorySeedFile } from '../../src/modules/directory/seed-schema';
import { insertRecord } from '../../src/modules/directory/directory.store';
import { toRows } from '../../src/modules/directory/mapping';
import { startTestServer, type TestServer } from '../helpers/server';

const SEEDS = path.join(__dirname, '..', '..', 'seeds');
const files: DirectorySeedFile[] = fs
  .readdirSync(path.join(SEEDS, 'directory'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => directorySeedFile.parse(parse(fs.readFileSync(path.join(SEEDS, 'directory', f), 'utf8'))));
const bySlug = <T extends { slug: string }>(xs: T[]) => [...xs].sort((a, b) => (a.slug < b.slug ? -1 : 1));

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

it('returns every seeded record in exactly its seed shape', async () => {
  const snapshot = await server.services.directory.snapshot();
  expect(snapshot.organizations).toEqual(bySlug(files.flatMap((f) => f.organizations)));
  expect(snapshot.statePolicies).toEqual(bySlug(files.flatMap((f) => f.statePolicies)));
  expect(snapshot.mechanisms).toEqual(bySlug(files.flatMap((f) => f.mechanisms)));
  expect(snapshot.programmes).toEqual(bySlug(files.flatMap((f) => f.programmes)));
});

it('changes nothing when the seeds are loaded again, not even updated_at', async () => {
  const stamp = () => server.db.read((m) => m.query(`SELECT slug, updated_at FROM directory_record ORDER BY slug`));
  const before = await stamp();
  const report = await loadSeeds(server.db, SEEDS, SEED_MODULES);
  expect(report.changed).toBe(0);
  expect(await stamp()).toEqual(before);
});

it('keeps records the seeds do not contain, and rewrites a seeded record an editor changed', async () => {
  const seeded = files.flatMap((f) => f.organizations)[0];
  const own = { ...seeded, slug: 'editors-own-organisation', services: [{ ...seeded.services[0], slug: 'editors-own-service' }] };
  await server.db.transaction(async (m) => {
    await insertRecord(m, toRows({ kind: 'ORGANIZATION', seed: own }));
    await m.query(`UPDATE directory_record SET acronym = 'CHANGED' WHERE slug = $1`, [seeded.slug]);
  });
  const report = await loadSeeds(server.db, SEEDS, SEED_MODULES);
  expect(report.changed).toBe(1);
  const snapshot = await server.services.directory.snapshot();
  expect(snapshot.organizations.find((o) => o.slug === 'editors-own-organisation')).toEqual(own);
  expect(snapshot.organizations.find((o) => o.slug === seeded.slug)).toEqual(seeded);
});

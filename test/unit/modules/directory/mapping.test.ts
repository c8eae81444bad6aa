/** Seed shape -> rows -> seed shape is the identity for every seeded record (the seeder's change check and the snapshot rely on it). */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { recordsOf } from '../../../../src/modules/directory/directory.seeder';
import { canonicalJson, searchParams, toRows, toSeed, SEARCH_CONFIG_LIST } from '../../../../src/modules/directory/mapping';
import { directorySeedFile } from '../../../../src/modules/directory/seed-schema';

const dir = path.join(__dirname, '..', '..', '..', '..', 'seeds', 'directory');
const records = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => recordsOf(directorySeedFile.parse(parse(fs.readFileSync(path.join(dir, f), 'utf8')))));

it('round-trips every seeded record exactly', () => {
  expect(records.length).toBeGreaterThan(50);
  for (const r of records) {
    const rows = toRows(r);
    const withIds = { record: rows.record, offers: [...rows.offers].reverse(), channels: [...rows.channels].reverse() };
    expect(toSeed(withIds)).toEqual(r);
  }
});

it('compares content whatever the key order', () => {
  expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: 2 } })).toBe(canonicalJson({ a: { c: 2, d: [1, { e: 3, f: 2 }] }, b: 1 }));
  expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
});

it('indexes each locale with its own text-search configuration', () => {
  const fld = records.find((r) => r.seed.slug === 'front-line-defenders')!;
  const params = searchParams(toRows(fld));
  expect(params).toHaveLength(SEARCH_CONFIG_LIST.length * 2);
  const french = params[SEARCH_CONFIG_LIST.indexOf('french') * 2];
  expect(french).toContain("Ligne d'urgence 24h/24");
  expect(params[SEARCH_CONFIG_LIST.indexOf('simple') * 2]).toContain('FLD');
});

/**
 * Loads `seeds/directory/*.yaml`, after the countries. Upserts by slug and rewrites only a
 * record whose content differs (compared as seed shapes, children included), so running it
 * twice changes nothing, not even updated_at. Records absent from the seeds are left alone:
 * editors' records survive, and so does an editor's archiving of a seeded record.
 */
import type { EntityManager } from 'typeorm';
import type { SeedModule } from '../../db/seed/types';
import { directorySeedFile, type DirectorySeedFile } from './seed-schema';
import { canonicalJson, toRows, toSeed, type RecordSeed } from './mapping';
import { insertRecord, loadRecords, replaceRecord } from './directory.store';

export function recordsOf(file: DirectorySeedFile): RecordSeed[] {
  return [
    ...file.organizations.map((seed) => ({ kind: 'ORGANIZATION' as const, seed })),
    ...file.statePolicies.map((seed) => ({ kind: 'STATE_POLICY' as const, seed })),
    ...file.mechanisms.map((seed) => ({ kind: 'MECHANISM' as const, seed })),
    ...file.programmes.map((seed) => ({ kind: 'PROGRAMME' as const, seed })),
  ];
}

async function apply(m: EntityManager, file: DirectorySeedFile): Promise<number> {
  const records = recordsOf(file);
  const existing = new Map((await loadRecords(m, { slugs: records.map((r) => r.seed.slug), includeArchived: true })).map((s) => [s.record.slug, s]));
  let changed = 0;
  for (const input of records) {
    const rows = toRows(input);
    const current = existing.get(input.seed.slug);
    if (!current) {
      await insertRecord(m, rows);
      changed += 1;
    } else if (current.record.kind !== input.kind || canonicalJson(toSeed(current).seed) !== canonicalJson(input.seed)) {
      await replaceRecord(m, current.record.id, rows);
      changed += 1;
    }
  }
  return changed;
}

export const directorySeedModule: SeedModule<DirectorySeedFile> = {
  name: 'directory',
  pattern: /^directory\/[^/]+\.ya?ml$/,
  schema: directorySeedFile,
  apply,
};

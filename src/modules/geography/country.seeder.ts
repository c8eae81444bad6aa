/**
 * Loads `seeds/geography/countries.yaml`. Upserts by code and only rewrites a row whose
 * content differs, so running it twice changes nothing (not even updated_at).
 */
import type { EntityManager } from 'typeorm';
import type { SeedModule } from '../../db/seed/types';
import { countriesSeedFile, type CountriesSeedFile } from './seed-schema';

async function apply(m: EntityManager, file: CountriesSeedFile): Promise<number> {
  let changed = 0;
  for (const c of file.countries) {
    const result: { code: string }[] = await m.query(
      `INSERT INTO country (code, names, un_member, memberships, procedures, instruments, least_developed, sources, verified_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (code) DO UPDATE SET
         names = EXCLUDED.names, un_member = EXCLUDED.un_member, memberships = EXCLUDED.memberships,
         procedures = EXCLUDED.procedures, instruments = EXCLUDED.instruments, least_developed = EXCLUDED.least_developed,
         sources = EXCLUDED.sources, verified_on = EXCLUDED.verified_on, updated_at = now()
       WHERE (country.names, country.un_member, country.memberships, country.procedures, country.instruments,
              country.least_developed, country.sources, country.verified_on)
         IS DISTINCT FROM
             (EXCLUDED.names, EXCLUDED.un_member, EXCLUDED.memberships, EXCLUDED.procedures, EXCLUDED.instruments,
              EXCLUDED.least_developed, EXCLUDED.sources, EXCLUDED.verified_on)
       RETURNING code`,
      [
        c.code,
        JSON.stringify(c.names),
        c.unMember,
        [...c.memberships].sort(),
        JSON.stringify(c.procedures),
        JSON.stringify(c.instruments),
        c.leastDeveloped,
        JSON.stringify(file.sources),
        file.verifiedOn,
      ],
    );
    changed += result.length;
  }
  return changed;
}

export const countrySeedModule: SeedModule<CountriesSeedFile> = {
  name: 'countries',
  pattern: /^geography\/countries\.ya?ml$/,
  schema: countriesSeedFile,
  apply,
};

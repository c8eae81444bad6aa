/** Shape of `seeds/geography/countries.yaml`, validated on load. */
import { z } from 'zod';
import { ACCEPTANCE_STATUSES, REGIONAL_INSTRUMENTS, REGIONAL_SYSTEMS, UN_PROCEDURES } from '../taxonomy/values';
import { countryCode, localizedText, newestEvidence, partialDate, source } from '../directory/seed-schema';

/** A source of the countries file, named by an id that each fact cites. */
export const countrySource = z.intersection(z.object({ id: z.string().regex(/^[a-z0-9-]+$/, 'must be a lowercase id') }), source);
export type CountrySource = z.infer<typeof countrySource>;

/**
 * One state's acceptance of a procedure or instrument, with the date the fact describes and
 * the source it was read in. A procedure absent from the map is UNKNOWN.
 */
export const acceptanceFact = z
  .object({
    status: z.enum(ACCEPTANCE_STATUSES).exclude(['UNKNOWN']),
    /** The date the fact describes: YYYY-MM-DD, or YYYY-MM / YYYY when the source says no more. */
    asOf: partialDate,
    source: z.string().min(1),
  })
  .strict();
export type AcceptanceFact = z.infer<typeof acceptanceFact>;

export const countrySeed = z
  .object({
    code: countryCode,
    names: localizedText,
    unMember: z.boolean(),
    memberships: z.array(z.enum(REGIONAL_SYSTEMS)).default([]),
    /** Acceptance of each UN procedure; a procedure absent here is UNKNOWN. */
    procedures: z.partialRecord(z.enum(UN_PROCEDURES), acceptanceFact).default({}),
    /** Party to each regional instrument; an instrument absent here is UNKNOWN. */
    instruments: z.partialRecord(z.enum(REGIONAL_INSTRUMENTS), acceptanceFact).default({}),
    /** Least developed country per the UN list; null when no sourced list was applied. */
    leastDeveloped: z.boolean().nullable().default(null),
  })
  .strict();
export type CountrySeed = z.infer<typeof countrySeed>;

export const countriesSeedFile = z
  .object({
    /** Every source a fact of the file cites, by id. */
    sources: z.array(countrySource).min(1),
    countries: z.array(countrySeed).min(1),
  })
  .strict()
  .superRefine((file, ctx) => {
    const ids = new Set<string>();
    file.sources.forEach((s, i) => {
      if (ids.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: 'duplicate source id' });
      ids.add(s.id);
    });
    file.countries.forEach((c, i) => {
      for (const group of ['procedures', 'instruments'] as const) {
        for (const [name, fact] of Object.entries(c[group])) {
          if (fact && !ids.has(fact.source)) {
            ctx.addIssue({ code: 'custom', path: ['countries', i, group, name, 'source'], message: 'names no source of the file' });
          }
        }
      }
    });
  })
  .transform((file) => ({ ...file, verifiedOn: newestEvidence(file.sources) }));
export type CountriesSeedFile = z.infer<typeof countriesSeedFile>;

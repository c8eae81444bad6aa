/** Shape of `seeds/geography/countries.yaml`, validated on load. */
import { z } from 'zod';
import { ACCEPTANCE_STATUSES, REGIONAL_SYSTEMS, UN_PROCEDURES } from '../taxonomy/values';
import { countryCode, isoDate, localizedText, source } from '../directory/seed-schema';

export const countrySeed = z
  .object({
    code: countryCode,
    names: localizedText,
    unMember: z.boolean(),
    memberships: z.array(z.enum(REGIONAL_SYSTEMS)).default([]),
    /** Acceptance of each UN procedure; a procedure absent here is UNKNOWN. */
    procedures: z.partialRecord(z.enum(UN_PROCEDURES), z.enum(ACCEPTANCE_STATUSES)).default({}),
    /** Least developed country per the UN list; null when no sourced list was applied. */
    leastDeveloped: z.boolean().nullable().default(null),
  })
  .strict();
export type CountrySeed = z.infer<typeof countrySeed>;

export const countriesSeedFile = z
  .object({
    /** Provenance shared by every country in the file (each is compiled from the same sources). */
    sources: z.array(source).min(1),
    verifiedOn: isoDate,
    /** The date the UN procedure data describes (the treaty data is a 2022 snapshot). */
    proceduresAsOf: isoDate,
    countries: z.array(countrySeed).min(1),
  })
  .strict();
export type CountriesSeedFile = z.infer<typeof countriesSeedFile>;

/**
 * Shape of the directory seed files (`seeds/directory/*.yaml`), validated on load.
 * The same plain shapes feed the finder's read model, so this file is the contract between
 * the data, the database and the ranking core.
 */
import { z } from 'zod';
import {
  APPLICATION_MODES,
  CHANNEL_KINDS,
  DEFENDER_PROFILES,
  MECHANISM_KINDS,
  MECHANISM_SYSTEMS,
  PROGRAMME_KINDS,
  RECORD_STATUSES,
  REGIONAL_INSTRUMENTS,
  REGIONAL_SYSTEMS,
  RESPONSE_SPEEDS,
  RISK_TYPES,
  SERVICE_KINDS,
  SOURCE_ACCESSES,
  SOURCE_KINDS,
  UN_PROCEDURES,
  type VerificationMethod,
} from '../taxonomy/values';

export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, single hyphens)')
  .max(120);
/** A calendar date YYYY-MM-DD that exists (2025-02-30 does not). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine(isCalendarDate, 'must be a real calendar date');

/** YYYY-MM-DD of a day that exists (JavaScript's Date would take 2025-02-30 for 2 March). */
export function isCalendarDate(d: string): boolean {
  const t = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
}
/** A date known to the year, month or day: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((d) => isCalendarDate(earliestDay(d)), 'must be a real calendar date');

/** The first day a partial date can mean ("2019" → "2019-01-01"): the oldest the evidence can be. */
export function earliestDay(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}
export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code');
export const languageCode = z.string().regex(/^[a-z]{2,3}$/, 'must be an ISO 639-1 language code');
export const httpsUrl = z.url({ protocol: /^https?$/ });

/** Text per locale; English is required, other locales optional. */
export const localizedText = z
  .object({ en: z.string().min(1) })
  .catchall(z.string().min(1))
  .refine((t) => Object.keys(t).every((k) => /^[a-z]{2}$/.test(k)), 'locale keys must be two-letter codes');

/**
 * Where a fact was read. `evidenceOn` is the date of the evidence (the page's publication or
 * update date, or the newest event it reports), never the day it was typed in; `readOn` is the
 * day a person read it.
 */
export const source = z
  .object({
    url: httpsUrl,
    title: z.string().min(1),
    kind: z.enum(SOURCE_KINDS),
    access: z.enum(SOURCE_ACCESSES),
    evidenceOn: partialDate,
    /** Where the evidence date comes from, when it is not the page's own date (e.g. "newest event it reports"). */
    evidenceBasis: z.string().min(1).optional(),
    readOn: isoDate,
  })
  .strict()
  .refine((s) => earliestDay(s.evidenceOn) <= s.readOn, { path: ['evidenceOn'], message: 'cannot be after readOn' });
export type SourceSeed = z.infer<typeof source>;

/** The date of a record's newest evidence: what `verifiedOn` means. */
export function newestEvidence(sources: readonly { evidenceOn: string }[]): string {
  return sources.map((s) => earliestDay(s.evidenceOn)).reduce((a, b) => (b > a ? b : a));
}

/** How a record was verified: the best of its sources (an official page read live beats a copy, which beats a secondary source). */
export function verificationMethod(sources: readonly Partial<Pick<SourceSeed, 'kind' | 'access'>>[]): VerificationMethod {
  if (sources.some((s) => s.kind === 'OFFICIAL' && s.access === 'LIVE')) return 'OFFICIAL_PAGE_LIVE';
  if (sources.some((s) => s.kind === 'OFFICIAL')) return 'OFFICIAL_PAGE_COPY';
  return 'SECONDARY_SOURCE';
}

export const provenance = {
  sources: z.array(source).min(1, 'every record needs at least one source'),
  /** Derived: the date of the newest evidence among the sources. Optional on input; if given it must agree. */
  verifiedOn: isoDate.optional(),
};

/** Sets `verifiedOn` from the sources, refusing a stated date that disagrees with them. */
function withEvidenceDate<T extends { sources: SourceSeed[]; verifiedOn?: string }>(r: T, ctx: z.RefinementCtx): T & { verifiedOn: string } {
  const newest = newestEvidence(r.sources);
  if (r.verifiedOn !== undefined && r.verifiedOn !== newest) {
    ctx.addIssue({ code: 'custom', path: ['verifiedOn'], message: 'must be the date of the newest source evidence' });
  }
  return { ...r, verifiedOn: newest };
}

/** Where an offer works. `global: true` means everywhere, minus the exclusions. */
export const coverage = z
  .object({
    global: z.boolean().default(false),
    systems: z.array(z.enum(REGIONAL_SYSTEMS)).default([]),
    countries: z.array(countryCode).default([]),
    excludeSystems: z.array(z.enum(REGIONAL_SYSTEMS)).default([]),
    excludeCountries: z.array(countryCode).default([]),
  })
  .strict();
export type Coverage = z.infer<typeof coverage>;

/**
 * Hard eligibility rules, all of which must hold. Evaluated by the finder against the
 * defender's situation and the country's data; data-driven so no country is named in code.
 */
export const eligibilityRule = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('MEMBER_OF'), system: z.enum(REGIONAL_SYSTEMS) }).strict(),
  z.object({ rule: z.literal('NOT_MEMBER_OF'), system: z.enum(REGIONAL_SYSTEMS) }).strict(),
  z.object({ rule: z.literal('ACCEPTED_PROCEDURE'), procedure: z.enum(UN_PROCEDURES) }).strict(),
  /** The state is a party to (or made the declaration of) a regional instrument; UNKNOWN → check first. */
  z.object({ rule: z.literal('PARTY_TO'), instrument: z.enum(REGIONAL_INSTRUMENTS) }).strict(),
  z.object({ rule: z.literal('UN_MEMBER') }).strict(),
  /** `confirmed: false`: the list is not confirmed, so a country on it is only "check first". */
  z.object({ rule: z.literal('COUNTRY_IN'), countries: z.array(countryCode).min(1), confirmed: z.boolean().default(true) }).strict(),
  /** `confirmed: false`: the list may be incomplete, so a country not on it is only "check first". */
  z.object({ rule: z.literal('COUNTRY_NOT_IN'), countries: z.array(countryCode).min(1), confirmed: z.boolean().default(true) }).strict(),
  z.object({ rule: z.literal('PROFILE_REQUIRED'), profiles: z.array(z.enum(DEFENDER_PROFILES)).min(1) }).strict(),
  z.object({ rule: z.literal('UN_COOPERATION_REQUIRED') }).strict(),
  z.object({ rule: z.literal('IN_COUNTRY_REQUIRED') }).strict(),
  z.object({ rule: z.literal('OUTSIDE_COUNTRY_REQUIRED') }).strict(),
]);
export type EligibilityRule = z.infer<typeof eligibilityRule>;

export const contactChannel = z
  .object({
    kind: z.enum(CHANNEL_KINDS),
    /** The address, number or URL exactly as read in a source; omit when unconfirmed. */
    value: z.string().min(1).optional(),
    label: localizedText.optional(),
    languages: z.array(languageCode).default([]),
    /** Language-neutral times such as "24/7" or "08:00-16:00"; days and conditions go in the (translated) label. */
    hours: z
      .string()
      .regex(/^[0-9:/\-–+ ,()]+$/, 'must be language-neutral times such as "24/7" or "08:00-16:00" (words go in the label)')
      .optional(),
    available247: z.boolean().default(false),
    safetyNote: localizedText.optional(),
    /** False when the channel is known to exist but its value could not be confirmed. */
    confirmed: z.boolean().default(true),
  })
  .strict();
export type ContactChannelSeed = z.infer<typeof contactChannel>;

/** Fields every actionable offer shares (service, commitment, procedure, programme). */
const offerFields = {
  slug,
  kind: z.enum(SERVICE_KINDS),
  name: localizedText,
  description: localizedText,
  risks: z.array(z.enum(RISK_TYPES)).default([]),
  /** Profiles the offer is for; empty means everyone. */
  profiles: z.array(z.enum(DEFENDER_PROFILES)).default([]),
  coverage: coverage.optional(),
  eligibility: z.array(eligibilityRule).default([]),
  speed: z.enum(RESPONSE_SPEEDS).default('UNKNOWN'),
  responseTimeNote: localizedText.optional(),
  requirements: z.array(localizedText).default([]),
  steps: z.array(localizedText).default([]),
  caveats: z.array(localizedText).default([]),
  status: z.enum(RECORD_STATUSES).default('ACTIVE'),
  alert: localizedText.optional(),
};

export const supportService = z.object(offerFields).strict();
export type SupportServiceSeed = z.infer<typeof supportService>;

const recordFields = {
  slug,
  status: z.enum(RECORD_STATUSES).default('ACTIVE'),
  alert: localizedText.optional(),
  ...provenance,
};

export const organization = z
  .object({
    ...recordFields,
    name: localizedText,
    acronym: z.string().optional(),
    summary: localizedText,
    website: httpsUrl.optional(),
    headquarters: countryCode.optional(),
    languages: z.array(languageCode).default([]),
    coverage: coverage.default({ global: true, systems: [], countries: [], excludeSystems: [], excludeCountries: [] }),
    contactChannels: z.array(contactChannel).default([]),
    services: z.array(supportService).min(1),
  })
  .strict()
  .transform(withEvidenceDate);
export type OrganizationSeed = z.infer<typeof organization>;

export const statePolicy = z
  .object({
    ...recordFields,
    /** ISO code of the state, or "EU" for the European Union's guidelines. */
    issuer: z.union([countryCode, z.literal('EU')]),
    title: localizedText,
    year: z.number().int().min(1990).max(2100).optional(),
    documentUrl: httpsUrl.optional(),
    summary: localizedText,
    coverage: coverage.default({ global: true, systems: [], countries: [], excludeSystems: [], excludeCountries: [] }),
    /** Rules that apply to every commitment (for example "not in an EU member state"). */
    eligibility: z.array(eligibilityRule).default([]),
    caveats: z.array(localizedText).default([]),
    contactChannels: z.array(contactChannel).default([]),
    commitments: z.array(supportService).min(1),
  })
  .strict()
  .transform(withEvidenceDate);
export type StatePolicySeed = z.infer<typeof statePolicy>;

export const mechanism = z
  .object({
    ...recordFields,
    name: localizedText,
    acronym: z.string().optional(),
    kind: z.enum(MECHANISM_KINDS),
    system: z.enum(MECHANISM_SYSTEMS),
    summary: localizedText,
    website: httpsUrl.optional(),
    /** Rules that apply to every procedure (for example membership of the system). */
    eligibility: z.array(eligibilityRule).default([]),
    contactChannels: z.array(contactChannel).default([]),
    procedures: z.array(supportService).min(1),
  })
  .strict()
  .transform(withEvidenceDate);
export type MechanismSeed = z.infer<typeof mechanism>;

export const programme = z
  .object({
    ...recordFields,
    ...offerFields,
    programmeKind: z.enum(PROGRAMME_KINDS),
    host: localizedText,
    website: httpsUrl.optional(),
    duration: localizedText.optional(),
    whoMayApply: localizedText.optional(),
    application: z.enum(APPLICATION_MODES).default('UNKNOWN'),
    contactChannels: z.array(contactChannel).default([]),
  })
  .strict()
  .transform(withEvidenceDate);
export type ProgrammeSeed = z.infer<typeof programme>;

/** One directory seed file: any mix of record kinds. */
export const directorySeedFile = z
  .object({
    organizations: z.array(organization).default([]),
    statePolicies: z.array(statePolicy).default([]),
    mechanisms: z.array(mechanism).default([]),
    programmes: z.array(programme).default([]),
  })
  .strict();
export type DirectorySeedFile = z.infer<typeof directorySeedFile>;

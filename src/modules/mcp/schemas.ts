/**
 * The MCP tools' input and output schemas. Every enumeration comes from the shared vocabulary
 * (taxonomy/values.ts) or the finder's core, as the GraphQL schema's enums do, so tools/list
 * enumerates exactly the values the API accepts; descriptions come from taxonomy/labels.ts.
 */
import { z } from 'zod';
import {
  ACCEPTANCE_STATUSES,
  CHANNEL_KINDS,
  DEFENDER_PROFILES,
  THREAT_SOURCES,
  LOCALES,
  RECORD_STATUSES,
  REGIONAL_INSTRUMENTS,
  REGIONAL_SYSTEMS,
  RESPONSE_SPEEDS,
  RISK_TYPES,
  SERVICE_KINDS,
  SOURCE_KINDS,
  UN_PROCEDURES,
  URGENCIES,
  VERIFICATION_METHODS,
} from '../taxonomy/values';
import { DEFENDER_PROFILE_TERMS, RISK_TYPE_TERMS, THREAT_SOURCE_TERMS, SERVICE_KIND_TERMS, URGENCY_TERMS, type Term } from '../taxonomy/labels';
import { ELIGIBILITY_STATUSES, PLAN_PHASES } from '../finder/core';
import { MAX_NEED_LIST, MAX_PLAN_LIMIT } from '../finder/finder.service';
import { RECORD_KINDS } from '../directory/directory.entity';

/** "VALUE: what it means; …", so a model can map what it hears to a value. */
const meanings = <T extends string>(values: readonly T[], terms: Record<T, Term>) => values.map((v) => `${v}: ${terms[v].description.en}`).join(' ');

const countryCode = z.string().regex(/^[A-Za-z]{2}$/);
const languageCode = z.string().regex(/^[A-Za-z]{2,3}$/);
const locale = z
  .enum(LOCALES)
  .default('en')
  .describe('Language of the answer. Plans are written in en, fr and es (others fall back to English); directory texts fall back to English.');

// ---- inputs

export const protectionPlanInput = {
  country: countryCode.describe('ISO 3166-1 alpha-2 code of the country where the defender is at risk, e.g. GT. Map a country name to its code yourself.'),
  risks: z
    .array(z.enum(RISK_TYPES))
    .min(1)
    .max(MAX_NEED_LIST.risks)
    .describe(`One or more risks; when unsure, give several (an offer needs to match only one). ${meanings(RISK_TYPES, RISK_TYPE_TERMS)}`),
  urgency: z.enum(URGENCIES).describe(meanings(URGENCIES, URGENCY_TERMS)),
  profiles: z
    .array(z.enum(DEFENDER_PROFILES))
    .max(MAX_NEED_LIST.profiles)
    .optional()
    .describe(
      `Who the defender is, only if they said so; treated as complete (offers reserved for other profiles are left out). ${meanings(DEFENDER_PROFILES, DEFENDER_PROFILE_TERMS)}`,
    ),
  languages: z
    .array(languageCode)
    .max(MAX_NEED_LIST.languages)
    .optional()
    .describe('ISO 639-1 codes of the languages the defender can speak with a support organisation, e.g. ["es"].'),
  cooperatedWithUn: z.boolean().optional().describe('True when the risk follows cooperation with the UN (opens reprisal reporting).'),
  currentlyInCountry: z.boolean().optional().describe('Whether the defender is in the country now; leave out when unknown.'),
  threatFrom: z
    .array(z.enum(THREAT_SOURCES))
    .max(MAX_NEED_LIST.threatFrom)
    .optional()
    .describe(
      `Who the threat comes from, only if the person said so. With STATE_AGENTS a state-run national protection mechanism is ranked last, with a caveat saying why. ${meanings(THREAT_SOURCES, THREAT_SOURCE_TERMS)}`,
    ),
  locale,
  limit: z.number().int().min(1).max(MAX_PLAN_LIMIT).default(5).describe('Keep the best N options.'),
};

const SEARCH_LIMIT = { default: 10, max: 25 } as const;

export const searchDirectoryInput = {
  search: z.string().min(1).max(200).optional().describe('Full-text search in names, summaries and offers, in every language.'),
  country: countryCode.optional().describe('ISO 3166-1 alpha-2 code: records that work in or apply to this country.'),
  kind: z.enum(RECORD_KINDS).optional().describe('Only this kind of record.'),
  serviceKind: z
    .enum(SERVICE_KINDS)
    .optional()
    .describe(`Records with an offer of this kind. ${meanings(SERVICE_KINDS, SERVICE_KIND_TERMS)}`),
  risk: z.enum(RISK_TYPES).optional().describe('Records with an offer addressing this risk.'),
  language: languageCode.optional().describe('ISO 639-1 code: records working in it or with a contact channel in it.'),
  locale,
  limit: z.number().int().min(1).max(SEARCH_LIMIT.max).default(SEARCH_LIMIT.default),
};

export const getRecordInput = {
  slug: z
    .string()
    .regex(/^[a-z0-9-]{1,120}$/)
    .optional()
    .describe("The record's slug, e.g. front-line-defenders: from search_directory, or the part of a plan option's id between ':' and '/'."),
  id: z.string().min(1).max(200).optional().describe('Or its GraphQL global id.'),
  locale,
};

export const getCountryInput = {
  code: countryCode.describe('ISO 3166-1 alpha-2 code, e.g. KE.'),
  locale,
};

// ---- outputs

export const channelOutput = z.object({
  kind: z.enum(CHANNEL_KINDS),
  value: z.string().nullable().describe('Null when the channel exists but its address is not confirmed: point to the website instead.'),
  label: z.string().nullable(),
  languages: z.array(z.string()),
  hours: z.string().nullable(),
  available247: z.boolean(),
  confirmed: z.boolean(),
  safetyNote: z.string().nullable(),
});

/** The fields of schema/operations/ProtectionPlanBrief.graphql, in the same shape. */
export const protectionPlanOutput = z.object({
  locale: z.string().describe('The language the text is written in.'),
  optionCount: z.number().int().describe('How many options fit (the plan lists the best few).'),
  summary: z.string(),
  safetyNotes: z.array(z.string()).describe('Show once per conversation, in full.'),
  routes: z
    .array(z.object({ rank: z.number().int(), summary: z.string().nullable() }))
    .describe('Contact routes: "one contact reaches …", said once; each option names its route.'),
  phases: z.array(z.object({ phase: z.enum(PLAN_PHASES), title: z.string(), options: z.array(z.object({ id: z.string() })) })),
  options: z.array(
    z.object({
      id: z.string(),
      rank: z.number().int(),
      name: z.string(),
      resource: z.object({ parentName: z.string() }),
      phase: z.enum(PLAN_PHASES),
      route: z.number().int(),
      eligibility: z.enum(ELIGIBILITY_STATUSES).describe('NEEDS_CHECK: every caveat must be said; the check is what makes the option usable.'),
      reasons: z.array(z.string()),
      caveats: z.array(z.string()),
      nextSteps: z.array(z.string()),
      channels: z.array(channelOutput).describe('Safest first.'),
      website: z.string().nullable(),
      verifiedOn: z.string(),
    }),
  ),
});

const recordSummary = {
  slug: z.string(),
  id: z.string().describe('GraphQL global id.'),
  kind: z.enum(RECORD_KINDS),
  name: z.string(),
  summary: z.string(),
  website: z.string().nullable(),
};

export const searchDirectoryOutput = z.object({
  totalCount: z.number().int(),
  records: z.array(z.object({ ...recordSummary, channels: z.array(channelOutput).describe('The first confirmed contact channels.') })),
});

export const getRecordOutput = z.object({
  ...recordSummary,
  status: z.enum(RECORD_STATUSES),
  alert: z.string().nullable(),
  verifiedOn: z.string().describe('The date of the newest evidence a person checked.'),
  verification: z.enum(VERIFICATION_METHODS),
  caveats: z.array(z.string()),
  offers: z.array(
    z.object({
      slug: z.string(),
      kind: z.enum(SERVICE_KINDS),
      name: z.string(),
      description: z.string(),
      status: z.enum(RECORD_STATUSES),
      alert: z.string().nullable(),
      risks: z.array(z.enum(RISK_TYPES)).describe('Empty: any risk.'),
      profiles: z.array(z.enum(DEFENDER_PROFILES)).describe('Empty: everyone.'),
      speed: z.enum(RESPONSE_SPEEDS),
      steps: z.array(z.string()),
      requirements: z.array(z.string()),
      caveats: z.array(z.string()),
    }),
  ),
  channels: z.array(channelOutput),
  sources: z.array(
    z.object({
      title: z.string(),
      url: z.string().nullable(),
      kind: z.enum(SOURCE_KINDS).nullable(),
      evidenceOn: z.string().nullable().describe('Date of the evidence (YYYY, YYYY-MM or YYYY-MM-DD).'),
      readOn: z.string().nullable(),
    }),
  ),
});

const acceptance = {
  label: z.string(),
  status: z.enum(ACCEPTANCE_STATUSES),
  asOf: z.string().nullable().describe('The date the fact describes (null when UNKNOWN).'),
};

export const getCountryOutput = z.object({
  code: z.string(),
  name: z.string(),
  unMember: z.boolean(),
  memberships: z.array(z.object({ system: z.enum(REGIONAL_SYSTEMS), label: z.string() })),
  instruments: z.array(z.object({ instrument: z.enum(REGIONAL_INSTRUMENTS), ...acceptance })),
  procedures: z.array(z.object({ procedure: z.enum(UN_PROCEDURES), ...acceptance })),
});

export type ProtectionPlanOutput = z.infer<typeof protectionPlanOutput>;
export type SearchDirectoryOutput = z.infer<typeof searchDirectoryOutput>;
export type GetRecordOutput = z.infer<typeof getRecordOutput>;
export type GetCountryOutput = z.infer<typeof getCountryOutput>;
export type ChannelOutput = z.infer<typeof channelOutput>;

/**
 * The directory in Open Referral HSDS 3.0 objects (pure: records and countries in, objects out).
 * docs/hsds.md is the profile this file implements: which record becomes which HSDS object, and
 * the taxonomies (HSDS `attributes`) that carry what HSDS has no field for. Absent values are
 * omitted, never null: the official schemas want a string or nothing.
 */
import { createHash } from 'node:crypto';
import type { DirectoryRecordRow, OfferRow, ContactChannelRow } from '../directory/directory.entity';
import type { Coverage, EligibilityRule } from '../directory/seed-schema';
import type { AcceptanceFact } from '../geography/seed-schema';
import {
  CHANNEL_KIND_TERMS,
  DEFENDER_PROFILE_TERMS,
  MECHANISM_KIND_TERMS,
  MECHANISM_SYSTEM_TERMS,
  PROGRAMME_KIND_TERMS,
  RECORD_STATUS_TERMS,
  RESPONSE_SPEED_TERMS,
  RISK_TYPE_TERMS,
  SERVICE_KIND_TERMS,
  type Term,
} from '../taxonomy/labels';
import type { Locale, LocalizedText } from '../../shared/locales';
import { HSDS_TABLES } from './columns';

export const HSDS_VERSION = '3.0';
/** The API's page sizes (the spec sets none). */
export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 1000;

/** What the mapping reads of a record: its row, its offers and its channels (the directory store's shape). */
export interface HsdsRecordInput {
  record: DirectoryRecordRow;
  offers: OfferRow[];
  channels: ContactChannelRow[];
}

/** What the mapping reads of a country: its names and the facts that decide where mechanisms apply. */
export interface HsdsCountryInput {
  code: string;
  names: LocalizedText;
  unMember: boolean;
  memberships: readonly string[];
  procedures: Partial<Record<string, AcceptanceFact>>;
  instruments: Partial<Record<string, AcceptanceFact>>;
}

export type HsdsObject = Record<string, unknown>;

export interface HsdsDataset {
  /** Fully nested organizations, their services in full. */
  organizations: HsdsObject[];
  /** Fully nested services (with their organization and program, one-to-one fields only). */
  services: HsdsObject[];
  taxonomies: HsdsObject[];
  taxonomyTerms: HsdsObject[];
  /** Where each service applies, by service id, for the country filter: the countries, or worldwide but these. */
  reach: Map<string, Reach>;
}

export interface Reach {
  worldwide: boolean;
  /** Worldwide: the countries excluded; otherwise the countries where it applies. */
  codes: ReadonlySet<string>;
}

/** True when a service applies in the country (a worldwide service applies in every country it does not exclude). */
export const reaches = (r: Reach | undefined, code: string) => !!r && (r.worldwide ? !r.codes.has(code) : r.codes.has(code));

/** A stable UUID for what has no id of its own (child rows, issuers, hosts, taxonomy terms): SHA-1 of its path, version 5 layout. */
export function derivedId(...parts: string[]): string {
  const h = createHash('sha1').update(parts.join('/')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Ids for one service's many country areas (and their attributes) without one hash each: the
 * service's derived prefix, the country code's two letters in hex as the last four digits.
 */
function countryIds(serviceId: string, what: string): (code: string) => string {
  const base = derivedId(serviceId, what).slice(0, -4);
  return (code) => base + [...code].map((ch) => ch.charCodeAt(0).toString(16).padStart(2, '0')).join('');
}

/** Drops undefined, null and empty strings: HSDS wants a value or no field. */
function compact(o: HsdsObject): HsdsObject {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== ''));
}

const pick = (t: LocalizedText | null | undefined, locale: Locale): string | undefined => (t ? (t[locale] ?? t.en) : undefined);
const joinLines = (lines: (string | undefined)[]) => lines.filter(Boolean).join('\n') || undefined;

// ---------------------------------------------------------------------------------------------
// Taxonomies: the profile's vocabulary, served at /hsds/taxonomies and linked through attributes.

interface TaxonomyDef {
  key: string;
  name: string;
  description: string;
  /** HSDS attribute link_type for terms of this taxonomy. */
  linkType: string;
  terms: Record<string, Pick<Term, 'label'> & Partial<Pick<Term, 'description'>>>;
}

const en = (label: string) => ({ label: { en: label } as Term['label'] });

const RECORD_KIND_TERMS = {
  ORGANIZATION: en('Organisation'),
  STATE_POLICY: en("State policy (a state's or the EU's commitments to defenders)"),
  MECHANISM: en('Mechanism (UN, regional or national body)'),
  PROGRAMME: en('Programme (fellowship, relocation scheme, fund or award)'),
};

const ELIGIBILITY_RULE_TERMS = {
  MEMBER_OF: en('The country is a member of the regional system named in the value'),
  NOT_MEMBER_OF: en('The country is not a member of the regional system named in the value'),
  ACCEPTED_PROCEDURE: en('The country accepted the UN procedure named in the value'),
  PARTY_TO: en('The country is party to the regional instrument named in the value'),
  UN_MEMBER: en('The country is a UN member state'),
  COUNTRY_IN: en('The country is one of those listed in the value'),
  COUNTRY_NOT_IN: en('The country is not one of those listed in the value'),
  PROFILE_REQUIRED: en('The defender has one of the profiles listed in the value'),
  UN_COOPERATION_REQUIRED: en('The risk arises from cooperation with the UN'),
  IN_COUNTRY_REQUIRED: en('The defender is in the country'),
  OUTSIDE_COUNTRY_REQUIRED: en('The defender is outside the country'),
};

const PROVENANCE_TERMS = { OFFICIAL: en('Official source'), SECONDARY: en('Secondary source') };

export const TAXONOMIES: readonly TaxonomyDef[] = [
  {
    key: 'record-kind',
    name: 'Protection Atlas record kinds',
    description: 'Which kind of directory record an organization, program or service comes from.',
    linkType: 'record_kind',
    terms: RECORD_KIND_TERMS,
  },
  {
    key: 'service-kind',
    name: 'Protection Atlas service kinds',
    description: 'What a service offers a human rights defender.',
    linkType: 'service_kind',
    terms: SERVICE_KIND_TERMS,
  },
  { key: 'risk', name: 'Protection Atlas risks', description: 'Risks a service responds to.', linkType: 'risk', terms: RISK_TYPE_TERMS },
  {
    key: 'defender-profile',
    name: 'Protection Atlas defender profiles',
    description: 'Who a service is for (no term: everyone).',
    linkType: 'audience',
    terms: DEFENDER_PROFILE_TERMS,
  },
  {
    key: 'response-speed',
    name: 'Protection Atlas response speeds',
    description: 'How fast a service usually responds.',
    linkType: 'response_speed',
    terms: RESPONSE_SPEED_TERMS,
  },
  {
    key: 'record-status',
    name: 'Protection Atlas statuses',
    description: 'Statuses HSDS cannot say: UNCERTAIN means listed as active, check first.',
    linkType: 'status',
    terms: RECORD_STATUS_TERMS,
  },
  {
    key: 'eligibility-rule',
    name: 'Protection Atlas eligibility rules',
    description: 'Machine-readable eligibility rules; the attribute value holds the rule as JSON.',
    linkType: 'eligibility',
    terms: ELIGIBILITY_RULE_TERMS,
  },
  {
    key: 'channel-kind',
    name: 'Protection Atlas contact channels',
    description: 'Contact channels HSDS has no object for (web forms, messaging apps, postal, in person, websites); the value is the address.',
    linkType: 'contact_channel',
    terms: CHANNEL_KIND_TERMS,
  },
  {
    key: 'mechanism-system',
    name: 'Protection Atlas mechanism systems',
    description: 'The system a mechanism belongs to (UN, regional, national).',
    linkType: 'system',
    terms: MECHANISM_SYSTEM_TERMS,
  },
  {
    key: 'mechanism-kind',
    name: 'Protection Atlas mechanism kinds',
    description: 'What kind of body a mechanism is.',
    linkType: 'mechanism_kind',
    terms: MECHANISM_KIND_TERMS,
  },
  {
    key: 'programme-kind',
    name: 'Protection Atlas programme kinds',
    description: 'What kind of programme a program is.',
    linkType: 'programme_kind',
    terms: PROGRAMME_KIND_TERMS,
  },
  {
    key: 'provenance',
    name: 'Protection Atlas sources',
    description: 'Where a record was read; the value is the source URL.',
    linkType: 'source',
    terms: PROVENANCE_TERMS,
  },
];

/** Countries are a taxonomy too (ISO 3166-1 alpha-2): a service area's country and the taxonomy_term_id filter use it. */
export const COUNTRY_TAXONOMY = {
  key: 'iso-3166-1',
  name: 'ISO 3166-1 alpha-2 country codes',
  description: 'Countries, by their ISO 3166-1 alpha-2 code, with their names in the requested locale.',
  uri: 'https://www.iso.org/iso-3166-country-codes.html',
  linkType: 'country',
};

export const taxonomyId = (key: string) => derivedId('taxonomy', key);
export const termId = (key: string, code: string) => derivedId('taxonomy', key, code);

function taxonomies(locale: Locale, countries: readonly HsdsCountryInput[]): { taxonomies: HsdsObject[]; terms: HsdsObject[] } {
  const out = [...TAXONOMIES.map((t) => ({ ...t, uri: undefined as string | undefined })), { ...COUNTRY_TAXONOMY, terms: {} as TaxonomyDef['terms'] }];
  const taxonomyObjects = out.map((t) => compact({ id: taxonomyId(t.key), name: t.name, description: t.description, uri: t.uri }));
  const terms = TAXONOMIES.flatMap((t) =>
    Object.entries(t.terms).map(([code, term]) => termObject(t.key, t.name, code, pick(term.label, locale)!, pick(term.description, locale), locale)),
  );
  for (const c of countries) terms.push(termObject(COUNTRY_TAXONOMY.key, COUNTRY_TAXONOMY.name, c.code, pick(c.names, locale)!, undefined, locale));
  return { taxonomies: taxonomyObjects, terms };
}

function termObject(key: string, taxonomyName: string, code: string, name: string, description: string | undefined, locale: Locale): HsdsObject {
  // HSDS requires a description: a term without one is described by its own label.
  return compact({
    id: termId(key, code),
    code,
    name,
    description: description ?? name,
    taxonomy: taxonomyName,
    language: locale,
    taxonomy_id: taxonomyId(key),
  });
}

/** An attribute linking an object to a term, the term nested so that a reader needs no second request. */
function attribute(linkEntity: string, linkId: string, key: string, code: string, value: string | undefined, terms: Map<string, HsdsObject>): HsdsObject {
  const def = TAXONOMIES.find((t) => t.key === key);
  const linkType = def ? def.linkType : COUNTRY_TAXONOMY.linkType;
  const term = terms.get(termId(key, code));
  return compact({
    id: derivedId(linkId, 'attribute', key, code, value ?? ''),
    link_id: linkId,
    taxonomy_term_id: termId(key, code),
    link_type: linkType,
    link_entity: linkEntity,
    value,
    taxonomy_term: term,
  });
}

// ---------------------------------------------------------------------------------------------
// Where a service applies: its coverage narrowed by the geographic eligibility rules.

type Outcome = 'yes' | 'check' | 'no';

const accepted = (fact: AcceptanceFact | undefined): Outcome => (!fact ? 'check' : fact.status === 'ACCEPTED' ? 'yes' : 'no');

/** A rule's answer for one country; rules about the person (profile, where they are) say nothing about the place. */
function ruleAt(rule: EligibilityRule, c: HsdsCountryInput): Outcome {
  switch (rule.rule) {
    case 'MEMBER_OF':
      return c.memberships.includes(rule.system) ? 'yes' : 'no';
    case 'NOT_MEMBER_OF':
      return c.memberships.includes(rule.system) ? 'no' : 'yes';
    case 'ACCEPTED_PROCEDURE':
      return accepted(c.procedures[rule.procedure]);
    case 'PARTY_TO':
      return accepted(c.instruments[rule.instrument]);
    case 'UN_MEMBER':
      return c.unMember ? 'yes' : 'no';
    case 'COUNTRY_IN':
      return rule.countries.includes(c.code) ? (rule.confirmed ? 'yes' : 'check') : 'no';
    case 'COUNTRY_NOT_IN':
      return rule.countries.includes(c.code) ? 'no' : rule.confirmed ? 'yes' : 'check';
    default:
      return 'yes';
  }
}

/** Up to this many countries left out of a global coverage, the area stays "Worldwide, except …". */
const FEW_EXCLUSIONS = 10;

const GEOGRAPHIC_RULES = new Set(['MEMBER_OF', 'NOT_MEMBER_OF', 'ACCEPTED_PROCEDURE', 'PARTY_TO', 'UN_MEMBER', 'COUNTRY_IN', 'COUNTRY_NOT_IN']);

export interface AreaPlan {
  /** Everywhere (no rule narrows a global coverage); `except` names what the coverage excludes. */
  worldwide: boolean;
  except: string[];
  /** Worldwide: the codes of the countries excluded. */
  excludedCodes: string[];
  /** Otherwise, each country where the service applies; `check` when it rests on an unconfirmed fact. */
  countries: { country: HsdsCountryInput; check: boolean }[];
}

export function planAreas(coverage: Coverage | null, rules: readonly EligibilityRule[], countries: readonly HsdsCountryInput[], locale: Locale): AreaPlan {
  const geo = rules.filter((r) => GEOGRAPHIC_RULES.has(r.rule));
  const global = !coverage || coverage.global;
  const excluded = (c: HsdsCountryInput) =>
    !!coverage && (coverage.excludeCountries.includes(c.code) || coverage.excludeSystems.some((s) => c.memberships.includes(s)));
  if (global && geo.length === 0) {
    const byCode = new Map(countries.map((c) => [c.code, c]));
    const except = coverage ? [...coverage.excludeSystems, ...coverage.excludeCountries.map((code) => pick(byCode.get(code)?.names, locale) ?? code)] : [];
    const excludedCodes = countries.filter(excluded).map((c) => c.code);
    return { worldwide: true, except, excludedCodes, countries: [] };
  }
  const inCoverage = (c: HsdsCountryInput) => global || coverage.countries.includes(c.code) || coverage.systems.some((s) => c.memberships.includes(s));
  const out: AreaPlan['countries'] = [];
  for (const c of countries) {
    if (!inCoverage(c) || excluded(c)) continue;
    const outcomes = geo.map((r) => ruleAt(r, c));
    if (outcomes.includes('no')) continue;
    out.push({ country: c, check: outcomes.includes('check') });
  }
  // Everywhere but a few (a state's policy abroad: not in the state itself): one worldwide area naming them.
  const kept = new Set(out.map((o) => o.country.code));
  const left = countries.filter((c) => !kept.has(c.code));
  if (global && left.length <= FEW_EXCLUSIONS && out.every((o) => !o.check)) {
    return { worldwide: true, except: left.map((c) => pick(c.names, locale) ?? c.code), excludedCodes: left.map((c) => c.code), countries: [] };
  }
  return { worldwide: false, except: [], excludedCodes: [], countries: out };
}

// ---------------------------------------------------------------------------------------------
// Records to organizations, programs and services.

const HSDS_STATUS: Record<string, string> = { ACTIVE: 'active', UNCERTAIN: 'active', PAUSED: 'temporarily closed', CLOSED: 'defunct' };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE_KINDS = new Set(['PHONE', 'HOTLINE']);
const EMAIL_KINDS = new Set(['EMAIL', 'SECURE_EMAIL']);

/** The organization a record's offers belong to: the record itself, or the state / host that issues it. */
function ownerOf(r: DirectoryRecordRow, locale: Locale, countryNames: Map<string, LocalizedText>): { id: string; name: string; own: boolean } {
  if (r.kind === 'STATE_POLICY' && r.issuer) {
    const names = countryNames.get(r.issuer);
    const name = pick(names, locale) ?? regionName(r.issuer, locale);
    return { id: derivedId('issuer', r.issuer), name, own: false };
  }
  if (r.kind === 'PROGRAMME' && r.details.host) return { id: derivedId('host', r.details.host.en), name: pick(r.details.host, locale)!, own: false };
  return { id: r.id, name: pick(r.name, locale)!, own: true };
}

// Intl.DisplayNames is costly to build and to ask: one per locale and type, each answer kept.
const displayNames = new Map<string, Intl.DisplayNames>();
const displayed = new Map<string, string | undefined>();
function displayName(type: 'region' | 'language', code: string, locale: Locale): string | undefined {
  const key = `${type}/${locale}/${code}`;
  if (!displayed.has(key)) displayed.set(key, lookupName(type, code, locale));
  return displayed.get(key);
}

function lookupName(type: 'region' | 'language', code: string, locale: Locale): string | undefined {
  let names = displayNames.get(`${type}/${locale}`);
  if (!names) {
    names = new Intl.DisplayNames([locale, 'en'], { type, fallback: 'none' });
    displayNames.set(`${type}/${locale}`, names);
  }
  try {
    return names.of(code);
  } catch {
    return undefined;
  }
}

const regionName = (code: string, locale: Locale) => displayName('region', code, locale) ?? code;
const languageName = (code: string, locale: Locale) => displayName('language', code, locale);

interface Context {
  locale: Locale;
  countries: readonly HsdsCountryInput[];
  countryNames: Map<string, LocalizedText>;
  terms: Map<string, HsdsObject>;
  reach: Map<string, Reach>;
  countryTermIds: Map<string, string>;
}

function channelLabel(c: ContactChannelRow, locale: Locale): string | undefined {
  return pick(c.label, locale);
}

function phonesOf(channels: ContactChannelRow[], owner: HsdsObject, ownerId: string, ctx: Context): HsdsObject[] {
  return channels
    .filter((c) => PHONE_KINDS.has(c.kind) && c.value && c.confirmed)
    .map((c) => {
      const id = derivedId(ownerId, 'phone', String(c.position));
      return compact({
        id,
        ...owner,
        number: c.value,
        type: 'voice',
        description: joinLines([channelLabel(c, ctx.locale), c.hours ?? undefined, pick(c.safetyNote, ctx.locale)]),
        languages: c.languages.map((code) => compact({ id: derivedId(id, 'language', code), phone_id: id, code, name: languageName(code, ctx.locale) })),
      });
    });
}

function contactsOf(channels: ContactChannelRow[], owner: HsdsObject, ownerId: string, ctx: Context): HsdsObject[] {
  return channels
    .filter((c) => EMAIL_KINDS.has(c.kind) && c.value && c.confirmed && EMAIL.test(c.value))
    .map((c) =>
      compact({
        id: derivedId(ownerId, 'contact', String(c.position)),
        ...owner,
        name: channelLabel(c, ctx.locale),
        department: pick(c.safetyNote, ctx.locale),
        email: c.value,
      }),
    );
}

/** Opening hours: a 24/7 line as a weekly every-day 00:00–23:59 schedule; other hours (no time zone is known) as text. */
function schedulesOf(channels: ContactChannelRow[], serviceId: string, ctx: Context): HsdsObject[] {
  return channels
    .filter((c) => c.confirmed && (c.available247 || c.hours))
    .map((c) => {
      const what = channelLabel(c, ctx.locale) ?? pick(CHANNEL_KIND_TERMS[c.kind].label, ctx.locale);
      const base = { id: derivedId(serviceId, 'schedule', String(c.position)), service_id: serviceId, attending_type: c.value ? `${what}: ${c.value}` : what };
      return c.available247
        ? compact({ ...base, freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '23:59', description: `${what}: 24/7` })
        : compact({ ...base, description: `${what}: ${c.hours}` });
    });
}

function areasOf(serviceId: string, coverage: Coverage | null, rules: EligibilityRule[], ctx: Context): HsdsObject[] {
  const plan = planAreas(coverage, rules, ctx.countries, ctx.locale);
  ctx.reach.set(serviceId, {
    worldwide: plan.worldwide,
    codes: new Set(plan.worldwide ? plan.excludedCodes : plan.countries.map((c) => c.country.code)),
  });
  if (plan.worldwide) {
    return [
      compact({
        id: derivedId(serviceId, 'area', 'worldwide'),
        service_id: serviceId,
        name: 'Worldwide',
        description: plan.except.length ? `Except: ${plan.except.join(', ')}` : undefined,
      }),
    ];
  }
  const areaId = countryIds(serviceId, 'area');
  const attributeId = countryIds(serviceId, 'area-attribute');
  return plan.countries.map(({ country, check }) => {
    const id = areaId(country.code);
    return compact({
      id,
      service_id: serviceId,
      name: pick(country.names, ctx.locale) ?? country.code,
      description: check ? 'Check first: this rests on a fact not confirmed for this country' : undefined,
      attributes: [
        {
          id: attributeId(country.code),
          link_id: id,
          taxonomy_term_id: ctx.countryTermIds.get(country.code),
          link_type: COUNTRY_TAXONOMY.linkType,
          link_entity: 'service_area',
          value: country.code,
        },
      ],
    });
  });
}

const only = (o: HsdsObject, keys: readonly string[]) => compact(Object.fromEntries(keys.map((k) => [k, o[k]])));

/** An organization with one-to-one fields only (organization_list.json). */
export const organizationBasic = (o: HsdsObject) => only(o, HSDS_TABLES.organizations);
/** A program with its one-to-one fields only. */
export const programBasic = (p: HsdsObject) => only(p, HSDS_TABLES.programs);
/** A service with one-to-one fields and its organization and program (service_list.json). */
export function serviceBasic(s: HsdsObject): HsdsObject {
  return compact({ ...only(s, HSDS_TABLES.services), organization: s.organization, program: s.program });
}

function sourceAttributes(entity: string, id: string, r: DirectoryRecordRow, ctx: Context): HsdsObject[] {
  return r.sources.map((s) => attribute(entity, id, 'provenance', s.kind === 'OFFICIAL' ? 'OFFICIAL' : 'SECONDARY', s.url, ctx.terms));
}

function serviceOf(s: HsdsRecordInput, o: OfferRow, owner: { id: string }, programId: string | undefined, ctx: Context): HsdsObject {
  const r = s.record;
  const l = ctx.locale;
  const email = s.channels.find((c) => EMAIL_KINDS.has(c.kind) && c.value && c.confirmed && EMAIL.test(c.value));
  const status = r.status === 'ACTIVE' ? o.status : r.status;
  const rules = [...r.eligibility, ...o.eligibility];
  const attr = (key: string, code: string, value?: string) => attribute('service', o.id, key, code, value, ctx.terms);
  const otherChannels = s.channels.filter((c) => !PHONE_KINDS.has(c.kind) && !EMAIL_KINDS.has(c.kind) && c.value && c.confirmed);
  return compact({
    id: o.id,
    organization_id: owner.id,
    program_id: programId,
    name: pick(o.name, l),
    description: pick(o.description, l),
    url: r.website ?? r.details.documentUrl,
    email: email?.value,
    status: HSDS_STATUS[status],
    application_process: joinLines(o.steps.map((t) => pick(t, l))),
    wait_time: pick(o.responseTimeNote, l),
    eligibility_description: joinLines([pick(r.details.whoMayApply, l), ...o.requirements.map((t) => pick(t, l))]),
    assured_date: r.verifiedOn,
    alert: pick(o.alert ?? r.alert, l),
    last_modified: r.updatedAt.toISOString(),
    phones: phonesOf(s.channels, { service_id: o.id }, o.id, ctx),
    contacts: contactsOf(s.channels, { service_id: o.id }, o.id, ctx),
    schedules: schedulesOf(s.channels, o.id, ctx),
    service_areas: areasOf(o.id, o.coverage ?? r.coverage, rules, ctx),
    languages: [...new Set([...r.languages, ...s.channels.flatMap((c) => c.languages)])].map((code) =>
      compact({ id: derivedId(o.id, 'language', code), service_id: o.id, code, name: languageName(code, l) }),
    ),
    attributes: [
      attr('record-kind', r.kind),
      attr('service-kind', o.kind),
      ...o.risks.map((x) => attr('risk', x)),
      ...o.profiles.map((x) => attr('defender-profile', x)),
      attr('response-speed', o.speed),
      ...(status === 'UNCERTAIN' ? [attr('record-status', 'UNCERTAIN')] : []),
      ...rules.map(({ rule, ...args }) => attr('eligibility-rule', rule, Object.keys(args).length ? JSON.stringify(args) : undefined)),
      ...otherChannels.map((c) => attr('channel-kind', c.kind, c.value!)),
    ],
  });
}

/** Every record as HSDS: organizations (with programs, phones, contacts, services), services, taxonomies, terms. */
export function toHsdsDataset(records: readonly HsdsRecordInput[], countries: readonly HsdsCountryInput[], locale: Locale): HsdsDataset {
  const tax = taxonomies(locale, countries);
  const ctx: Context = {
    locale,
    countries,
    countryNames: new Map(countries.map((c) => [c.code, c.names])),
    terms: new Map(tax.terms.map((t) => [t.id as string, t])),
    reach: new Map(),
    countryTermIds: new Map(countries.map((c) => [c.code, termId(COUNTRY_TAXONOMY.key, c.code)])),
  };
  const orgs = new Map<string, { org: HsdsObject; programs: HsdsObject[]; services: HsdsObject[]; issues: string[] }>();
  for (const s of records) {
    const r = s.record;
    const owner = ownerOf(r, locale, ctx.countryNames);
    let entry = orgs.get(owner.id);
    if (!entry) {
      entry = { org: { id: owner.id, name: owner.name }, programs: [], services: [], issues: [] };
      orgs.set(owner.id, entry);
    }
    let programId: string | undefined;
    if (owner.own) {
      const email = s.channels.find((c) => EMAIL_KINDS.has(c.kind) && c.value && c.confirmed && EMAIL.test(c.value));
      Object.assign(entry.org, {
        alternate_name: r.acronym ?? undefined,
        description: pick(r.summary, locale),
        email: email?.value,
        website: r.website ?? undefined,
        phones: phonesOf(s.channels, { organization_id: r.id }, r.id, ctx),
        contacts: contactsOf(s.channels, { organization_id: r.id }, r.id, ctx),
        attributes: [
          attribute('organization', r.id, 'record-kind', r.kind, undefined, ctx.terms),
          ...(r.system ? [attribute('organization', r.id, 'mechanism-system', r.system, undefined, ctx.terms)] : []),
          ...(r.kind === 'MECHANISM' && r.subkind ? [attribute('organization', r.id, 'mechanism-kind', r.subkind, undefined, ctx.terms)] : []),
          ...sourceAttributes('organization', r.id, r, ctx),
        ],
      });
    } else {
      // A state policy or a programme is a program of its issuing state or host.
      programId = r.id;
      entry.issues.push(pick(r.name, locale)!);
      entry.programs.push(
        compact({
          id: r.id,
          organization_id: owner.id,
          name: pick(r.name, locale),
          description: pick(r.summary, locale),
          attributes: [
            attribute('program', r.id, 'record-kind', r.kind, undefined, ctx.terms),
            ...(r.kind === 'PROGRAMME' && r.subkind ? [attribute('program', r.id, 'programme-kind', r.subkind, undefined, ctx.terms)] : []),
            ...sourceAttributes('program', r.id, r, ctx),
          ],
        }),
      );
    }
    for (const o of s.offers) entry.services.push(serviceOf(s, o, owner, programId, ctx));
  }
  const organizations: HsdsObject[] = [];
  const services: HsdsObject[] = [];
  for (const { org, programs, services: own, issues } of orgs.values()) {
    // The directory describes the policies and programmes, not the state or host behind them: say what it lists.
    if (!org.description) org.description = `In this directory: ${issues.join('; ')}`;
    const full = compact({ ...org, programs, services: own });
    organizations.push(full);
    const basic = organizationBasic(full);
    const programById = new Map(programs.map((p) => [p.id, programBasic(p)]));
    for (const s of own) services.push(compact({ ...s, organization: basic, program: s.program_id ? programById.get(s.program_id) : undefined }));
  }
  organizations.sort(byName);
  services.sort(byName);
  return { organizations, services, taxonomies: tax.taxonomies, taxonomyTerms: tax.terms, reach: ctx.reach };
}

const collator = new Intl.Collator('en');
const byName = (a: HsdsObject, b: HsdsObject) => collator.compare(String(a.name), String(b.name)) || collator.compare(String(a.id), String(b.id));

/** The organization as /organizations/{id} serves it: nested, its services basic unless full_service. */
export function organizationView(o: HsdsObject, fullServices: boolean): HsdsObject {
  const services = (o.services as HsdsObject[]).map((s) => (fullServices ? s : only(s, HSDS_TABLES.services)));
  return { ...o, services };
}

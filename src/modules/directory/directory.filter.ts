/**
 * The researcher's filters, turned into one SQL WHERE over `directory_record r`. Conditions on
 * offers (kind, risk, profile, speed, and the country's jurisdiction) must hold for the SAME
 * offer: "emergency grants for journalists" is not "a grant, and something for journalists".
 */
import { badInput } from '../../shared/errors';
import { keysetCondition, orderByOf, type Page, type SortKey } from '../../shared/relay';
import type { DefenderProfile, MechanismSystem, RecordStatus, ResponseSpeed, RiskType, ServiceKind, Urgency } from '../taxonomy/values';
import type { RecordKind } from './directory.entity';
import { SEARCH_CONFIG_LIST } from './mapping';
import { isCalendarDate } from './seed-schema';

export interface DirectoryFilter {
  kinds?: RecordKind[];
  /** Records that apply to / work in this country (coverage, and jurisdiction rules about the country). */
  country?: string;
  /** Mechanisms of this system, or records whose coverage or rules name it. */
  system?: MechanismSystem;
  issuer?: string;
  risk?: RiskType;
  serviceKind?: ServiceKind;
  profile?: DefenderProfile;
  language?: string;
  urgency?: Urgency;
  status?: RecordStatus[];
  verifiedSince?: string;
  modifiedSince?: Date;
  search?: string;
  /** Exports for syncing include archived records, so an offline copy can drop them. */
  includeArchived?: boolean;
}

/** The filters as a client sends them (GraphQL arguments, export parameters, MCP tool arguments), not yet checked. */
export type DirectoryFilterInput = Omit<DirectoryFilter, 'includeArchived'>;

/**
 * Checks the free-form filters (enums are checked by GraphQL, the export's and the MCP tools'
 * schemas) and normalises them: the same rules and messages wherever a filter comes from.
 */
export function toFilter(args: DirectoryFilterInput): DirectoryFilter {
  const country = args.country?.toUpperCase();
  if (country !== undefined && !/^[A-Z]{2}$/.test(country)) throw badInput('country', 'must be a two-letter ISO 3166-1 code');
  const issuer = args.issuer?.toUpperCase();
  if (issuer !== undefined && !/^[A-Z]{2}$/.test(issuer)) throw badInput('issuer', 'must be a two-letter ISO 3166-1 code or EU');
  if (args.language !== undefined && !/^[a-z]{2,3}$/.test(args.language)) throw badInput('language', 'must be an ISO 639-1 code such as ar');
  if (args.verifiedSince !== undefined && !isCalendarDate(args.verifiedSince)) {
    throw badInput('verifiedSince', 'must be a real calendar date YYYY-MM-DD');
  }
  if (args.search !== undefined && (args.search.trim().length === 0 || args.search.length > 200)) {
    throw badInput('search', 'must be 1 to 200 characters');
  }
  return { ...args, country, issuer, search: args.search?.trim() };
}

/** Every filter, listed so that a new one cannot be left out of `filterKey` (the compiler checks the list). */
const FILTER_FIELDS = {
  kinds: true,
  country: true,
  system: true,
  issuer: true,
  risk: true,
  serviceKind: true,
  profile: true,
  language: true,
  urgency: true,
  status: true,
  verifiedSince: true,
  modifiedSince: true,
  search: true,
  includeArchived: true,
} satisfies Record<keyof DirectoryFilter, true>;

/** A string naming a filter and a page: equal for equal filters and pages whatever else the arguments held. */
export function filterKey(f: DirectoryFilter, page: Page): string {
  const parts = Object.keys(FILTER_FIELDS).map((k) => {
    const v = f[k as keyof DirectoryFilter];
    return v instanceof Date ? v.toISOString() : (v ?? null);
  });
  return JSON.stringify([parts, page.limit, page.after]);
}

/** Speeds fast enough for an urgency (the finder's urgency fit is 1 for these). */
export const SPEEDS_FOR_URGENCY: Record<Urgency, ResponseSpeed[]> = {
  IMMEDIATE: ['HOURS'],
  URGENT: ['HOURS', 'DAYS'],
  PLANNED: ['HOURS', 'DAYS', 'WEEKS'],
  PREVENTIVE: ['HOURS', 'DAYS', 'WEEKS', 'MONTHS', 'UNKNOWN'],
};

export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const countryArgs = (alias: string) => `${alias}.code, ${alias}.memberships`;
const eligibleArgs = (alias: string) => `${alias}.code, ${alias}.memberships, ${alias}.procedures, ${alias}.instruments, ${alias}.un_member`;

/** SQL: the offer `o` applies in the country `c` (its coverage and its jurisdiction rules). */
export const offerAppliesIn = (o: string, c: string) =>
  `directory_covers(${o}.coverage, ${countryArgs(c)}) AND directory_eligible(${o}.eligibility, ${eligibleArgs(c)})`;

/** The tsquery of a search text: every configuration's reading of it, OR-ed. */
export function tsQuery(p: Params, search: string): string {
  const q = p.add(search);
  return '(' + SEARCH_CONFIG_LIST.map((c) => `websearch_to_tsquery('${c}', ${q})`).join(' || ') + ')';
}

export function whereOf(f: DirectoryFilter, p: Params): string {
  const where: string[] = [];
  if (!f.includeArchived) where.push('r.archived_at IS NULL');
  if (f.kinds?.length) where.push(`r.kind = ANY(${p.add(f.kinds)})`);
  if (f.status?.length) where.push(`r.status = ANY(${p.add(f.status)})`);
  if (f.issuer) where.push(`r.issuer = ${p.add(f.issuer)}`);
  if (f.verifiedSince) where.push(`r.verified_on >= ${p.add(f.verifiedSince)}::date`);
  if (f.modifiedSince) where.push(`r.updated_at >= ${p.add(f.modifiedSince)}`);
  if (f.language) {
    const lang = p.add(f.language);
    where.push(`(${lang} = ANY(r.languages) OR EXISTS (SELECT 1 FROM directory_contact_channel ch WHERE ch.record_id = r.id AND ${lang} = ANY(ch.languages)))`);
  }
  if (f.system) {
    const s = p.add(f.system);
    where.push(
      `(r.system = ${s} OR r.coverage->'systems' @> jsonb_build_array(${s}::text)
        OR r.eligibility @> jsonb_build_array(jsonb_build_object('rule', 'MEMBER_OF', 'system', ${s}::text))
        OR EXISTS (SELECT 1 FROM directory_offer so WHERE so.record_id = r.id AND so.coverage->'systems' @> jsonb_build_array(${s}::text))
        OR r.issuer = ${s}
        OR EXISTS (SELECT 1 FROM country ic WHERE ic.code = r.issuer AND (${s} = ANY(ic.memberships) OR (${s} = 'UN' AND ic.un_member))))`,
    );
  }
  let country = '';
  if (f.country) {
    country = p.add(f.country);
    where.push(
      `EXISTS (SELECT 1 FROM country c WHERE c.code = ${country}
        AND directory_covers(r.coverage, ${countryArgs('c')}) AND directory_eligible(r.eligibility, ${eligibleArgs('c')}))`,
    );
  }
  const offer: string[] = [];
  if (f.serviceKind) offer.push(`o.kind = ${p.add(f.serviceKind)}`);
  if (f.risk) offer.push(`${p.add(f.risk)} = ANY(o.risks)`);
  if (f.profile) offer.push(`(o.profiles = '{}' OR ${p.add(f.profile)} = ANY(o.profiles))`);
  if (f.urgency) offer.push(`o.speed = ANY(${p.add(SPEEDS_FOR_URGENCY[f.urgency])})`);
  if (f.country) offer.push(offerAppliesIn('o', 'oc'));
  if (offer.length > 0) {
    const join = f.country ? ` JOIN country oc ON oc.code = ${country}` : '';
    where.push(`EXISTS (SELECT 1 FROM directory_offer o${join} WHERE o.record_id = r.id AND ${offer.join(' AND ')})`);
  }
  if (f.search) where.push(`r.search @@ ${tsQuery(p, f.search)}`);
  return where.length ? where.join(' AND ') : 'true';
}

/** The lists' ordering: relevance when searching (else 0 for all), then kind and slug (unique). */
export const LIST_ORDER: readonly SortKey[] = [
  { sql: 'rank', type: 'real', desc: true },
  { sql: 'kind', type: 'text' },
  { sql: 'slug', type: 'text' },
];

/**
 * One statement: the page's ids and sort keys (ranked by relevance when searching, else by kind
 * and slug), one more than the page when there is a next one, and the total number of matches.
 */
export function pageQuery(f: DirectoryFilter, page: Page): { sql: string; params: unknown[] } {
  const p = new Params();
  const where = whereOf(f, p);
  const rank = f.search ? `ts_rank(r.search, ${tsQuery(p, f.search)})` : '0';
  const after = keysetCondition(LIST_ORDER, page, (v) => p.add(v)) ?? 'true';
  const sql = `
    WITH m AS (SELECT r.id, r.kind, r.slug, (${rank})::real AS rank FROM directory_record r WHERE ${where})
    SELECT (SELECT count(*)::int FROM m) AS total, pg.id, pg.rank, pg.kind, pg.slug
    FROM (SELECT 1) AS one
    LEFT JOIN (SELECT id, rank, kind, slug FROM m WHERE ${after} ORDER BY ${orderByOf(LIST_ORDER)} LIMIT ${p.add(page.limit + 1)}) pg ON true
    ORDER BY ${orderByOf(LIST_ORDER.map((k) => ({ ...k, sql: `pg.${k.sql}` })))}`;
  return { sql, params: p.values };
}

/**
 * The directory export for researchers and directory tools: JSON in Open Referral HSDS 3.0
 * shapes (organization, service, language, phone, service_area) and CSV, one row per offer.
 * The same filters as the API, as query parameters; with `modifiedSince`, records archived
 * since then come as tombstones (id and archival time only), so an offline copy can sync
 * deletions without the export publishing what was taken down.
 */
import { createHash } from 'node:crypto';
import { badRequest, type Route, type RouteResponse } from '../../shared/route';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { localeFromAcceptLanguage, type LocalizedText } from '../taxonomy/localized';
import {
  DEFENDER_PROFILES,
  LOCALES,
  MECHANISM_SYSTEMS,
  RECORD_STATUSES,
  RISK_TYPES,
  SERVICE_KINDS,
  URGENCIES,
  type Locale,
  type RecordStatus,
} from '../taxonomy/values';
import { RECORD_KINDS } from './directory.entity';
import type { DirectoryService } from './directory.service';
import type { StoredRecord } from './directory.store';
import { toFilter, type DirectoryFilter } from './directory.filter';
import type { Coverage } from './seed-schema';

export const EXPORT_FORMAT = 'protection-atlas/directory-export/v1';

const list = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()))
    .pipe(z.array(z.enum(values)).min(1));

const exportParams = z
  .object({
    kinds: list(RECORD_KINDS),
    country: z.string(),
    system: z.enum(MECHANISM_SYSTEMS),
    issuer: z.string(),
    risk: z.enum(RISK_TYPES),
    serviceKind: z.enum(SERVICE_KINDS),
    profile: z.enum(DEFENDER_PROFILES),
    language: z.string(),
    urgency: z.enum(URGENCIES),
    status: list(RECORD_STATUSES),
    verifiedSince: z.string(),
    modifiedSince: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
    search: z.string(),
    locale: z.enum(LOCALES),
  })
  .partial()
  .strict();

/** Query parameters to a filter and a locale; BAD_USER_INPUT naming the parameter otherwise. */
export function parseExportQuery(query: Record<string, unknown>, acceptLanguage: string | undefined): { filter: DirectoryFilter; locale: Locale } {
  for (const [key, value] of Object.entries(query)) {
    if (typeof value !== 'string') throw badParam(key, 'must be given once');
    // PostgreSQL cannot take a NUL in text; its error would quote the value.
    if (value.includes('\0')) throw badParam(key, 'must not contain a NUL character');
  }
  const parsed = exportParams.safeParse(query);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.code === 'unrecognized_keys' ? issue.keys[0] : String(issue.path[0]);
    throw badParam(field, issue.code === 'unrecognized_keys' ? 'is not a known parameter' : issue.message);
  }
  const { locale, ...rest } = parsed.data;
  const filter = toFilter(rest);
  if (filter.modifiedSince) filter.includeArchived = true;
  return { filter, locale: locale ?? localeFromAcceptLanguage(acceptLanguage) };
}

const badParam = (field: string, problem: string) => new AppError('BAD_USER_INPUT', `${field}: ${problem}`, { field });

/** A stable UUID-shaped id for rows that have none of their own (languages, phones, service areas). */
function childId(...parts: string[]): string {
  const h = createHash('sha1').update(parts.join('/')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const pick = (t: LocalizedText | null | undefined, locale: Locale) => (t ? (t[locale] ?? t.en) : null);

// HSDS has no 'uncertain' status: such a service is still listed as active, and its alert says why to check first.
const HSDS_STATUS: Record<RecordStatus, string> = { ACTIVE: 'active', UNCERTAIN: 'active', PAUSED: 'temporarily closed', CLOSED: 'defunct' };

function serviceAreas(serviceId: string, coverage: Coverage | null) {
  if (!coverage) return [];
  const area = (name: string, extent: string) => ({
    id: childId(serviceId, 'area', name),
    service_id: serviceId,
    name,
    extent,
    extent_type: 'other',
    description: null,
    uri: null,
  });
  const excluded = [...coverage.excludeSystems, ...coverage.excludeCountries];
  const except = excluded.length ? ` except ${excluded.join(', ')}` : '';
  return [
    ...(coverage.global ? [area(`Worldwide${except}`, 'global')] : []),
    ...coverage.systems.map((s) => area(`Members of ${s}${except}`, `system:${s}`)),
    ...coverage.countries.map((c) => area(c, `country:${c}`)),
  ];
}

/** One directory record as an HSDS organization with its offers as services. */
export function toHsds(s: StoredRecord, locale: Locale) {
  const r = s.record;
  const email = s.channels.find((c) => (c.kind === 'EMAIL' || c.kind === 'SECURE_EMAIL') && c.value);
  const phones = (owner: { organization_id?: string; service_id?: string }, ownerId: string) =>
    s.channels
      .filter((c) => (c.kind === 'PHONE' || c.kind === 'HOTLINE') && c.value)
      .map((c) => ({
        id: childId(ownerId, 'phone', String(c.position)),
        ...owner,
        number: c.value,
        type: 'voice',
        description: pick(c.label, locale) ?? c.hours,
        languages: c.languages.map((code) => ({ id: childId(ownerId, 'phone', String(c.position), code), code })),
      }));
  return {
    id: r.id,
    name: pick(r.name, locale),
    alternate_name: r.acronym,
    description: pick(r.summary, locale),
    email: email?.value ?? null,
    website: r.website ?? r.details.documentUrl ?? null,
    phones: phones({ organization_id: r.id }, r.id),
    services: s.offers.map((o) => ({
      id: o.id,
      organization_id: r.id,
      name: pick(o.name, locale),
      description: pick(o.description, locale),
      url: r.website,
      email: email?.value ?? null,
      status: HSDS_STATUS[r.status === 'ACTIVE' ? o.status : r.status],
      alert: pick(o.alert ?? r.alert, locale),
      application_process: o.steps.map((t) => pick(t, locale)).join('\n') || null,
      eligibility_description: o.requirements.map((t) => pick(t, locale)).join('\n') || null,
      assured_date: r.verifiedOn,
      last_modified: r.updatedAt.toISOString(),
      languages: [...new Set([...r.languages, ...s.channels.flatMap((c) => c.languages)])].map((code) => ({
        id: childId(o.id, 'language', code),
        service_id: o.id,
        code,
      })),
      service_areas: serviceAreas(o.id, o.coverage ?? r.coverage),
      phones: phones({ service_id: o.id }, o.id),
      // What HSDS has no place for, under one extension key.
      x_protection_atlas: { slug: o.slug, kind: o.kind, risks: o.risks, profiles: o.profiles, speed: o.speed, eligibility: o.eligibility },
    })),
    x_protection_atlas: {
      kind: r.kind,
      slug: r.slug,
      status: r.status,
      alert: pick(r.alert, locale),
      verified_on: r.verifiedOn,
      updated_at: r.updatedAt.toISOString(),
      archived: r.archivedAt !== null,
      sources: r.sources,
      eligibility: r.eligibility,
      system: r.system,
      issuer: r.issuer,
    },
  };
}

export const CSV_COLUMNS = [
  'record_id',
  'record_kind',
  'record_slug',
  'record_name',
  'record_status',
  'offer_slug',
  'offer_kind',
  'offer_name',
  'offer_status',
  'risks',
  'profiles',
  'speed',
  'languages',
  'website',
  'verified_on',
  'updated_at',
  'archived',
  'archived_at',
  'sources',
] as const;

/** An archived record as a sync client needs it: which one, and since when. Nothing else is published. */
export function tombstone(r: StoredRecord['record']) {
  return { id: r.id, archived_at: r.archivedAt!.toISOString() };
}

// Spreadsheets run a cell that starts with one of these as a formula (CSV injection): OWASP's
// remedy is a leading single quote, which shows the text as written.
const FORMULA_START = /^[=+\-@\t\r]/;
export const neutraliseCell = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/** One CSV row per offer, one tombstone row per archived record; lists joined with "; ". */
export function toCsv(records: StoredRecord[], locale: Locale): string {
  const tombstoneRow = (r: StoredRecord['record']) =>
    CSV_COLUMNS.map((c) => (c === 'record_id' ? r.id : c === 'archived' ? 'true' : c === 'archived_at' ? tombstone(r).archived_at : ''));
  const rows = records.flatMap(({ record: r, offers, channels }) =>
    r.archivedAt
      ? [tombstoneRow(r)]
      : offers.map((o) => [
          r.id,
          r.kind,
          r.slug,
          pick(r.name, locale),
          r.status,
          o.slug,
          o.kind,
          pick(o.name, locale),
          o.status,
          o.risks.join('; '),
          o.profiles.join('; '),
          o.speed,
          [...new Set([...r.languages, ...channels.flatMap((c) => c.languages)])].join('; '),
          r.website ?? '',
          r.verifiedOn,
          r.updatedAt.toISOString(),
          'false',
          '',
          r.sources.map((s) => s.url).join('; '),
        ]),
  );
  return stringify([[...CSV_COLUMNS], ...rows.map((row) => row.map((cell) => neutraliseCell(cell ?? '')))]);
}

/** The query string as parseExportQuery reads it: a repeated parameter becomes a list (and is refused). */
function queryRecord(query: URLSearchParams): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    record[key] = values.length === 1 ? values[0] : values;
  }
  return record;
}

/** GET /export/directory.json and /export/directory.csv. */
export function directoryExportRoutes(directory: DirectoryService): Route[] {
  const handle =
    (format: 'json' | 'csv') =>
    async (_params: unknown, query: URLSearchParams, headers: { 'accept-language'?: string }): Promise<RouteResponse> => {
      let parsed: ReturnType<typeof parseExportQuery>;
      try {
        parsed = parseExportQuery(queryRecord(query), headers['accept-language']);
      } catch (err) {
        if (err instanceof AppError && err.extensions.code === 'BAD_USER_INPUT') return badRequest(err.message, err.extensions);
        throw err;
      }
      const { stored } = await directory.exportRecords(parsed.filter);
      const live = stored.filter((s) => !s.record.archivedAt);
      if (format === 'csv') {
        return {
          status: 200,
          headers: {
            'content-language': parsed.locale,
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition': 'attachment; filename="directory.csv"',
          },
          body: toCsv(stored, parsed.locale),
        };
      }
      return {
        status: 200,
        headers: { 'content-language': parsed.locale },
        body: {
          format: EXPORT_FORMAT,
          hsds_version: '3.0',
          generated_at: new Date().toISOString(),
          locale: parsed.locale,
          total_items: live.length,
          organizations: live.map((s) => toHsds(s, parsed.locale)),
          // Only with modifiedSince (archived records are not exported otherwise).
          archived: stored.filter((s) => s.record.archivedAt).map((s) => tombstone(s.record)),
        },
      };
    };
  return [
    { method: 'GET', path: '/export/directory.json', handler: handle('json') },
    { method: 'GET', path: '/export/directory.csv', handler: handle('csv') },
  ];
}

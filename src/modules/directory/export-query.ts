/**
 * The export's query parameters (the API's filters, a locale, modifiedSince for syncing), checked
 * without any HTTP framework: the flat CSV and the HSDS exports share them.
 */
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { localeFromAcceptLanguage } from '../taxonomy/localized';
import { DEFENDER_PROFILES, LOCALES, MECHANISM_SYSTEMS, RECORD_STATUSES, RISK_TYPES, SERVICE_KINDS, URGENCIES, type Locale } from '../taxonomy/values';
import { RECORD_KINDS } from './directory.entity';
import { toFilter, type DirectoryFilter } from './directory.filter';

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

/** URLSearchParams as the export's parser takes them: a repeated parameter as an array (refused there). */
export function queryRecord(query: URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(query.keys())) {
    const all = query.getAll(key);
    out[key] = all.length === 1 ? all[0] : all;
  }
  return out;
}

/**
 * The HSDS 3.0 API's handlers, free of any HTTP framework: each takes the path parameters, the
 * query string, the public base URL (for the links of `/`) and Accept-Language, and returns
 * `{ status, body, headers }`; `hsdsRoutes` and `hsdsExportRoutes` give them to src/http/app.ts
 * as the app's framework-neutral routes (src/shared/route.ts).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { LOCALES, DEFAULT_LOCALE, type Locale } from '../../shared/locales';
import {
  COUNTRY_TAXONOMY,
  DEFAULT_PER_PAGE,
  HSDS_VERSION,
  MAX_PER_PAGE,
  reaches,
  taxonomyId,
  organizationBasic,
  organizationView,
  serviceBasic,
  type HsdsDataset,
  type HsdsObject,
} from './hsds.core';
import { hsdsOpenApi } from './openapi';
import { isHsdsTable, tableCsv, tableRows, tabularDataPackage } from './tabular';
import { parseExportQuery, queryRecord } from '../directory/export-query';
import type { DirectoryFilter } from '../directory/directory.filter';
import { AppError } from '../../shared/errors';
import { badRequest, notFound, type Route, type RouteResponse } from '../../shared/route';

interface HsdsRequest {
  params: Record<string, string>;
  query: URLSearchParams;
  /** The public origin and path prefix of the API, e.g. `https://atlas.example/hsds` (for the links of `/`). */
  baseUrl: string;
  /** The Accept-Language header, which the export honours when no `locale` parameter is given. */
  acceptLanguage?: string;
}

interface HsdsRoute {
  /** Relative to the mount point, with `:id` for the path parameter. */
  path: string;
  handle(req: HsdsRequest): Promise<RouteResponse>;
}

/** A table of HSDS routes as the app's GET routes under `prefix`; `/` answers with and without the trailing slash. */
function mountedAt(prefix: string, routes: readonly HsdsRoute[]): Route[] {
  return routes.flatMap((route) => {
    const handler: Route['handler'] = (params, query, headers, origin) =>
      route.handle({ params, query, baseUrl: `${origin}${prefix}`, acceptLanguage: headers['accept-language'] });
    const paths = route.path === '/' ? [prefix, `${prefix}/`] : [`${prefix}${route.path}`];
    return paths.map((path) => ({ method: 'GET' as const, path, handler }));
  });
}

export interface HsdsSource {
  dataset(locale: Locale, filter?: DirectoryFilter): Promise<HsdsDataset>;
}

class BadParameter extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
  }
}

const json = (status: number, body: unknown, locale?: Locale): RouteResponse => ({
  status,
  body,
  headers: { 'content-type': 'application/json; charset=utf-8', ...(locale ? { 'content-language': locale } : {}) },
});

// The message names the parameter and the rule, never the value (it may be anything a client typed).
const badParameter = (e: BadParameter) => json(400, { errors: [{ message: e.message, extensions: { code: 'BAD_USER_INPUT', field: e.field } }] });

type Kind = 'int' | 'bool' | 'text' | 'datetime' | 'locale' | 'format';
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** Checks the query against the parameters a route takes; returns them by name (strings, numbers, booleans, dates). */
export function parseQuery(query: URLSearchParams, allowed: Record<string, Kind>): Record<string, string | number | boolean | Date> {
  const out: Record<string, string | number | boolean | Date> = {};
  for (const key of new Set(query.keys())) {
    const kind = allowed[key];
    if (!kind) throw new BadParameter(key, 'is not a parameter of this endpoint');
    const values = query.getAll(key);
    if (values.length > 1) throw new BadParameter(key, 'must be given once');
    const v = values[0];
    if (v.length > 200) throw new BadParameter(key, 'must be at most 200 characters');
    if (v.includes('\0')) throw new BadParameter(key, 'must not contain a NUL character');
    switch (kind) {
      case 'int':
        if (!/^[1-9]\d{0,8}$/.test(v)) throw new BadParameter(key, 'must be a positive integer');
        out[key] = Number(v);
        break;
      case 'bool':
        if (v !== 'true' && v !== 'false') throw new BadParameter(key, 'must be true or false');
        out[key] = v === 'true';
        break;
      case 'datetime': {
        const t = new Date(v.length === 10 ? `${v}T00:00:00Z` : v);
        if (!ISO_DATETIME.test(v) || Number.isNaN(t.getTime())) throw new BadParameter(key, 'must be an ISO 8601 date or date-time with a time zone');
        out[key] = t;
        break;
      }
      case 'locale':
        if (!(LOCALES as readonly string[]).includes(v)) throw new BadParameter(key, `must be one of ${LOCALES.join(', ')}`);
        out[key] = v;
        break;
      case 'format':
        if (v !== 'json') throw new BadParameter(key, 'must be json (the only format served)');
        out[key] = v;
        break;
      default:
        out[key] = v;
    }
  }
  if (typeof out.per_page === 'number' && out.per_page > MAX_PER_PAGE) throw new BadParameter('per_page', `must be at most ${MAX_PER_PAGE}`);
  return out;
}

/** The spec's Page: contents plus counts; a page past the end is empty, not an error. */
export function paginate<T>(items: readonly T[], page = 1, perPage = DEFAULT_PER_PAGE) {
  const totalPages = Math.ceil(items.length / perPage);
  const contents = items.slice((page - 1) * perPage, page * perPage);
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

const PAGING = { page: 'int', per_page: 'int', format: 'format', locale: 'locale' } as const;

const matches = (search: unknown, ...texts: unknown[]) => {
  if (typeof search !== 'string' || !search.trim()) return true;
  const needle = search.trim().toLocaleLowerCase();
  return texts.some((t) => typeof t === 'string' && t.toLocaleLowerCase().includes(needle));
};

const hasTerm = (o: HsdsObject, pred: (termId: string, taxonomyId: string | undefined) => boolean): boolean => {
  const attrs = (o.attributes as HsdsObject[] | undefined) ?? [];
  if (attrs.some((a) => pred(a.taxonomy_term_id as string, (a.taxonomy_term as HsdsObject | undefined)?.taxonomy_id as string | undefined))) return true;
  return ((o.service_areas as HsdsObject[] | undefined) ?? []).some((a) => hasTerm(a, pred));
};

async function profileText(): Promise<string | null> {
  try {
    return await fs.readFile(path.join(process.cwd(), 'docs', 'hsds.md'), 'utf8');
  } catch {
    return null;
  }
}

/** The routes of the HSDS API, under `/hsds`. */
export function hsdsRoutes(source: HsdsSource): Route[] {
  /** Runs a handler with its query checked; a bad parameter is a 400 naming it. */
  const route =
    (allowed: Record<string, Kind>, fn: (q: ReturnType<typeof parseQuery>, req: HsdsRequest, locale: Locale) => Promise<RouteResponse>) =>
    async (req: HsdsRequest): Promise<RouteResponse> => {
      let q: ReturnType<typeof parseQuery>;
      try {
        q = parseQuery(req.query, allowed);
      } catch (e) {
        if (e instanceof BadParameter) return badParameter(e);
        throw e;
      }
      const locale = (q.locale as Locale | undefined) ?? DEFAULT_LOCALE;
      return fn(q, req, locale);
    };
  const byId = (
    list: (d: HsdsDataset) => HsdsObject[],
    view: (o: HsdsObject, q: ReturnType<typeof parseQuery>) => HsdsObject,
    extra: Record<string, Kind> = {},
  ) =>
    route({ locale: 'locale', ...extra }, async (q, req, locale) => {
      const found = list(await source.dataset(locale)).find((o) => o.id === req.params.id);
      return found ? json(200, view(found, q), locale) : notFound;
    });

  return mountedAt('/hsds', [
    {
      path: '/',
      handle: route({}, async (_q, req) => json(200, { version: HSDS_VERSION, profile: `${req.baseUrl}/profile`, openapi_url: `${req.baseUrl}/openapi.json` })),
    },
    { path: '/openapi.json', handle: route({}, async () => json(200, hsdsOpenApi())) },
    {
      path: '/profile',
      handle: route({}, async () => {
        const text = await profileText();
        return text === null ? notFound : { status: 200, body: text, headers: { 'content-type': 'text/markdown; charset=utf-8' } };
      }),
    },
    {
      path: '/organizations',
      handle: route({ ...PAGING, search: 'text', full: 'bool', full_service: 'bool' }, async (q, _req, locale) => {
        const d = await source.dataset(locale);
        const hits = d.organizations.filter((o) => matches(q.search, o.name, o.alternate_name, o.description));
        const page = paginate(hits, q.page as number | undefined, q.per_page as number | undefined);
        const view = (o: HsdsObject) => (q.full ? organizationView(o, q.full_service === true) : organizationBasic(o));
        return json(200, { ...page, contents: page.contents.map(view) }, locale);
      }),
    },
    {
      path: '/organizations/:id',
      handle: byId(
        (d) => d.organizations,
        (o, q) => organizationView(o, q.full_service === true),
        { full_service: 'bool' },
      ),
    },
    {
      path: '/services',
      handle: route(
        { ...PAGING, search: 'text', full: 'bool', taxonomy_term_id: 'text', taxonomy_id: 'text', organization_id: 'text', modified_after: 'datetime' },
        async (q, _req, locale) => {
          const d = await source.dataset(locale);
          const after = q.modified_after as Date | undefined;
          // A country term matches where the service applies, worldwide services included.
          const country = q.taxonomy_term_id
            ? d.taxonomyTerms.find((t) => t.id === q.taxonomy_term_id && t.taxonomy_id === taxonomyId(COUNTRY_TAXONOMY.key))
            : undefined;
          const hits = d.services.filter(
            (s) =>
              matches(q.search, s.name, s.alternate_name, s.description) &&
              (!q.taxonomy_term_id || (country ? reaches(d.reach.get(s.id as string), country.code as string) : hasTerm(s, (t) => t === q.taxonomy_term_id))) &&
              (!q.taxonomy_id || hasTerm(s, (_t, tx) => tx === q.taxonomy_id)) &&
              (!q.organization_id || s.organization_id === q.organization_id) &&
              (!after || new Date(s.last_modified as string) >= after),
          );
          const page = paginate(hits, q.page as number | undefined, q.per_page as number | undefined);
          return json(200, { ...page, contents: page.contents.map((s) => (q.full ? s : serviceBasic(s))) }, locale);
        },
      ),
    },
    {
      path: '/services/:id',
      handle: byId(
        (d) => d.services,
        (s) => s,
      ),
    },
    {
      path: '/taxonomies',
      handle: route({ ...PAGING, search: 'text' }, async (q, _req, locale) => {
        const d = await source.dataset(locale);
        const hits = d.taxonomies.filter((t) => matches(q.search, t.name, t.description));
        return json(200, paginate(hits, q.page as number | undefined, q.per_page as number | undefined), locale);
      }),
    },
    {
      path: '/taxonomies/:id',
      handle: byId(
        (d) => d.taxonomies,
        (t) => t,
      ),
    },
    {
      path: '/taxonomy_terms',
      handle: route({ ...PAGING, search: 'text', taxonomy_id: 'text', top_only: 'bool', parent_id: 'text' }, async (q, _req, locale) => {
        const d = await source.dataset(locale);
        // The profile's taxonomies are flat: every term is a top term, none has a parent.
        const hits = d.taxonomyTerms.filter(
          (t) =>
            matches(q.search, t.code, t.name, t.description) &&
            (!q.taxonomy_id || t.taxonomy_id === q.taxonomy_id) &&
            (!q.parent_id || t.parent_id === q.parent_id),
        );
        return json(200, paginate(hits, q.page as number | undefined, q.per_page as number | undefined), locale);
      }),
    },
    {
      path: '/taxonomy_terms/:id',
      handle: byId(
        (d) => d.taxonomyTerms,
        (t) => t,
      ),
    },
  ]);
}

/**
 * The export's HSDS forms, mounted under /export with the directory filters as parameters:
 * `directory.json` (the JSON data package: an array of fully nested organizations, as
 * organization_package.json) and `hsds/<table>.csv` with `hsds/datapackage.json` (tabular).
 */
export function hsdsExportRoutes(source: HsdsSource): Route[] {
  const exporting =
    (fn: (d: () => Promise<HsdsDataset>, req: HsdsRequest, locale: Locale) => Promise<RouteResponse>) =>
    async (req: HsdsRequest): Promise<RouteResponse> => {
      let parsed: ReturnType<typeof parseExportQuery>;
      try {
        parsed = parseExportQuery(queryRecord(req.query), req.acceptLanguage);
      } catch (e) {
        if (e instanceof AppError && e.extensions.code === 'BAD_USER_INPUT') return badRequest(e.message, e.extensions);
        throw e;
      }
      return fn(() => source.dataset(parsed.locale, parsed.filter), req, parsed.locale);
    };
  return mountedAt('/export', [
    {
      path: '/directory.json',
      handle: exporting(async (d, _req, locale) => {
        const res = json(
          200,
          (await d()).organizations.map((o) => organizationView(o, true)),
          locale,
        );
        res.headers!['content-disposition'] = 'attachment; filename="directory.json"';
        return res;
      }),
    },
    { path: '/hsds/datapackage.json', handle: exporting(async (_d, _req, locale) => json(200, tabularDataPackage(locale), locale)) },
    {
      path: '/hsds/:file',
      handle: exporting(async (d, req, locale) => {
        const table = req.params.file.replace(/\.csv$/, '');
        if (!req.params.file.endsWith('.csv') || !isHsdsTable(table)) return notFound;
        const rows = tableRows(await d())[table];
        return {
          status: 200,
          body: tableCsv(table, rows),
          headers: { 'content-type': 'text/csv; charset=utf-8', 'content-language': locale, 'content-disposition': `attachment; filename="${table}.csv"` },
        };
      }),
    },
  ]);
}

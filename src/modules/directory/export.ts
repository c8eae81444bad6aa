/**
 * The directory export's flat CSV (one row per offer) and the parameters every export takes
 * (the HSDS forms, directory.json and the HSDS tables, are served by the hsds module).
 * The same filters as the API, as query parameters; with `modifiedSince`, records archived
 * since then come as tombstones (id and archival time only), so an offline copy can sync
 * deletions without the export publishing what was taken down.
 */
import { stringify } from 'csv-stringify/sync';
import { AppError } from '../../shared/errors';
import { badRequest, type Route } from '../../shared/route';
import type { LocalizedText } from '../taxonomy/localized';
import type { Locale } from '../taxonomy/values';
import type { DirectoryService } from './directory.service';
import type { StoredRecord } from './directory.store';
import { parseExportQuery, queryRecord } from './export-query';
import { neutraliseCell } from '../hsds/tabular';

const pick = (t: LocalizedText | null | undefined, locale: Locale) => (t ? (t[locale] ?? t.en) : null);

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

/**
 * GET /export/directory.csv: one row per offer, one tombstone row per archived record (with
 * modifiedSince). The HSDS forms (directory.json, hsds/<table>.csv) are the hsds module's.
 */
export function directoryExportRoutes(directory: DirectoryService): Route[] {
  return [
    {
      method: 'GET',
      path: '/export/directory.csv',
      handler: async (_params, query, headers) => {
        let parsed: ReturnType<typeof parseExportQuery>;
        try {
          parsed = parseExportQuery(queryRecord(query), headers['accept-language']);
        } catch (err) {
          if (err instanceof AppError && err.extensions.code === 'BAD_USER_INPUT') return badRequest(err.message, err.extensions);
          throw err;
        }
        const { stored } = await directory.exportRecords(parsed.filter);
        return {
          status: 200,
          headers: {
            'content-language': parsed.locale,
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition': 'attachment; filename="directory.csv"',
          },
          body: toCsv(stored, parsed.locale),
        };
      },
    },
  ];
}

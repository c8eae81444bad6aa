/**
 * HSDS's tabular format: one CSV per table, with the columns Open Referral's datapackage.json
 * (v3.0) gives each table, and a datapackage.json listing the tables this profile fills.
 */
import { stringify } from 'csv-stringify/sync';
import type { HsdsDataset, HsdsObject } from './hsds.core';
import { HSDS_TABLES } from './columns';

export type HsdsTable = keyof typeof HSDS_TABLES;
export const isHsdsTable = (name: string): name is HsdsTable => Object.hasOwn(HSDS_TABLES, name);

const arr = (o: HsdsObject, key: string) => (o[key] as HsdsObject[] | undefined) ?? [];

/** The dataset's rows per table: nested objects flattened, each row once. */
export function tableRows(d: HsdsDataset): Record<HsdsTable, HsdsObject[]> {
  const services = d.organizations.flatMap((o) => arr(o, 'services'));
  const programs = d.organizations.flatMap((o) => arr(o, 'programs'));
  const phones = [...d.organizations.flatMap((o) => arr(o, 'phones')), ...services.flatMap((s) => arr(s, 'phones'))];
  const areas = services.flatMap((s) => arr(s, 'service_areas'));
  const attributes = [...d.organizations, ...programs, ...services, ...areas].flatMap((x) => arr(x, 'attributes'));
  return {
    organizations: d.organizations,
    programs,
    services,
    attributes,
    phones,
    contacts: [...d.organizations.flatMap((o) => arr(o, 'contacts')), ...services.flatMap((s) => arr(s, 'contacts'))],
    schedules: services.flatMap((s) => arr(s, 'schedules')),
    service_areas: areas,
    languages: [...services.flatMap((s) => arr(s, 'languages')), ...phones.flatMap((p) => arr(p, 'languages'))],
    taxonomy_terms: d.taxonomyTerms,
    taxonomies: d.taxonomies,
  };
}

// Spreadsheets run a cell that starts with one of these as a formula (CSV injection): OWASP's
// remedy is a leading single quote, which shows the text as written.
const FORMULA_START = /^[=+\-@\t\r]/;
export const neutraliseCell = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/** One table as CSV: a header of the spec's columns, then one row per object (absent values empty). */
export function tableCsv(table: HsdsTable, rows: readonly HsdsObject[]): string {
  const columns = HSDS_TABLES[table];
  const cell = (v: unknown) => (v === undefined || v === null ? '' : neutraliseCell(String(v)));
  return stringify([[...columns], ...rows.map((r) => columns.map((c) => cell(r[c])))]);
}

/** The Frictionless tabular data package describing the CSVs (paths relative to it). */
export function tabularDataPackage(locale: string) {
  return {
    name: 'protection-atlas-hsds',
    title: 'Protection Atlas directory (Open Referral HSDS 3.0)',
    profile: 'tabular-data-package',
    version: '3.0.0',
    language: locale,
    resources: (Object.keys(HSDS_TABLES) as HsdsTable[]).map((t) => ({
      name: t,
      path: `${t}.csv`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      profile: 'tabular-data-resource',
      schema: { primaryKey: 'id', fields: HSDS_TABLES[t].map((name) => ({ name, type: 'string' })) },
    })),
  };
}

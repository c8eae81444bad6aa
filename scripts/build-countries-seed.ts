/**
 * Generates `seeds/geography/countries.yaml` from the maintainers' reference material.
 *
 * The generated YAML is committed; CI never runs this script (it has no /work/shared). Re-run it
 * when the reference CSVs change, review the diff and the report it prints, then commit the YAML.
 *
 * Usage, from the repository root:
 *
 *   rm -rf /tmp/countries-seed && \
 *   npx tsc --outDir /tmp/countries-seed --rootDir . --module commonjs --target ES2022 \
 *     --moduleResolution node --esModuleInterop --resolveJsonModule --skipLibCheck --strict \
 *     scripts/build-countries-seed.ts && \
 *   NODE_PATH="$PWD/node_modules" node /tmp/countries-seed/scripts/build-countries-seed.js \
 *     [--reference /work/shared/reference] [--out seeds/geography/countries.yaml]
 *
 * (NODE_PATH lets the compiled file, which lives outside the repository, find `node_modules`.)
 *
 * Inputs (under --reference, default /work/shared/reference):
 *   - countries-memberships.csv: ISO code, English name, UN membership and EU, CoE, OAS, AU, OSCE,
 *     ASEAN and Arab League membership (corrected for events up to 2025; see its `notes`).
 *   - treaty-ratifications/hr_status_*.csv: a mid-2022 transcription of the UN Treaty Collection
 *     (world-politics-datalab), UN member states only. See treaty-ratifications.md.
 *   - country names in en, fr, es, ar, ru, zh from the `i18n-iso-countries` package.
 *   - scripts/research/acceptances.yaml (in this repository): researched lists and events after the
 *     2022 snapshot (article declarations, regional instruments, denunciations), each with its
 *     dated sources. Applied after the snapshot, so a newer fact replaces an older one.
 *
 * Rules:
 *   - A procedure is written only when the data says something about it; absent means UNKNOWN.
 *     Every fact carries its own as-of date and the id of its source. A list marked `complete`
 *     makes every UN member it does not name NOT_ACCEPTED (for UN procedures) or every country
 *     (for regional instruments); a partial list says nothing of the states it does not name.
 *   - "state party" → ACCEPTED; "signatory state" / "no action" → NOT_ACCEPTED; a row whose note
 *     records a denunciation → NOT_ACCEPTED; a row whose flags contradict its status → left out.
 *   - Every code in the treaty CSVs must be a code of the memberships CSV, a known alias (with the
 *     expected name), or a non-UN row that is reported and dropped; anything else stops the script.
 *
 * Output is deterministic: countries sorted by code, fixed key order, no timestamps.
 */
import * as fs from 'fs';
import * as path from 'path';
import countries from 'i18n-iso-countries';
import { Document, isMap, isSeq, parse, type YAMLSeq } from 'yaml';
import { countriesSeedFile, type AcceptanceFact, type CountriesSeedFile, type CountrySeed, type CountrySource } from '../src/modules/geography/seed-schema';
import { earliestDay, partialDate, source as sourceSchema } from '../src/modules/directory/seed-schema';
import { z } from 'zod';
import {
  LOCALES,
  REGIONAL_INSTRUMENTS,
  REGIONAL_SYSTEMS,
  UN_PROCEDURES,
  type Locale,
  type RegionalInstrument,
  type RegionalSystem,
  type UnProcedure,
} from '../src/modules/taxonomy/values';

// ---------------------------------------------------------------------------------------------
// Fixed facts about the inputs (reviewed by hand; change them only with a source)
// ---------------------------------------------------------------------------------------------

/** The day the reference material below was read to build the seed. */
const READ_ON = '2026-11-21';
/**
 * The date the treaty data describes. In the upstream repository (commit fdb779e, read
 * 2022-08-25) six of the seven CSVs used here were uploaded on 2022-05-29 and
 * hr_status_op_crc_ic.csv on 2022-06-09; the June commits after that only fixed labels
 * ("signatory" → "signatory state"). The data can therefore describe nothing later than
 * 2022-05-29 for most procedures, so that date is used (conservative: anything after it may be missing).
 */
const SNAPSHOT_AS_OF = '2022-05-29';
const SNAPSHOT_SOURCE = 'wpdl-treaties-2022';

const SOURCES: CountrySource[] = [
  {
    id: 'world-countries-2026',
    url: 'https://github.com/mledoze/countries/blob/5e9f370050f83ad2ba4cb885f75d66114badf72c/countries.json',
    title:
      'mledoze/countries (npm world-countries), countries.json at commit 5e9f370 (2026-04-27): ISO 3166-1 codes, names and UN membership (ODbL-1.0; Holy See corrected to non-member)',
    kind: 'SECONDARY',
    access: 'STORED_COPY',
    evidenceOn: '2026-04-27',
    readOn: READ_ON,
  },
  {
    id: 'memberships-2020',
    url: 'https://github.com/dieghernan/Country-Codes-and-International-Organizations/blob/3a7203aa5fa6085ef0f472691c41feb309446272/outputs/CountrycodesOrgs.csv',
    title:
      'dieghernan/Country-Codes-and-International-Organizations, CountrycodesOrgs.csv (data of 29 Jan 2020, CIA World Factbook): EU, CoE, OAS, AU, OSCE, ASEAN and Arab League members, corrected for later events (Russia left the CoE 2022, Nicaragua left the OAS 2023, Syria back in the Arab League 2023, Timor-Leste joined ASEAN 2025)',
    kind: 'SECONDARY',
    access: 'STORED_COPY',
    evidenceOn: '2020-01-29',
    readOn: READ_ON,
  },
  {
    id: SNAPSHOT_SOURCE,
    url: 'https://github.com/world-politics-datalab/humanrights-treaties-ratification-status/tree/fdb779e6a4a121c3024b4a72e72833a448a2b62d',
    title:
      'World Politics Data Lab, humanrights-treaties-ratification-status (CSVs of May-June 2022, commit fdb779e): ratification status of the core UN human rights instruments, UN member states only, transcribed from the UN Treaty Collection',
    kind: 'SECONDARY',
    access: 'STORED_COPY',
    evidenceOn: SNAPSHOT_AS_OF,
    readOn: READ_ON,
  },
  {
    id: 'i18n-iso-countries-7-14',
    url: 'https://github.com/michaelwittig/node-i18n-iso-countries',
    title: 'i18n-iso-countries 7.14.0 (released 2025-07-17): country names in English, French, Spanish, Arabic, Russian, Chinese and Portuguese',
    kind: 'SECONDARY',
    access: 'STORED_COPY',
    evidenceOn: '2025-07-17',
    readOn: READ_ON,
  },
];

const MEMBERSHIP_COLUMNS: Record<RegionalSystem, string> = {
  OAS: 'oas',
  AU: 'african_union',
  COE: 'council_of_europe',
  EU: 'eu',
  OSCE: 'osce',
  ASEAN: 'asean',
  LAS: 'arab_league',
};

/** The procedures the treaty data can answer, and the file that answers each. */
const PROCEDURE_FILES: Partial<Record<UnProcedure, string>> = {
  ICCPR_OP1: 'hr_status_iccpr_op1.csv',
  OP_CEDAW: 'hr_status_op_cedaw.csv',
  OP_ICESCR: 'hr_status_icescr_op.csv',
  OP_CRC_IC: 'hr_status_op_crc_ic.csv',
  OP_CRPD: 'hr_status_op_crpd.csv',
  ICPPED_URGENT_ACTION: 'hr_status_cped.csv', // CED art. 30 urgent action: all ICPPED parties
  ICERD_EARLY_WARNING: 'hr_status_icerd.csv', // CERD early warning: all ICERD parties
};

/** Codes in the treaty CSVs that are not ISO 3166-1 codes, with the name the row must carry. */
const TREATY_CODE_ALIASES: Record<string, { code: string; name: string; why: string }> = {
  TP: { code: 'TL', name: 'East Timor', why: 'TP is the withdrawn pre-2002 code of East Timor; ISO 3166-1 is TL' },
  S: { code: 'SS', name: 'South Sudan', why: 'truncated code for South Sudan (ISO SS)' },
};

/**
 * Treaty-CSV names that differ from the memberships CSV and from i18n-iso-countries' English names,
 * checked by hand to be the same state. A new mismatch is printed as a warning.
 */
const VERIFIED_NAME_VARIANTS: Record<string, string[]> = {
  CD: ['Congo, The Democratic Republic Of The', 'Democratic Republic of Congo'],
  KN: ['St. Kitts And Nevis'],
  LC: ['St. Lucia'],
  SZ: ['Swaziland'],
  TZ: ['Tanzania, United Republic Of'],
  VC: ['St. Vincent And The Grenadines'],
  VN: ['Viet Nam'],
};

// ---------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF, optional BOM. */
export function parseCsv(text: string): Record<string, string>[] {
  const src = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const nonEmpty = rows.filter((r) => !(r.length === 1 && r[0].trim() === ''));
  const [header, ...body] = nonEmpty;
  if (!header) throw new Error('CSV has no header');
  const keys = header.map((h) => h.trim());
  return body.map((r, n) => {
    if (r.length > keys.length) throw new Error(`CSV row ${n + 2} has ${r.length} fields, header has ${keys.length}`);
    return Object.fromEntries(keys.map((k, j) => [k, (r[j] ?? '').trim()]));
  });
}

// ---------------------------------------------------------------------------------------------
// Researched acceptances (scripts/research/acceptances.yaml)
// ---------------------------------------------------------------------------------------------

const procedureName = z.union([z.enum(UN_PROCEDURES), z.enum(REGIONAL_INSTRUMENTS)]);
const code = z.string().regex(/^[A-Z]{2}$/);
const isoDay = partialDate;
const sourcedFact = z.intersection(z.object({ id: z.string().regex(/^[a-z0-9-]+$/) }), sourceSchema);
const acceptancesFile = z
  .object({
    lists: z
      .array(
        z
          .object({
            procedure: procedureName,
            asOf: isoDay,
            /** The sources give the full list: a state not named is not accepting. */
            complete: z.boolean(),
            accepted: z.array(code),
            withdrawn: z.array(z.object({ code, effective: isoDay }).strict()).default([]),
            /** Sources disagree or do not say: left UNKNOWN, whatever older data said. */
            unknown: z.array(code).default([]),
            sources: z.array(sourcedFact).min(1),
            notes: z.string().optional(),
          })
          .strict(),
      )
      .default([]),
    changes: z
      .array(
        z
          .object({
            procedure: procedureName,
            code,
            status: z.enum(['ACCEPTED', 'NOT_ACCEPTED']),
            effective: isoDay,
            event: z.string().min(1),
            sources: z.array(sourcedFact).min(1),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();
type Acceptances = z.infer<typeof acceptancesFile>;

export function loadAcceptances(file: string): Acceptances {
  return acceptancesFile.parse(parse(fs.readFileSync(file, 'utf8')));
}

const isInstrument = (p: string): p is RegionalInstrument => (REGIONAL_INSTRUMENTS as readonly string[]).includes(p);

function setFact(seed: CountrySeed, procedure: UnProcedure | RegionalInstrument, fact: AcceptanceFact | null): void {
  const group = (isInstrument(procedure) ? seed.instruments : seed.procedures) as Record<string, AcceptanceFact>;
  if (fact) group[procedure] = fact;
  else delete group[procedure];
}

/** Applies the researched lists, then the single events, on top of the 2022 snapshot. */
function applyAcceptances(
  data: Acceptances,
  seeds: Map<string, CountrySeed>,
  sources: CountrySource[],
  comment: (code: string, text: string) => void,
  report: Report,
): void {
  const addSources = (list: CountrySource[]): string => {
    for (const s of list) {
      const known = sources.find((x) => x.id === s.id);
      if (known && JSON.stringify(known) !== JSON.stringify(s)) throw new Error(`acceptances: source id ${s.id} is used for two sources`);
      if (!known) sources.push(s);
    }
    return list[0].id;
  };
  const seedOf = (c: string, where: string): CountrySeed => {
    const seed = seeds.get(c);
    if (!seed) throw new Error(`acceptances: ${where}: unknown country ${c}`);
    return seed;
  };
  for (const list of data.lists) {
    const source = addSources(list.sources);
    const named = new Set([...list.accepted, ...list.withdrawn.map((w) => w.code), ...list.unknown]);
    if (named.size !== list.accepted.length + list.withdrawn.length + list.unknown.length) {
      throw new Error(`acceptances: ${list.procedure}: a country is named twice`);
    }
    for (const c of list.accepted) setFact(seedOf(c, list.procedure), list.procedure, { status: 'ACCEPTED', asOf: list.asOf, source });
    for (const w of list.withdrawn) {
      setFact(seedOf(w.code, list.procedure), list.procedure, { status: 'NOT_ACCEPTED', asOf: w.effective, source });
      comment(w.code, `${list.procedure}: withdrawn or denounced, effective ${w.effective} (source ${source})`);
    }
    for (const c of list.unknown) setFact(seedOf(c, list.procedure), list.procedure, null);
    if (list.complete) {
      for (const seed of seeds.values()) {
        if (named.has(seed.code) || (!isInstrument(list.procedure) && !seed.unMember)) continue;
        setFact(seed, list.procedure, { status: 'NOT_ACCEPTED', asOf: list.asOf, source });
      }
    }
    report.acceptances.push(
      `${list.procedure} as of ${list.asOf} (${list.complete ? 'complete' : 'partial'} list, ${source}): ${list.accepted.length} accepted, ${list.withdrawn.length} withdrawn, ${list.unknown.length} unknown`,
    );
  }
  for (const change of data.changes) {
    const seed = seedOf(change.code, change.procedure);
    const current = (isInstrument(change.procedure) ? seed.instruments : seed.procedures)[change.procedure as never] as AcceptanceFact | undefined;
    // A newer list already states the fact: keep its newer date, but two sources must not disagree.
    if (current && current.source !== SNAPSHOT_SOURCE && earliestDay(current.asOf) >= earliestDay(change.effective)) {
      if (current.status !== change.status) {
        throw new Error(
          `acceptances: ${change.code} ${change.procedure}: a list of ${current.asOf} says ${current.status}, a change of ${change.effective} says ${change.status}`,
        );
      }
      continue;
    }
    const source = addSources(change.sources);
    setFact(seed, change.procedure, { status: change.status, asOf: change.effective, source });
    comment(change.code, `${change.procedure}: ${change.event}, effective ${change.effective} (source ${source})`);
    report.acceptances.push(`${change.code} ${change.procedure} → ${change.status} on ${change.effective}: ${change.event} (${source})`);
  }
}

// ---------------------------------------------------------------------------------------------
// Build
// ---------------------------------------------------------------------------------------------

type Status = 'ACCEPTED' | 'NOT_ACCEPTED';
interface Report {
  codeFixes: string[];
  droppedRows: string[];
  missingStates: string[];
  rowFixes: string[];
  leftUnknown: string[];
  nameFallbacks: string[];
  nameWarnings: string[];
  acceptances: string[];
}

function flag(v: string | undefined): '1' | '0' | '' {
  const t = (v ?? '').trim();
  if (t === '1' || t === '0' || t === '') return t;
  throw new Error(`unexpected 0/1 flag ${JSON.stringify(v)}`);
}

/** Reads one treaty row. Returns undefined when the row contradicts itself (the procedure stays UNKNOWN). */
function classify(row: Record<string, string>, where: string, report: Report): Status | undefined {
  const status = row['status'];
  const party = flag(row['state party']);
  const signatory = flag(row['signatory']);
  const noAction = flag(row['no action']);
  const year = row['year ratification or accession'] ?? '';
  const note = row['note'] ?? '';
  const flags = `flags party=${party || '∅'} signatory=${signatory || '∅'} no-action=${noAction || '∅'}, year=${year || '∅'}`;
  if (status === 'state party') {
    if (/denounc/i.test(note)) {
      report.rowFixes.push(`${where}: "state party" but note says "${note}" → NOT_ACCEPTED`);
      return 'NOT_ACCEPTED';
    }
    if (noAction === '1' || (party !== '1' && !/^\d{4}$/.test(year))) {
      report.leftUnknown.push(`${where}: status "state party" contradicts ${flags}${note ? ` (note: ${note})` : ''} → left out (UNKNOWN)`);
      return undefined;
    }
    if (party !== '1') report.rowFixes.push(`${where}: status "state party" with ${flags} → ACCEPTED (status and year agree)`);
    return 'ACCEPTED';
  }
  if (status === 'signatory state' || status === 'no action') {
    if (party === '1') {
      report.leftUnknown.push(`${where}: status "${status}" contradicts ${flags} → left out (UNKNOWN)`);
      return undefined;
    }
    return 'NOT_ACCEPTED';
  }
  throw new Error(`${where}: unknown status ${JSON.stringify(status)}`);
}

const normaliseName = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\bthe\b|\bof\b/g, '')
    .replace(/[^a-z]/g, '');

interface Built {
  file: CountriesSeedFile;
  comments: Map<string, string[]>;
  report: Report;
}

export function build(referenceDir: string, acceptancesFile: string): Built {
  const report: Report = {
    codeFixes: [],
    droppedRows: [],
    missingStates: [],
    rowFixes: [],
    leftUnknown: [],
    nameFallbacks: [],
    nameWarnings: [],
    acceptances: [],
  };
  const comments = new Map<string, string[]>();
  const comment = (code: string, text: string) => comments.set(code, [...(comments.get(code) ?? []), text]);

  for (const locale of LOCALES) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- JSON locale data, loaded per locale
    countries.registerLocale(require(`i18n-iso-countries/langs/${locale}.json`));
  }

  // --- memberships ---
  const memberRows = parseCsv(fs.readFileSync(path.join(referenceDir, 'countries-memberships.csv'), 'utf8'));
  const seeds = new Map<string, CountrySeed>();
  const csvNames = new Map<string, string>();
  for (const r of memberRows) {
    const code = r['iso2'];
    if (!/^[A-Z]{2}$/.test(code)) throw new Error(`memberships: bad code ${JSON.stringify(code)}`);
    if (seeds.has(code)) throw new Error(`memberships: duplicate code ${code}`);
    const bool = (col: string): boolean => {
      const v = flag(r[col]);
      if (v === '') throw new Error(`memberships: ${code} has no value in ${col}`);
      return v === '1';
    };
    const names: Record<string, string> = {};
    for (const locale of LOCALES) {
      const name = countries.getName(code, locale, { select: 'official' });
      if (name) names[locale] = name;
      else {
        names[locale] = r['name'];
        report.nameFallbacks.push(`${code} ${locale}: no i18n-iso-countries name, used "${r['name']}"`);
      }
    }
    csvNames.set(code, r['name']);
    seeds.set(code, {
      code,
      names: names as CountrySeed['names'],
      unMember: bool('un_member'),
      memberships: REGIONAL_SYSTEMS.filter((s) => bool(MEMBERSHIP_COLUMNS[s])),
      procedures: {},
      instruments: {},
      leastDeveloped: null,
    });
    if (r['notes']) comment(code, r['notes']);
  }
  const unMembers = [...seeds.values()].filter((c) => c.unMember).map((c) => c.code);

  // --- treaty ratifications ---
  const treatyDir = path.join(referenceDir, 'treaty-ratifications');
  for (const procedure of UN_PROCEDURES) {
    const file = PROCEDURE_FILES[procedure];
    if (!file) continue;
    const rows = parseCsv(fs.readFileSync(path.join(treatyDir, file), 'utf8'));
    const seen = new Set<string>();
    for (const row of rows) {
      const raw = row['iso2'];
      const name = row['member'];
      let code = raw;
      const alias = TREATY_CODE_ALIASES[raw];
      if (alias) {
        if (name !== alias.name) throw new Error(`${file}: code ${raw} carries "${name}", expected "${alias.name}"`);
        if (seeds.has(raw)) throw new Error(`${file}: alias ${raw} is also a memberships code`);
        code = alias.code;
        report.codeFixes.push(`${file}: ${raw} (${name}) → ${code}: ${alias.why}`);
      }
      const seed = seeds.get(code);
      if (!seed) throw new Error(`${file}: code ${JSON.stringify(raw)} (${name}) is not in the memberships CSV; add an alias or fix the data`);
      if (!seed.unMember) {
        report.droppedRows.push(`${file}: row ${raw} (${name}) dropped: not a UN member per the memberships CSV, and the treaty data covers UN members only`);
        continue;
      }
      if (seen.has(code)) throw new Error(`${file}: ${code} appears twice`);
      seen.add(code);

      const known = [csvNames.get(code)!, ...(countries.getName(code, 'en', { select: 'all' }) ?? []), ...(VERIFIED_NAME_VARIANTS[code] ?? [])];
      if (!alias && !known.some((k) => normaliseName(k) === normaliseName(name))) {
        report.nameWarnings.push(`${file}: ${code} is named "${name}" (memberships CSV: "${csvNames.get(code)}"): check the code`);
      }

      const status = classify(row, `${file} ${code} (${name})`, report);
      if (status) seed.procedures[procedure] = { status, asOf: SNAPSHOT_AS_OF, source: SNAPSHOT_SOURCE };
      else comment(code, `${procedure} left out (UNKNOWN): ${file} row contradicts itself`);
      if (status === 'NOT_ACCEPTED' && /denounc/i.test(row['note'] ?? '')) comment(code, `${procedure}: ${row['note']} (per ${file})`);
    }
    for (const code of unMembers) {
      if (!seen.has(code)) {
        report.missingStates.push(`${file}: UN member ${code} (${csvNames.get(code)}) has no row → ${procedure} left out (UNKNOWN)`);
        comment(code, `${procedure} left out (UNKNOWN): no row in ${file}`);
      }
    }
  }

  const sources = [...SOURCES];
  applyAcceptances(loadAcceptances(acceptancesFile), seeds, sources, comment, report);

  // Stable key order inside each country.
  const ordered = [...seeds.values()]
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((c) => ({
      code: c.code,
      names: Object.fromEntries(LOCALES.filter((l: Locale) => c.names[l]).map((l) => [l, c.names[l]])) as CountrySeed['names'],
      unMember: c.unMember,
      memberships: c.memberships,
      procedures: Object.fromEntries(UN_PROCEDURES.filter((p) => c.procedures[p]).map((p) => [p, c.procedures[p]])),
      instruments: Object.fromEntries(REGIONAL_INSTRUMENTS.filter((p) => c.instruments[p]).map((p) => [p, c.instruments[p]])),
      leastDeveloped: c.leastDeveloped,
    }));

  // The names and memberships sources describe every country; a treaty source stays only if a fact cites it.
  const cited = new Set(ordered.flatMap((c) => [...Object.values(c.procedures), ...Object.values(c.instruments)].map((f) => f!.source)));
  const kept = sources.filter((s) => (s.id !== SNAPSHOT_SOURCE ? SOURCES.includes(s) || cited.has(s.id) : cited.has(s.id)));
  const file = countriesSeedFile.parse({ sources: kept, countries: ordered });
  return { file, comments, report };
}

export function render({ file, comments, report }: Built): string {
  // verifiedOn is derived from the sources on load, so it is not written.
  const doc = new Document({ sources: file.sources, countries: file.countries });
  const header = [
    ' GENERATED FILE: do not edit by hand.',
    ' Written by scripts/build-countries-seed.ts (see its header for the command) from:',
    '   - countries-memberships.csv (ISO codes, English names, UN and regional memberships),',
    '   - treaty-ratifications/hr_status_*.csv (UN Treaty Collection, transcribed by the',
    '     World Politics Data Lab, May-June 2022; UN member states only),',
    '   - i18n-iso-countries (names in en, fr, es, ar, ru, zh, pt).',
    '   - scripts/research/acceptances.yaml (researched lists and later events, each with dated sources).',
    ' A procedure missing from `procedures` or an instrument missing from `instruments` is UNKNOWN.',
    ' Each fact says the date it describes (asOf) and the id of its source.',
    ' `leastDeveloped` is null: no sourced UN LDC list was applied.',
  ];
  const fixes = [...new Set(report.codeFixes.map((f) => f.replace(/^[^:]+: /, '')))];
  if (fixes.length) header.push(' Treaty-data code fixes: ' + fixes.join('; ') + '.');
  for (const d of report.droppedRows) header.push(' Dropped: ' + d + '.');
  doc.commentBefore = header.join('\n');

  const list = doc.get('countries', true);
  if (!isSeq(list)) throw new Error('countries is not a sequence');
  for (const item of (list as YAMLSeq).items) {
    if (!isMap(item)) continue;
    const code = item.get('code') as string;
    // One line per fact: { status, asOf, source }.
    for (const group of ['procedures', 'instruments']) {
      const facts = item.get(group, true);
      if (isMap(facts)) for (const pair of facts.items) if (isMap(pair.value)) pair.value.flow = true;
    }
    const notes = comments.get(code);
    if (notes) item.commentBefore = notes.map((n) => ' ' + n).join('\n');
  }
  return doc.toString({
    lineWidth: 0,
    indent: 2,
    indentSeq: true,
    defaultStringType: 'QUOTE_DOUBLE', // so codes such as NO never read as booleans under YAML 1.1
    defaultKeyType: 'PLAIN',
  });
}

function main(argv: string[]): void {
  const arg = (name: string, fallback: string): string => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
  };
  const referenceDir = path.resolve(arg('--reference', '/work/shared/reference'));
  const acceptances = path.resolve(arg('--acceptances', 'scripts/research/acceptances.yaml'));
  const out = path.resolve(arg('--out', 'seeds/geography/countries.yaml'));
  const built = build(referenceDir, acceptances);
  const yamlText = render(built);

  // Round-trip: what was written must read back to the same validated data.
  const reread = countriesSeedFile.parse(parse(yamlText));
  if (JSON.stringify(reread) !== JSON.stringify(built.file)) throw new Error('YAML round-trip changed the data');

  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, yamlText);

  const c = built.file.countries;
  const { report } = built;
  const lines = [
    `wrote ${path.relative(process.cwd(), out) || out}: ${c.length} countries, ${c.filter((x) => x.unMember).length} UN members`,
    'memberships: ' + REGIONAL_SYSTEMS.map((s) => `${s} ${c.filter((x) => x.memberships.includes(s)).length}`).join(', '),
    'procedures (ACCEPTED / NOT_ACCEPTED / unknown among UN members): ' +
      UN_PROCEDURES.map((p) => {
        const a = c.filter((x) => x.unMember && x.procedures[p]?.status === 'ACCEPTED').length;
        const n = c.filter((x) => x.unMember && x.procedures[p]?.status === 'NOT_ACCEPTED').length;
        return `${p} ${a}/${n}/${c.filter((x) => x.unMember).length - a - n}`;
      }).join(', '),
    'instruments (ACCEPTED / NOT_ACCEPTED / unknown among all countries): ' +
      REGIONAL_INSTRUMENTS.map((p) => {
        const a = c.filter((x) => x.instruments[p]?.status === 'ACCEPTED').length;
        const n = c.filter((x) => x.instruments[p]?.status === 'NOT_ACCEPTED').length;
        return `${p} ${a}/${n}/${c.length - a - n}`;
      }).join(', '),
  ];
  const section = (title: string, items: string[]) => {
    if (items.length) lines.push(`${title}:`, ...items.map((i) => `  - ${i}`));
  };
  section('code fixes', report.codeFixes);
  section('dropped treaty rows', report.droppedRows);
  section('UN members missing from a treaty file', report.missingStates);
  section('treaty rows with inconsistent flags, resolved', report.rowFixes);
  section('treaty rows left UNKNOWN', report.leftUnknown);
  section('name fallbacks to the CSV English name', report.nameFallbacks);
  section('WARNING: treaty names that do not match their code', report.nameWarnings);
  section('researched acceptances applied', report.acceptances);
  process.stdout.write(lines.join('\n') + '\n');
}

if (require.main === module) main(process.argv.slice(2));

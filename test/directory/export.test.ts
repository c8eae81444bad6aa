/** The directory export: the HSDS JSON package and the flat CSV with the API's filters, validated parameters, sync with modifiedSince. */
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
let base: string;
beforeAll(async () => {
  server = await startTestServer();
  base = server.url.replace(/\/graphql$/, '/export');
});
afterAll(() => server.close());

/** Minimal RFC 4180 reader (quoted fields, doubled quotes) for the assertions. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

/** directory.json: the HSDS data package, an array of fully nested organizations (test/hsds checks them against the official schemas). */
type HsdsOrganization = {
  id: string;
  name: string;
  programs?: { id: string }[];
  services: {
    id: string;
    organization_id: string;
    name: string;
    status: string;
    assured_date: string;
    languages: { code: string }[];
    service_areas: { name: string }[];
    phones: { number: string }[];
  }[];
};

it('exports filtered records as HSDS organizations with services, languages and service areas', async () => {
  const res = await fetch(`${base}/directory.json?serviceKind=EMERGENCY_GRANT&language=ar`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as HsdsOrganization[];
  const fld = body.find((o) => o.name === 'Front Line Defenders')!;
  const line = fld.services.find((s) => s.name === '24/7 emergency line')!;
  expect(line).toMatchObject({ organization_id: fld.id, status: 'active' });
  expect(line.assured_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(line.languages.map((l) => l.code)).toContain('ar');
  expect(line.service_areas.map((a) => a.name)).toContain('Worldwide');
  expect(line.phones[0].number).toBe('+353 (0)1 21 00 489');
  const all = (await (await fetch(`${base}/directory.json`)).json()) as HsdsOrganization[];
  expect(body.length).toBeLessThan(all.length);
});

it('exports CSV with one row per offer, in the requested locale', async () => {
  const res = await fetch(`${base}/directory.csv?kinds=MECHANISM&country=KE&locale=fr`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
  const rows = parseCsv(await res.text());
  expect(rows.length).toBeGreaterThan(5);
  expect(rows.every((r) => r.record_kind === 'MECHANISM')).toBe(true);
  expect(rows.map((r) => r.record_slug)).not.toContain('inter-american-commission-on-human-rights');
});

it('syncs changes with modifiedSince: an archived record comes back as a tombstone, its id and archival time only', async () => {
  const since = new Date().toISOString();
  const none = (await (await fetch(`${base}/directory.json?modifiedSince=${encodeURIComponent(since)}`)).json()) as HsdsOrganization[];
  expect(none).toEqual([]);
  const { id } = await server.services.access.issueToken({ name: 'Export test', roles: ['EDITOR'] });
  await server.services.directory.archive({ kind: 'PROGRAMME', slug: 'icc-trust-fund-for-victims' }, { tokenId: id, name: 'Export test', roles: ['EDITOR'] });
  const [row]: { id: string; archived_at: Date }[] = await server.db.read((m) =>
    m.query(`SELECT id, archived_at FROM directory_record WHERE slug = 'icc-trust-fund-for-victims'`),
  );
  // The JSON package holds live records only (HSDS has no tombstone); deletions sync through the CSV.
  const changed = (await (await fetch(`${base}/directory.json?modifiedSince=${encodeURIComponent(since)}`)).json()) as HsdsOrganization[];
  expect(changed).toEqual([]);

  const csv = parseCsv(await (await fetch(`${base}/directory.csv?modifiedSince=${encodeURIComponent(since)}`)).text());
  expect(csv).toHaveLength(1);
  const { record_id, archived, archived_at, ...rest } = csv[0];
  expect({ record_id, archived, archived_at }).toEqual({ record_id: row.id, archived: 'true', archived_at: new Date(row.archived_at).toISOString() });
  expect(Object.values(rest).every((v) => v === '')).toBe(true);

  const current = (await (await fetch(`${base}/directory.json?kinds=PROGRAMME`)).json()) as HsdsOrganization[];
  // A programme is an HSDS program with its record's id.
  expect(current.length).toBeGreaterThan(0);
  expect(current.flatMap((o) => (o.programs ?? []).map((p) => p.id))).not.toContain(row.id);
});

it('rejects bad parameters with 400 and BAD_USER_INPUT naming the parameter', async () => {
  for (const [query, field] of [
    ['risk=NOPE', 'risk'],
    ['kinds=ORGANIZATION,NOPE', 'kinds'],
    ['country=Kenya', 'country'],
    ['modifiedSince=yesterday', 'modifiedSince'],
    ['colour=red', 'colour'],
    ['risk=DEATH_THREAT&risk=SURVEILLANCE', 'risk'],
  ]) {
    const res = await fetch(`${base}/directory.json?${query}`);
    expect({ query, status: res.status }).toEqual({ query, status: 400 });
    const body = (await res.json()) as { errors: { extensions: { code: string; field: string } }[] };
    expect(body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  }
});

it('neutralises CSV cells a spreadsheet would run as formulas (a leading single quote)', async () => {
  const starts = ['=HYPERLINK("http://evil.example")', '+1+1', '-2+3', '@SUM(A1)', '\tTabbed', '\rReturned'];
  await server.db.transaction(async (m) => {
    await m.query(`UPDATE directory_record SET name = jsonb_set(name, '{en}', to_jsonb($1::text)) WHERE slug = 'front-line-defenders'`, [starts[0]]);
    const offers: { id: string }[] = await m.query(
      `SELECT o.id FROM directory_offer o JOIN directory_record r ON r.id = o.record_id WHERE r.slug = 'front-line-defenders' ORDER BY o.id`,
    );
    for (const [i, o] of offers.slice(0, starts.length - 1).entries()) {
      await m.query(`UPDATE directory_offer SET name = jsonb_set(name, '{en}', to_jsonb($1::text)) WHERE id = $2`, [starts[i + 1], o.id]);
    }
  });
  const rows = parseCsv(await (await fetch(`${base}/directory.csv?locale=en`)).text()).filter((r) => r.record_slug === 'front-line-defenders');
  expect(rows.length).toBeGreaterThanOrEqual(starts.length - 1);
  expect(rows.every((r) => r.record_name === `'${starts[0]}`)).toBe(true);
  const names = rows.map((r) => r.offer_name);
  for (const s of starts.slice(1)) expect(names).toContain(`'${s}`);
  // Cells that are not formulas are left as they are.
  expect(rows[0].record_kind).toBe('ORGANIZATION');
});

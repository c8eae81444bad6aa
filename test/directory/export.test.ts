/** The directory export: HSDS-shaped JSON and CSV with the API's filters, validated parameters, sync with modifiedSince. */
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
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else field += ch;
  }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

interface HsdsExport {
  format: string;
  total_items: number;
  organizations: {
    id: string;
    name: string;
    services: { id: string; organization_id: string; name: string; status: string; assured_date: string; languages: { code: string }[]; service_areas: { name: string }[]; phones: { number: string }[] }[];
    x_protection_atlas: { slug: string; kind: string; archived: boolean };
  }[];
}

it('exports filtered records as HSDS organizations with services, languages and service areas', async () => {
  const res = await fetch(`${base}/directory.json?serviceKind=EMERGENCY_GRANT&language=ar`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as HsdsExport;
  expect(body.format).toBe('protection-atlas/directory-export/v1');
  const fld = body.organizations.find((o) => o.x_protection_atlas.slug === 'front-line-defenders')!;
  expect(fld.name).toBe('Front Line Defenders');
  const line = fld.services.find((s) => s.name === '24/7 emergency line')!;
  expect(line).toMatchObject({ organization_id: fld.id, status: 'active' });
  expect(line.assured_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(line.languages.map((l) => l.code)).toContain('ar');
  expect(line.service_areas.map((a) => a.name)).toContain('Worldwide');
  expect(line.phones[0].number).toBe('+353 (0)1 21 00 489');
  expect(body.total_items).toBe(body.organizations.length);
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

it('syncs changes with modifiedSince, archived records included and flagged', async () => {
  const since = new Date().toISOString();
  const none = (await (await fetch(`${base}/directory.json?modifiedSince=${encodeURIComponent(since)}`)).json()) as HsdsExport;
  expect(none.organizations).toEqual([]);
  const { id } = await server.services.access.issueToken({ name: 'Export test', roles: ['EDITOR'] });
  await server.services.directory.archive({ kind: 'PROGRAMME', slug: 'icc-trust-fund-for-victims' }, { tokenId: id, name: 'Export test', roles: ['EDITOR'] });
  const changed = (await (await fetch(`${base}/directory.json?modifiedSince=${encodeURIComponent(since)}`)).json()) as HsdsExport;
  expect(changed.organizations.map((o) => [o.x_protection_atlas.slug, o.x_protection_atlas.archived])).toEqual([['icc-trust-fund-for-victims', true]]);
  const current = (await (await fetch(`${base}/directory.json?kinds=PROGRAMME`)).json()) as HsdsExport;
  expect(current.organizations.map((o) => o.x_protection_atlas.slug)).not.toContain('icc-trust-fund-for-victims');
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

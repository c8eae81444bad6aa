/**
 * The Open Referral HSDS 3.0 API at /hsds/ and the HSDS exports, through HTTP: every object
 * served validates against Open Referral's own v3.0 schemas; paging, filters, 404 and 400.
 */
import fs from 'node:fs';
import path from 'node:path';
import { startTestServer, type TestServer } from '../helpers/server';
import { hsdsFailures } from '../helpers/hsds-schemas';

let server: TestServer;
let origin: string;
beforeAll(async () => {
  server = await startTestServer();
  origin = server.url.replace(/\/graphql$/, '');
});
afterAll(() => server.close());

type Obj = Record<string, unknown> & { id: string; name: string };
interface Page {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: Obj[];
}

async function get<T = Page>(pathAndQuery: string, status = 200): Promise<T> {
  const res = await fetch(`${origin}${pathAndQuery}`);
  expect({ pathAndQuery, status: res.status }).toEqual({ pathAndQuery, status });
  return (await res.json()) as T;
}

const attrs = (o: Obj) => (o.attributes ?? []) as { taxonomy_term_id: string; link_type: string; value?: string; taxonomy_term: { code: string } }[];
const hasAttr = (o: Obj, linkType: string, code: string) => attrs(o).some((a) => a.link_type === linkType && a.taxonomy_term.code === code);

/** Every null anywhere in a JSON value, by path: HSDS wants a value or no field. */
function nulls(value: unknown, at = '$'): string[] {
  if (value === null) return [at];
  if (Array.isArray(value)) return value.flatMap((v, i) => nulls(v, `${at}[${i}]`));
  if (typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => nulls(v, `${at}.${k}`));
  return [];
}

describe('/hsds/', () => {
  it('says its HSDS version, profile and OpenAPI document; the document is the committed one', async () => {
    const root = await get<{ version: string; profile: string; openapi_url: string }>('/hsds/');
    expect(root).toEqual({ version: '3.0', profile: `${origin}/hsds/profile`, openapi_url: `${origin}/hsds/openapi.json` });
    const openapi = await (await fetch(root.openapi_url)).json();
    const committed = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'schema', 'hsds.openapi.json'), 'utf8'));
    expect(openapi).toEqual(committed);
    const profile = await fetch(root.profile);
    expect(profile.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(await profile.text()).toContain('# HSDS 3.0 profile');
  });

  it('keeps the security headers the rest of the app sets', async () => {
    const res = await fetch(`${origin}/hsds/organizations`);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('serves every organization valid against the official organization and organization_list schemas, with no null', async () => {
    const full = await get('/hsds/organizations?full=true&full_service=true&per_page=1000');
    expect(full.total_items).toBeGreaterThan(100);
    expect(full.contents).toHaveLength(full.total_items);
    expect(hsdsFailures('organization', full.contents)).toEqual([]);
    expect(nulls(full)).toEqual([]);
    const basic = await get('/hsds/organizations?per_page=1000');
    expect(hsdsFailures('organization_list', basic.contents)).toEqual([]);
    expect(basic.contents.every((o) => !('services' in o))).toBe(true);
    // One by id: nested, its services with one-to-one fields unless full_service.
    const fld = basic.contents.find((o) => o.name === 'Front Line Defenders')!;
    const one = await get<Obj>(`/hsds/organizations/${fld.id}`);
    expect(hsdsFailures('organization', [one])).toEqual([]);
    expect((one.services as Obj[]).every((s) => !('phones' in s))).toBe(true);
    const oneFull = await get<Obj>(`/hsds/organizations/${fld.id}?full_service=true`);
    expect((oneFull.services as Obj[]).some((s) => Array.isArray(s.phones))).toBe(true);
  });

  it('serves every service valid against the official service and service_list schemas, with no null', async () => {
    const full = await get('/hsds/services?full=true&per_page=1000');
    expect(full.total_items).toBeGreaterThan(200);
    expect(hsdsFailures('service', full.contents)).toEqual([]);
    expect(nulls(full)).toEqual([]);
    const basic = await get('/hsds/services?per_page=1000');
    expect(hsdsFailures('service_list', basic.contents)).toEqual([]);
    const one = await get<Obj>(`/hsds/services/${basic.contents[0].id}`);
    expect(hsdsFailures('service', [one])).toEqual([]);
    // Where a service applies is always said, never with a private extent type.
    for (const s of full.contents) {
      const areas = s.service_areas as { name: string; extent_type?: string }[];
      expect({ id: s.id, areas: areas.length > 0 }).toEqual({ id: s.id, areas: true });
      expect(areas.every((a) => a.extent_type === undefined)).toBe(true);
    }
  });

  it('serves taxonomies and terms valid against the official schemas', async () => {
    const taxonomies = await get('/hsds/taxonomies?per_page=100');
    expect(hsdsFailures('taxonomy', taxonomies.contents)).toEqual([]);
    const terms = await get('/hsds/taxonomy_terms?per_page=1000');
    expect(terms.total_items).toBeGreaterThan(200);
    expect(hsdsFailures('taxonomy_term', terms.contents)).toEqual([]);
    const kinds = taxonomies.contents.find((t) => t.name === 'Protection Atlas service kinds')!;
    expect(await get<Obj>(`/hsds/taxonomies/${kinds.id}`)).toEqual(kinds);
    const ofKinds = await get(`/hsds/taxonomy_terms?taxonomy_id=${kinds.id}&per_page=100`);
    expect(ofKinds.contents.map((t) => t.code)).toContain('HOTLINE');
    expect(ofKinds.contents.every((t) => t.taxonomy_id === kinds.id)).toBe(true);
    const hotline = ofKinds.contents.find((t) => t.code === 'HOTLINE')!;
    expect(await get<Obj>(`/hsds/taxonomy_terms/${hotline.id}`)).toEqual(hotline);
    const fr = await get<Obj>(`/hsds/taxonomy_terms/${hotline.id}?locale=fr`);
    expect(fr.name).not.toBe(hotline.name);
  });

  it('maps every record kind: commitments, procedures and programmes are services of their state, body or host', async () => {
    const { contents: services } = await get('/hsds/services?full=true&per_page=1000');
    const ofKind = (kind: string) => services.filter((s) => hasAttr(s, 'record_kind', kind));
    for (const kind of ['ORGANIZATION', 'STATE_POLICY', 'MECHANISM', 'PROGRAMME']) expect({ kind, n: ofKind(kind).length > 0 }).toEqual({ kind, n: true });
    // A state's commitment: a service of the state (the organization), in the policy (the program).
    const commitment = ofKind('STATE_POLICY').find((s) => (s.organization as Obj).name === 'Ireland')!;
    expect(commitment.program_id).toBe((commitment.program as Obj).id);
    // A procedure of the African Commission applies in the African Charter's parties, not elsewhere.
    const achpr = ofKind('MECHANISM').find((s) => String((s.organization as Obj).name).startsWith("African Commission on Human and Peoples' Rights"))!;
    const areas = (achpr.service_areas as { name: string }[]).map((a) => a.name);
    expect(areas).toContain('Kenya');
    expect(areas).not.toContain('France');
    expect(areas).not.toContain('Worldwide');
    // A 24/7 line: a weekly every-day schedule, its phone, its languages.
    const line = services.find((s) => s.name === '24/7 emergency line' && (s.organization as Obj).name === 'Front Line Defenders')!;
    expect(line.schedules).toContainEqual(expect.objectContaining({ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '23:59' }));
    expect((line.phones as { number: string }[]).map((p) => p.number)).toContain('+353 (0)1 21 00 489');
    expect((line.languages as { code: string }[]).map((l) => l.code)).toContain('ar');
    expect(hasAttr(line, 'service_kind', 'HOTLINE')).toBe(true);
  });

  it('pages as the spec says, an empty page past the end', async () => {
    const all = await get('/hsds/services?per_page=1000');
    const p2 = await get('/hsds/services?per_page=10&page=2');
    expect(p2).toMatchObject({
      total_items: all.total_items,
      total_pages: Math.ceil(all.total_items / 10),
      page_number: 2,
      size: 10,
      first_page: false,
      last_page: false,
      empty: false,
    });
    expect(p2.contents.map((s) => s.id)).toEqual(all.contents.slice(10, 20).map((s) => s.id));
    const first = await get('/hsds/services');
    expect(first).toMatchObject({ page_number: 1, size: 50, first_page: true });
    const past = await get('/hsds/services?per_page=10&page=999');
    expect(past).toMatchObject({ page_number: 999, size: 0, empty: true, last_page: true, contents: [] });
  });

  it('filters services by search, taxonomy term (a country includes worldwide services), organization and modified_after', async () => {
    const search = await get('/hsds/organizations?search=front%20line');
    expect(search.contents.map((o) => o.name)).toContain('Front Line Defenders');
    expect(search.total_items).toBeLessThan(10);

    const terms = await get('/hsds/taxonomy_terms?search=Kenya&per_page=100');
    const kenya = terms.contents.find((t) => t.code === 'KE')!;
    const inKenya = await get(`/hsds/services?taxonomy_term_id=${kenya.id}&full=true&per_page=1000`);
    const names = (s: Obj) => (s.service_areas as { name: string }[]).map((a) => a.name);
    expect(inKenya.contents.length).toBeGreaterThan(20);
    expect(inKenya.contents.every((s) => names(s).includes('Kenya') || names(s).includes('Worldwide'))).toBe(true);
    expect(inKenya.contents.some((s) => names(s).includes('Kenya'))).toBe(true);
    const iachr = await get(`/hsds/services?taxonomy_term_id=${kenya.id}&search=Inter-American%20Commission&per_page=1000`);
    expect(iachr.contents.filter((s) => hasAttr(s, 'record_kind', 'MECHANISM'))).toEqual([]);

    const hotlineTerm = (await get('/hsds/taxonomy_terms?search=hotline&per_page=100')).contents.find((t) => t.code === 'HOTLINE')!;
    const hotlines = await get(`/hsds/services?taxonomy_term_id=${hotlineTerm.id}&full=true&per_page=1000`);
    expect(hotlines.total_items).toBeGreaterThan(0);
    expect(hotlines.contents.every((s) => hasAttr(s, 'service_kind', 'HOTLINE'))).toBe(true);

    const org = (await get('/hsds/organizations?search=front%20line')).contents.find((o) => o.name === 'Front Line Defenders')!;
    const ofOrg = await get(`/hsds/services?organization_id=${org.id}`);
    expect(ofOrg.total_items).toBeGreaterThan(1);
    expect(ofOrg.contents.every((s) => s.organization_id === org.id)).toBe(true);

    const all = await get('/hsds/services?per_page=1');
    expect((await get('/hsds/services?modified_after=2000-01-01')).total_items).toBe(all.total_items);
    expect((await get(`/hsds/services?modified_after=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).total_items).toBe(0);
  });

  it('answers 404 for an unknown id', async () => {
    for (const p of ['/hsds/organizations/', '/hsds/services/', '/hsds/taxonomies/', '/hsds/taxonomy_terms/']) {
      for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
        const body = await get<{ errors: { extensions: { code: string } }[] }>(`${p}${id}`, 404);
        expect(body.errors[0].extensions.code).toBe('NOT_FOUND');
      }
    }
  });

  it('answers 400 BAD_USER_INPUT naming a bad parameter, never echoing its value', async () => {
    for (const [query, field] of [
      ['services?per_page=0', 'per_page'],
      ['services?per_page=5000', 'per_page'],
      ['services?page=secret-value', 'page'],
      ['services?full=secret-value', 'full'],
      ['services?modified_after=secret-value', 'modified_after'],
      ['services?format=secret-value', 'format'],
      ['services?locale=secret-value', 'locale'],
      ['organizations?secret-value=1', 'secret-value'],
      ['organizations?page=1&page=2', 'page'],
      ['taxonomies?taxonomy_term_id=x', 'taxonomy_term_id'],
    ]) {
      const res = await fetch(`${origin}/hsds/${query}`);
      const text = await res.text();
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      const body = JSON.parse(text) as { errors: { message: string; extensions: unknown }[] };
      expect(body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
      if (field !== 'secret-value') expect(body.errors[0].message).not.toContain('secret-value');
    }
  });
});

describe('/export in HSDS', () => {
  it('exports directory.json as the HSDS data package: the API’s fully nested organizations, filtered', async () => {
    const res = await fetch(`${origin}/export/directory.json`);
    expect(res.status).toBe(200);
    const pkg = (await res.json()) as Obj[];
    expect(hsdsFailures('organization', pkg)).toEqual([]);
    const api = await get('/hsds/organizations?full=true&full_service=true&per_page=1000');
    expect(pkg).toEqual(api.contents);

    const mechanisms = (await (await fetch(`${origin}/export/directory.json?kinds=MECHANISM&locale=fr`)).json()) as Obj[];
    expect(mechanisms.length).toBeGreaterThan(10);
    expect(mechanisms.every((o) => hasAttr(o, 'record_kind', 'MECHANISM'))).toBe(true);
    const bad = await fetch(`${origin}/export/directory.json?risk=NOPE`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { extensions: unknown }[] }).errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'risk' });
  });

  it('exports HSDS tables as CSV with the columns of the spec’s datapackage.json, described by a data package', async () => {
    const spec = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'hsds', 'datapackage.json'), 'utf8')) as {
      resources: { path: string; schema: { fields: { name: string }[] } }[];
    };
    const pkg = (await (await fetch(`${origin}/export/hsds/datapackage.json`)).json()) as { profile: string; resources: { path: string }[] };
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.resources.map((r) => r.path)).toEqual(
      expect.arrayContaining(['organizations.csv', 'services.csv', 'service_areas.csv', 'schedules.csv', 'attributes.csv']),
    );
    const services = await get('/hsds/services?per_page=1');
    for (const { path: file } of pkg.resources) {
      const res = await fetch(`${origin}/export/hsds/${file}`);
      expect({ file, status: res.status }).toEqual({ file, status: 200 });
      expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
      const text = await res.text();
      const header = text.split('\n')[0].split(',');
      expect({ file, header }).toEqual({ file, header: spec.resources.find((r) => r.path === file)!.schema.fields.map((f) => f.name) });
      if (file === 'services.csv') expect(text.trim().split('\n').length).toBeGreaterThanOrEqual(services.total_items + 1);
    }
    expect((await fetch(`${origin}/export/hsds/nope.csv`)).status).toBe(404);
  });
});

/** The geography API through typed operations: seeded countries, filters, locales, pagination, node(id). */
import { CountriesDocument, CountryDocument, NodeDocument } from '../generated/graphql';
import { startTestServer, type TestServer } from '../helpers/server';
import { errorCodes, gql } from '../helpers/client';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

it('serves the seeded countries with memberships and UN procedures', async () => {
  const res = await gql(server.url, CountryDocument, { code: 'KE' });
  expect(res.status).toBe(200);
  const kenya = res.body.data!.country!;
  expect(kenya.name).toEqual({ text: 'Kenya', locale: 'en' });
  expect(kenya.memberships).toEqual(['AU']);
  const status = Object.fromEntries(kenya.procedures.map((p) => [p.procedure, p.status]));
  expect(status.ICCPR_OP1).toBe('NOT_ACCEPTED');
  expect(status.CAT_ART22).toBe('NOT_ACCEPTED'); // no article 22 declaration (UN Treaty Collection, 3 Feb 2026)
  expect(kenya.sources.length).toBeGreaterThan(0);
  expect(kenya.sources.every((s) => /^\d{4}/.test(s.evidenceOn ?? '') && !!s.kind)).toBe(true);
  expect(kenya.verifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

it('gives every acceptance its own date and source, and the regional instruments, not only memberships', async () => {
  const kenya = (await gql(server.url, CountryDocument, { code: 'KE' })).body.data!.country!;
  const cat = kenya.procedures.find((p) => p.procedure === 'CAT_ART22')!;
  expect(cat).toMatchObject({
    status: 'NOT_ACCEPTED',
    asOf: '2026-02-03',
    source: { url: expect.stringContaining('treaties.un.org'), evidenceOn: '2026-02-03' },
  });
  const instruments = Object.fromEntries(kenya.instruments.map((i) => [i.instrument, i.status]));
  expect(instruments).toMatchObject({ AFRICAN_CHARTER: 'ACCEPTED', AFRICAN_COURT_PROTOCOL: 'ACCEPTED', AFRICAN_COURT_DIRECT_ACCESS: 'NOT_ACCEPTED' });
  const belarus = (await gql(server.url, CountryDocument, { code: 'BY' })).body.data!.country!;
  expect(belarus.procedures.find((p) => p.procedure === 'ICCPR_OP1')).toMatchObject({ status: 'NOT_ACCEPTED', asOf: '2023-02-08' });
  const hongKong = (await gql(server.url, CountryDocument, { code: 'HK' })).body.data!.country!;
  expect(hongKong.procedures.every((p) => p.status === 'UNKNOWN' && p.asOf === null && p.source === null)).toBe(true);
});

it('filters by regional system and counts across pages', async () => {
  const first = await gql(server.url, CountriesDocument, { system: 'ASEAN', first: 4 });
  const page1 = first.body.data!.countries;
  expect(page1.totalCount).toBe(11);
  expect(page1.edges).toHaveLength(4);
  expect(page1.pageInfo.hasNextPage).toBe(true);
  const codes = page1.edges.map((e) => e.node.code);
  expect(codes).toEqual([...codes].sort());
  const second = await gql(server.url, CountriesDocument, { system: 'ASEAN', first: 100, after: page1.pageInfo.endCursor });
  const rest = second.body.data!.countries.edges.map((e) => e.node.code);
  expect(rest).toHaveLength(7);
  expect(rest).not.toContain(codes[3]);
  expect(second.body.data!.countries.pageInfo.hasNextPage).toBe(false);
  expect([...codes, ...rest]).toContain('TL');
});

it('searches names in any language', async () => {
  const res = await gql(server.url, CountriesDocument, { search: 'Allemagne' });
  expect(res.body.data!.countries.edges.map((e) => e.node.code)).toEqual(['DE']);
});

it('localizes by argument, then Accept-Language, and says which locale it returned', async () => {
  const byArg = await gql(server.url, CountryDocument, { code: 'DE', locale: 'es' });
  expect(byArg.body.data!.country!.name).toEqual({ text: 'Alemania', locale: 'es' });
  const byHeader = await gql(server.url, CountryDocument, { code: 'DE' }, { 'accept-language': 'de-CH, fr;q=0.8' });
  expect(byHeader.body.data!.country!.name).toEqual({ text: 'Allemagne', locale: 'fr' });
  const fallback = await gql(server.url, CountryDocument, { code: 'DE' }, { 'accept-language': 'sw' });
  expect(fallback.body.data!.country!.name.locale).toBe('en');
});

it('resolves node(id) for a country and null for unknown ids', async () => {
  const country = await gql(server.url, CountryDocument, { code: 'FR' });
  const id = country.body.data!.country!.id;
  const node = await gql(server.url, NodeDocument, { id });
  expect(node.body.data!.node).toMatchObject({ __typename: 'Country', code: 'FR' });
  const missing = await gql(server.url, NodeDocument, { id: 'Q291bnRyeTpaWg' });
  expect(missing.body.data!.node).toBeNull();
  const garbage = await gql(server.url, NodeDocument, { id: '!!!' });
  expect(garbage.body.data!.node).toBeNull();
});

it('rejects a malformed country code with BAD_USER_INPUT', async () => {
  const res = await gql(server.url, CountryDocument, { code: 'Kenya' });
  expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  expect(res.body.errors![0].extensions!.field).toBe('code');
});

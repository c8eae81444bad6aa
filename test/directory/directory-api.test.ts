/** The directory through the public API: the newcomer's three questions, filters, search, locales, pagination, node(id). */
import {
  DirectoryDocument,
  DirectoryNodeDocument,
  EmergencyGrantsInArabicDocument,
  MechanismsForKenyaDocument,
  NorwayPolicyDocument,
  OrganizationsWithServicesDocument,
  RecordOffersDocument,
  TaxonomyDocument,
  type RecordOffersQuery,
} from '../generated/graphql';
import { startTestServer, type TestServer } from '../helpers/server';
import { errorCodes, gql, type GraphqlResponse } from '../helpers/client';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const slugsOf = (res: { body: { data?: { directory: { edges: { node: { slug: string } }[] } } | null } }) =>
  res.body.data!.directory.edges.map((e) => e.node.slug);

it('answers "which organisations offer emergency grants in Arabic?"', async () => {
  const res = await gql(server.url, EmergencyGrantsInArabicDocument, {});
  const orgs = res.body.data!.organizations.nodes;
  expect(orgs.map((o) => o.name.text)).toContain('Front Line Defenders');
  for (const o of orgs) {
    expect(o.services.nodes.map((s) => s.kind)).toContain('EMERGENCY_GRANT');
    expect([...o.languages, ...o.contactChannels.nodes.flatMap((c) => c.languages)]).toContain('ar');
  }
});

it('answers "which mechanisms can a defender in Kenya use?" with the jurisdiction rules', async () => {
  const res = await gql(server.url, MechanismsForKenyaDocument, { country: 'KE' });
  const slugs = res.body.data!.mechanisms.nodes.map((m) => m.slug);
  expect(slugs).toEqual(
    expect.arrayContaining(['african-commission-on-human-and-peoples-rights', 'un-special-rapporteur-on-human-rights-defenders', 'eu-delegations']),
  );
  expect(slugs).not.toContain('inter-american-commission-on-human-rights');
  expect(slugs).not.toContain('european-court-of-human-rights');
  const mexico = await gql(server.url, MechanismsForKenyaDocument, { country: 'MX' });
  expect(mexico.body.data!.mechanisms.nodes.map((m) => m.slug)).toContain('inter-american-commission-on-human-rights');
});

it('answers "what does Norway\'s policy offer?"', async () => {
  const res = await gql(server.url, NorwayPolicyDocument, { issuer: 'NO' });
  const [policy] = res.body.data!.statePolicies.nodes;
  expect(policy.issuerCountry?.code).toBe('NO');
  expect(policy.commitments.nodes.length).toBeGreaterThan(0);
  expect(policy.commitments.totalCount).toBe(policy.commitments.nodes.length);
  expect(policy.sources.length).toBeGreaterThan(0);
  expect(policy.eligibility).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'COUNTRY_NOT_IN', countries: expect.arrayContaining(['NO']) })]));
});

it('searches the whole directory with language-aware stemming, ranked', async () => {
  const en = await gql(server.url, DirectoryDocument, { search: 'relocating defenders', first: 100 });
  expect(en.body.data!.directory.totalCount).toBeGreaterThan(0);
  const es = await gql(server.url, DirectoryDocument, { search: 'subvención' }); // Spanish stem of "Subvenciones de protección"
  expect(slugsOf(es)).toContain('front-line-defenders');
  const fr = await gql(server.url, DirectoryDocument, { search: 'subventions', locale: 'fr' as never });
  expect(slugsOf(fr)).toContain('front-line-defenders');
  const acronym = await gql(server.url, DirectoryDocument, { search: 'FLD' });
  expect(slugsOf(acronym)[0]).toBe('front-line-defenders');
  const none = await gql(server.url, DirectoryDocument, { search: 'zzzqqq' });
  expect(none.body.data!.directory).toMatchObject({ totalCount: 0, edges: [] });
});

it('filters by kind, risk, profile, urgency, system, status and dates', async () => {
  const all = (await gql(server.url, DirectoryDocument, { first: 100 })).body.data!.directory;
  const programmes = await gql(server.url, DirectoryDocument, { kinds: ['PROGRAMME'], first: 100 });
  expect(programmes.body.data!.directory.edges.every((e) => e.node.kind === 'PROGRAMME')).toBe(true);
  const immediate = await gql(server.url, DirectoryDocument, { urgency: 'IMMEDIATE', risk: 'DEATH_THREAT', first: 100 });
  expect(slugsOf(immediate)).toContain('front-line-defenders');
  expect(immediate.body.data!.directory.totalCount).toBeLessThan(all.totalCount);
  const journalists = await gql(server.url, DirectoryDocument, { profile: 'JOURNALIST', serviceKind: 'EMERGENCY_GRANT', first: 100 });
  expect(slugsOf(journalists)).toContain('committee-to-protect-journalists');
  const academics = await gql(server.url, DirectoryDocument, { profile: 'ACADEMIC', serviceKind: 'EMERGENCY_GRANT', first: 100 });
  expect(slugsOf(academics)).not.toContain('committee-to-protect-journalists');
  const au = await gql(server.url, DirectoryDocument, { system: 'AU', first: 100 });
  expect(slugsOf(au)).toContain('african-commission-on-human-and-peoples-rights');
  expect(slugsOf(au)).not.toContain('inter-american-commission-on-human-rights');
  const paused = await gql(server.url, DirectoryDocument, { status: ['PAUSED', 'CLOSED'], first: 100 });
  expect(slugsOf(paused)).toContain('freedom-house-emergency-assistance-program');
  expect(paused.body.data!.directory.edges.every((e) => e.node.status !== 'ACTIVE' && e.node.alert)).toBe(true);
  const future = await gql(server.url, DirectoryDocument, { verifiedSince: '2999-01-01' });
  expect(future.body.data!.directory.totalCount).toBe(0);
  const modified = await gql(server.url, DirectoryDocument, { modifiedSince: new Date(Date.now() + 60_000).toISOString() });
  expect(modified.body.data!.directory.totalCount).toBe(0);
});

it('pages with cursors and totalCount, capping first at 100', async () => {
  const p1 = (await gql(server.url, DirectoryDocument, { first: 10 })).body.data!.directory;
  expect(p1.edges).toHaveLength(10);
  expect(p1.pageInfo.hasNextPage).toBe(true);
  const p2 = (await gql(server.url, DirectoryDocument, { first: 10, after: p1.pageInfo.endCursor })).body.data!.directory;
  expect(p2.edges[0].node.slug).not.toBe(p1.edges[9].node.slug);
  expect(p2.totalCount).toBe(p1.totalCount);
  const tooMany = await gql(server.url, DirectoryDocument, { first: 101 });
  expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
  expect(tooMany.body.errors![0].extensions!.field).toBe('first');
});

it("pages through a record's offers and channels: all of them by default, first/after, totalCount, first capped at 100", async () => {
  const all = (await gql(server.url, RecordOffersDocument, { slug: 'front-line-defenders' })).body.data!.directoryRecord!;
  if (all.__typename !== 'Organization') throw new Error(`expected an Organization, got ${all.__typename}`);
  expect(all.offers.totalCount).toBe(7);
  expect(all.offers.nodes).toHaveLength(7);
  expect(all.offers.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  expect(all.contactChannels.edges).toHaveLength(all.contactChannels.totalCount);

  const slugs: string[] = [];
  let after: string | null = null;
  for (let pages = 1; ; pages++) {
    const res: GraphqlResponse<RecordOffersQuery> = await gql(server.url, RecordOffersDocument, { slug: 'front-line-defenders', first: 2, after });
    expect(res.body.errors).toBeUndefined();
    const record = res.body.data!.directoryRecord!;
    if (record.__typename !== 'Organization') throw new Error('expected an Organization');
    const page = record.offers;
    expect(page.totalCount).toBe(7);
    expect(page.edges.length).toBe(pages < 4 ? 2 : 1);
    expect(page.edges.map((e) => e.node.slug)).toEqual(page.nodes.map((n) => n.slug));
    expect(page.pageInfo).toMatchObject({ hasPreviousPage: after !== null, startCursor: page.edges[0].cursor, endCursor: page.edges.at(-1)!.cursor });
    slugs.push(...page.nodes.map((n) => n.slug));
    if (!page.pageInfo.hasNextPage) {
      expect(pages).toBe(4);
      break;
    }
    after = page.pageInfo.endCursor;
  }
  expect(slugs).toEqual(all.offers.nodes.map((n) => n.slug));

  const channels = (await gql(server.url, RecordOffersDocument, { slug: 'protectdefenders-eu', channelsFirst: 2 })).body.data!.directoryRecord!;
  expect(channels.contactChannels).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
  expect(channels.contactChannels.edges).toHaveLength(2);
  const rest = (
    await gql(server.url, RecordOffersDocument, { slug: 'protectdefenders-eu', channelsFirst: 2, channelsAfter: channels.contactChannels.pageInfo.endCursor })
  ).body.data!.directoryRecord!;
  expect(rest.contactChannels).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false, hasPreviousPage: true } });
  expect(rest.contactChannels.edges).toHaveLength(1);

  for (const [vars, field] of [
    [{ first: 101 }, 'first'],
    [{ first: -1 }, 'first'],
    [{ after: 'not-a-cursor' }, 'after'],
    [{ channelsFirst: 101 }, 'first'],
  ] as const) {
    const res = await gql(server.url, RecordOffersDocument, { slug: 'front-line-defenders', ...vars });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.body.errors![0].extensions!.field).toBe(field);
  }
});

it('localizes by argument, then Accept-Language, in seven locales, saying which texts are unreviewed translations', async () => {
  const fld = async (vars: { locale?: 'fr' | 'zh' | 'pt' | 'en' }, headers: Record<string, string> = {}) =>
    (await gql(server.url, OrganizationsWithServicesDocument, { first: 100, ...vars }, headers)).body.data!.organizations.nodes.find(
      (o) => o.slug === 'front-line-defenders',
    )!;
  expect((await fld({ locale: 'fr' })).services.nodes[0].name).toEqual({ text: "Ligne d'urgence 24h/24 et 7j/7", locale: 'fr', translationReviewed: false });
  expect((await fld({}, { 'accept-language': 'es-MX' })).services.nodes[0].name.locale).toBe('es');
  expect((await fld({ locale: 'zh' })).services.nodes[0].name).toEqual({ text: '24/7紧急热线', locale: 'zh', translationReviewed: false });
  expect((await fld({ locale: 'pt' })).services.nodes[0].name).toMatchObject({ locale: 'pt', translationReviewed: false });
  // English is the original: reviewed by definition; an unknown language falls back to it and says so.
  expect((await fld({ locale: 'en' })).services.nodes[0].name).toEqual({ text: '24/7 emergency line', locale: 'en', translationReviewed: true });
  expect((await fld({}, { 'accept-language': 'de' })).services.nodes[0].name.locale).toBe('en');
});

it('resolves node(id) for records and offers, and null for archived or unknown ones', async () => {
  const orgs = await gql(server.url, OrganizationsWithServicesDocument, { first: 1 });
  const org = orgs.body.data!.organizations.nodes[0];
  const node = await gql(server.url, DirectoryNodeDocument, { id: org.id });
  expect(node.body.data!.node).toMatchObject({ __typename: 'Organization', slug: org.slug });
  const offer = await gql(server.url, DirectoryNodeDocument, { id: org.services.nodes[0].id });
  expect(offer.body.data!.node).toMatchObject({ __typename: 'Offer', slug: org.services.nodes[0].slug, record: { id: org.id } });
  const missing = await gql(server.url, DirectoryNodeDocument, { id: Buffer.from('Organization:nobody').toString('base64url') });
  expect(missing.body.data!.node).toBeNull();
  expect(missing.body.data!.directoryRecord?.name.text).toBe('Front Line Defenders');
});

it('rejects bad filters with BAD_USER_INPUT naming the argument', async () => {
  for (const [vars, field] of [
    [{ country: 'Kenya' }, 'country'],
    [{ language: 'Arabic' }, 'language'],
    [{ verifiedSince: 'yesterday' }, 'verifiedSince'],
    [{ search: 'x'.repeat(201) }, 'search'],
  ] as const) {
    const res = await gql(server.url, DirectoryDocument, vars);
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.body.errors![0].extensions!.field).toBe(field);
  }
});

it('labels every vocabulary value in the requested locale, falling back to English', async () => {
  const fr = (await gql(server.url, TaxonomyDocument, { locale: 'fr' })).body.data!.taxonomy;
  expect(fr.serviceKinds.find((t) => t.value === 'EMERGENCY_GRANT')!.label).toEqual({ text: "Subvention d'urgence", locale: 'fr' });
  expect(fr.riskTypes).toHaveLength(14);
  const ar = (await gql(server.url, TaxonomyDocument, { locale: 'ar' })).body.data!.taxonomy;
  expect(ar.urgencies[0].label).toMatchObject({ text: 'فوري', locale: 'ar' });
  const de = (await gql(server.url, TaxonomyDocument, {}, { 'accept-language': 'de' })).body.data!.taxonomy;
  expect(de.urgencies[0].label).toMatchObject({ text: 'Immediate', locale: 'en' });
});

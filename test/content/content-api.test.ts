/** Campaign content through GraphQL: seeded pages and campaign, drafts, editors' mutations, spotlights and consent. */
import {
  CampaignDocument,
  CampaignsDocument,
  ContentNodeDocument,
  CreateCampaignDocument,
  CreatePageDocument,
  CreateSpotlightDocument,
  PageDocument,
  PagesDocument,
  PublishPageDocument,
  RecordSpotlightConsentDocument,
  SpotlightConsentDocument,
  SpotlightsDocument,
  UnpublishPageDocument,
  UpdateCampaignDocument,
  UpdatePageDocument,
  UpdateSpotlightDocument,
  WithdrawSpotlightConsentDocument,
} from '../generated/graphql';
import { startTestServer, type TestServer } from '../helpers/server';
import { errorCodes, gql } from '../helpers/client';
import { loadSeeds } from '../../src/db/seed/loader';
import { SEED_MODULES } from '../../src/app/registry';
import { defaultSeedsDir } from '../../src/app/database';

let server: TestServer;
let editor: Record<string, string>;
let moderator: Record<string, string>;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const count = async (sql: string, params: unknown[] = []) => Number((await server.services.db.read((m) => m.query(sql, params)))[0].n);

beforeAll(async () => {
  server = await startTestServer();
  editor = bearer((await server.services.access.issueToken({ name: 'Test editor', roles: ['EDITOR'] })).token);
  moderator = bearer((await server.services.access.issueToken({ name: 'Test moderator', roles: ['MODERATOR'] })).token);
});
afterAll(() => server.close());

const fictionalStory = {
  displayName: 'Amara (pseudonym)',
  isPseudonym: true,
  country: 'KE',
  focus: { en: 'Land rights of a fictional farming community', fr: "Droits fonciers d'une communauté fictive" },
  story: { en: 'A **fictional** defender, invented for this test, who documents evictions.' },
};

describe('seeded content', () => {
  it('serves the four campaign pages in navigation order, in French, with their campaign', async () => {
    const res = await gql(server.url, PagesDocument, { locale: 'fr' });
    expect(res.body.errors).toBeUndefined();
    const pages = res.body.data!.pages;
    expect(pages.totalCount).toBe(4);
    expect(pages.edges.map((e) => e.node.kind)).toEqual(['ABOUT', 'WHO_IS_A_DEFENDER', 'WHY_PROTECTION', 'TAKE_ACTION']);
    expect(pages.edges[0].node.title).toEqual({ text: 'À propos de la campagne', locale: 'fr' });
    expect(pages.edges.every((e) => e.node.status === 'PUBLISHED' && e.node.publishedOn === '2026-11-21')).toBe(true);
    const takeAction = pages.edges.find((e) => e.node.slug === 'take-action')!.node;
    expect(takeAction.campaign).toEqual({ slug: 'global-call-to-protect-defenders' });
  });

  it('reads one page in Spanish, and falls back to English (saying so) for a missing locale', async () => {
    const es = await gql(server.url, PageDocument, { slug: 'take-action', locale: 'es' });
    const page = es.body.data!.page!;
    expect(page.title.locale).toBe('es');
    expect(page.body.locale).toBe('es');
    expect(page.body.text.length).toBeGreaterThan(100);
    expect(page.sources.length).toBeGreaterThan(0);
    const ar = await gql(server.url, PageDocument, { slug: 'about', locale: 'ar' });
    expect(ar.body.data!.page!.title).toEqual({ text: 'About the campaign', locale: 'en' });
    const byHeader = await gql(server.url, PageDocument, { slug: 'about' }, { 'accept-language': 'fr-CH' });
    expect(byHeader.body.data!.page!.title.locale).toBe('fr');
    expect((await gql(server.url, PagesDocument, { kind: 'ABOUT' })).body.data!.pages.totalCount).toBe(1);
  });

  it('serves the global call with its demands in en, fr and es, no invented goal, signing open', async () => {
    for (const locale of ['en', 'fr', 'es'] as const) {
      const res = await gql(server.url, CampaignDocument, { slug: 'global-call-to-protect-defenders', locale });
      const c = res.body.data!.campaign!;
      expect(c.title.locale).toBe(locale);
      expect(c.demands.map((d) => [d.slug, d.text.locale])).toEqual([
        ['celebrate-and-protect', locale],
        ['stop-attacks-and-stigma', locale],
      ]);
      expect(c.signatureGoal).toBeNull();
      expect(c.signingOpen).toBe(true);
      expect(c.pages.nodes.map((p) => p.slug)).toContain('take-action');
    }
    const list = await gql(server.url, CampaignsDocument, {});
    expect(list.body.data!.campaigns.nodes.map((c) => c.slug)).toEqual(['global-call-to-protect-defenders']);
  });

  it('re-seeding changes nothing', async () => {
    const report = await loadSeeds(server.services.db, defaultSeedsDir(), SEED_MODULES);
    expect(report.changed).toBe(0);
  });
});

describe('editors and drafts', () => {
  const newPage = { slug: 'test-draft', kind: 'GENERIC' as const, title: { en: 'Draft page', fr: 'Page brouillon' }, body: { en: 'Draft **body**.' } };

  it('refuses anonymous callers (UNAUTHENTICATED) and a MODERATOR-only token (FORBIDDEN), writing nothing', async () => {
    const anonymous = await gql(server.url, CreatePageDocument, { input: newPage });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    const forbidden = await gql(server.url, CreatePageDocument, { input: newPage }, moderator);
    expect(errorCodes(forbidden)).toEqual(['FORBIDDEN']);
    const spotlight = await gql(server.url, CreateSpotlightDocument, { input: fictionalStory }, moderator);
    expect(errorCodes(spotlight)).toEqual(['FORBIDDEN']);
    expect(await count(`SELECT count(*) AS n FROM page WHERE slug = 'test-draft'`)).toBe(0);
  });

  it('keeps drafts out of lists, page(slug) and node(id) for the public, shows them to editors, and publishes them', async () => {
    const created = await gql(server.url, CreatePageDocument, { input: newPage }, editor);
    expect(created.body.errors).toBeUndefined();
    const { id, status } = created.body.data!.createPage.page;
    expect(status).toBe('DRAFT');

    expect((await gql(server.url, PagesDocument, {})).body.data!.pages.totalCount).toBe(4);
    expect((await gql(server.url, PageDocument, { slug: 'test-draft' })).body.data!.page).toBeNull();
    expect((await gql(server.url, ContentNodeDocument, { id })).body.data!.node).toBeNull();
    expect((await gql(server.url, PagesDocument, {}, editor)).body.data!.pages.totalCount).toBe(5);
    expect((await gql(server.url, PageDocument, { slug: 'test-draft', locale: 'fr' }, editor)).body.data!.page!.title).toEqual({
      text: 'Page brouillon',
      locale: 'fr',
    });

    const published = await gql(server.url, PublishPageDocument, { input: { id, publishedOn: '2026-11-22' } }, editor);
    expect(published.body.data!.publishPage.page).toMatchObject({ status: 'PUBLISHED', publishedOn: '2026-11-22' });
    expect((await gql(server.url, ContentNodeDocument, { id })).body.data!.node).toMatchObject({ __typename: 'Page', slug: 'test-draft' });
    expect((await gql(server.url, PagesDocument, {})).body.data!.pages.totalCount).toBe(5);

    const updated = await gql(
      server.url,
      UpdatePageDocument,
      { input: { id, title: { en: 'Renamed' }, campaign: 'global-call-to-protect-defenders' } },
      editor,
    );
    expect(updated.body.data!.updatePage.page).toMatchObject({
      status: 'PUBLISHED',
      title: { text: 'Renamed', locale: 'en' },
      campaign: { slug: 'global-call-to-protect-defenders' },
    });

    await gql(server.url, UnpublishPageDocument, { input: { id } }, editor);
    expect((await gql(server.url, PageDocument, { slug: 'test-draft' })).body.data!.page).toBeNull();
    // create, publish, update, unpublish: one audit event each
    expect(
      await count(`SELECT count(*) AS n FROM audit_event WHERE entity_type = 'Page' AND entity_id = (SELECT id::text FROM page WHERE slug = 'test-draft')`),
    ).toBe(4);
  });

  it('names the field of bad input and writes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...newPage, slug: 'Not A Slug' }, 'slug'],
      [{ ...newPage, slug: 'x-1', title: { en: '' } }, 'title.en'],
      [{ ...newPage, slug: 'x-2', campaign: 'no-such-campaign' }, 'campaign'],
      [{ ...newPage, slug: 'x-3', sources: [{ title: 'Doc', url: 'ftp://example.org' }] }, 'sources[0].url'],
      [{ ...newPage, slug: 'about' }, 'slug'], // already used by a seeded page
    ];
    for (const [input, field] of cases) {
      const res = await gql(server.url, CreatePageDocument, { input: input as typeof newPage }, editor);
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.body.errors![0].extensions!.field).toBe(field);
    }
    expect(await count(`SELECT count(*) AS n FROM page WHERE slug LIKE 'x-%'`)).toBe(0);
    const wrongType = await gql(server.url, PublishPageDocument, { input: { id: 'not-an-id' } }, editor);
    expect(res0(wrongType)).toEqual(['BAD_USER_INPUT', 'id']);
  });

  it('creates and edits campaigns; an invalid edit changes nothing', async () => {
    const input = {
      slug: 'test-campaign',
      title: { en: 'Test campaign' },
      summary: { en: 'Why' },
      callToAction: { en: 'Sign' },
      addressees: { en: 'Governments' },
      demands: [{ slug: 'release', text: { en: 'Release them' } }],
      handOver: { en: 'Counts only' },
      startsOn: '2026-01-01',
    };
    const created = await gql(server.url, CreateCampaignDocument, { input }, editor);
    expect(created.body.data!.createCampaign.campaign).toMatchObject({ status: 'DRAFT', signingOpen: false });
    const id = created.body.data!.createCampaign.campaign.id;
    expect((await gql(server.url, CampaignDocument, { slug: 'test-campaign' })).body.data!.campaign).toBeNull();

    const bad = await gql(server.url, UpdateCampaignDocument, { input: { id, endsOn: '2025-12-31', title: { en: 'Changed' } } }, editor);
    expect(res0(bad)).toEqual(['BAD_USER_INPUT', 'endsOn']);
    const dup = await gql(server.url, UpdateCampaignDocument, { input: { id, demands: [input.demands[0], input.demands[0]] } }, editor);
    expect(res0(dup)).toEqual(['BAD_USER_INPUT', 'demands[1].slug']);
    const none = await gql(server.url, UpdateCampaignDocument, { input: { id, demands: [] } }, editor);
    expect(res0(none)).toEqual(['BAD_USER_INPUT', 'demands']);

    const published = await gql(server.url, UpdateCampaignDocument, { input: { id, status: 'PUBLISHED', signatureGoal: 1000 } }, editor);
    expect(published.body.data!.updateCampaign.campaign).toMatchObject({
      status: 'PUBLISHED',
      title: { text: 'Test campaign' },
      signatureGoal: 1000,
      signingOpen: true,
      endsOn: null,
    });
    expect((await gql(server.url, CampaignDocument, { slug: 'test-campaign' })).body.data!.campaign!.publishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const cleared = await gql(server.url, UpdateCampaignDocument, { input: { id, signatureGoal: null, status: 'DRAFT' } }, editor);
    expect(cleared.body.data!.updateCampaign.campaign).toMatchObject({ signatureGoal: null, status: 'DRAFT' });
    expect((await gql(server.url, ContentNodeDocument, { id })).body.data!.node).toBeNull();
  });

  it('writes nothing when the audit record fails inside the transaction', async () => {
    const spy = jest.spyOn(server.services.audit, 'record').mockRejectedValueOnce(new Error('audit down'));
    const res = await gql(server.url, CreatePageDocument, { input: { ...newPage, slug: 'not-half-written' } }, editor);
    spy.mockRestore();
    expect(errorCodes(res)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(await count(`SELECT count(*) AS n FROM page WHERE slug = 'not-half-written'`)).toBe(0);
  });
});

const res0 = (res: { body: { errors?: { extensions?: Record<string, unknown> }[] } }) => [
  res.body.errors?.[0]?.extensions?.code,
  res.body.errors?.[0]?.extensions?.field,
];

describe('defender spotlights', () => {
  it('publishes only with a recorded consent, and unpublishes at once when it is withdrawn', async () => {
    const created = await gql(server.url, CreateSpotlightDocument, { input: fictionalStory }, editor);
    expect(created.body.errors).toBeUndefined();
    const id = created.body.data!.createSpotlight.spotlight.id;
    expect(created.body.data!.createSpotlight.spotlight).toMatchObject({ status: 'DRAFT', country: { code: 'KE' } });

    const early = await gql(server.url, UpdateSpotlightDocument, { input: { id, published: true } }, editor);
    expect(res0(early)).toEqual(['BAD_USER_INPUT', 'published']);
    expect((await gql(server.url, SpotlightsDocument, {})).body.data!.spotlights.totalCount).toBe(0);

    const consented = await gql(
      server.url,
      RecordSpotlightConsentDocument,
      { input: { spotlightId: id, givenBy: 'DEFENDER', givenOn: '2026-11-20', scope: 'Story and pseudonym on the campaign site, in English', publish: true } },
      editor,
    );
    expect(consented.body.errors).toBeUndefined();
    expect(consented.body.data!.recordSpotlightConsent.spotlight).toMatchObject({
      status: 'PUBLISHED',
      consent: { givenBy: 'DEFENDER', givenOn: '2026-11-20', recordedBy: 'Test editor' },
    });

    const publicList = await gql(server.url, SpotlightsDocument, { country: 'ke', locale: 'fr' });
    expect(publicList.body.data!.spotlights.nodes).toEqual([
      expect.objectContaining({
        id,
        displayName: 'Amara (pseudonym)',
        focus: { text: "Droits fonciers d'une communauté fictive", locale: 'fr' },
        story: expect.objectContaining({ locale: 'en' }),
      }),
    ]);
    expect((await gql(server.url, SpotlightsDocument, { country: 'FR' })).body.data!.spotlights.totalCount).toBe(0);
    expect((await gql(server.url, ContentNodeDocument, { id })).body.data!.node).toMatchObject({ __typename: 'DefenderSpotlight' });
    // The consent record is for editors only.
    expect(new Set(errorCodes(await gql(server.url, SpotlightConsentDocument, { id })))).toEqual(new Set(['UNAUTHENTICATED']));

    const withdrawn = await gql(server.url, WithdrawSpotlightConsentDocument, { input: { spotlightId: id } }, editor);
    expect(withdrawn.body.data!.withdrawSpotlightConsent.spotlight).toMatchObject({ status: 'DRAFT', consent: null });
    expect(withdrawn.body.data!.withdrawSpotlightConsent.spotlight.consentHistory).toEqual([{ givenOn: '2026-11-20', withdrawnAt: expect.any(String) }]);
    expect((await gql(server.url, SpotlightsDocument, {})).body.data!.spotlights.totalCount).toBe(0);
    expect((await gql(server.url, ContentNodeDocument, { id })).body.data!.node).toBeNull();
    // Re-publishing needs a new consent.
    expect(res0(await gql(server.url, UpdateSpotlightDocument, { input: { id, published: true } }, editor))).toEqual(['BAD_USER_INPUT', 'published']);
    // The audit log records each step but never the story or the name.
    const audit: { action: string; after: string }[] = await server.services.db.read((m) =>
      m.query(`SELECT action, after::text AS after FROM audit_event WHERE entity_type = 'DefenderSpotlight' ORDER BY occurred_at, action`),
    );
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'record-consent', 'withdraw-consent']);
    for (const a of audit) expect(a.after).not.toMatch(/Amara|evictions/);
  });

  it('refuses contact data, unknown countries and future consent dates, naming the field', async () => {
    const withEmail = await gql(server.url, CreateSpotlightDocument, { input: { ...fictionalStory, story: { en: 'Write to amara@example.org' } } }, editor);
    expect(res0(withEmail)).toEqual(['BAD_USER_INPUT', 'story.en']);
    const withPhone = await gql(
      server.url,
      CreateSpotlightDocument,
      { input: { ...fictionalStory, focus: { en: 'x', fr: 'Appelez le +254 700 000 000' } } },
      editor,
    );
    expect(res0(withPhone)).toEqual(['BAD_USER_INPUT', 'focus.fr']);
    const badCountry = await gql(server.url, CreateSpotlightDocument, { input: { ...fictionalStory, country: 'XX' } }, editor);
    expect(res0(badCountry)).toEqual(['BAD_USER_INPUT', 'country']);
    expect(await count(`SELECT count(*) AS n FROM defender_spotlight`)).toBe(1);

    const created = await gql(server.url, CreateSpotlightDocument, { input: { ...fictionalStory, displayName: 'Second fictional defender' } }, editor);
    const id = created.body.data!.createSpotlight.spotlight.id;
    const future = await gql(
      server.url,
      RecordSpotlightConsentDocument,
      { input: { spotlightId: id, givenBy: 'REPRESENTATIVE', givenOn: '2999-01-01', scope: 'Site' } },
      editor,
    );
    expect(res0(future)).toEqual(['BAD_USER_INPUT', 'givenOn']);
    expect(
      await count(
        `SELECT count(*) AS n FROM spotlight_consent WHERE spotlight_id = (SELECT id FROM defender_spotlight WHERE display_name = 'Second fictional defender')`,
      ),
    ).toBe(0);
  });
});

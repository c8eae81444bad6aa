/**
 * Every data-subject right through GraphQL and a real SMTP server: be informed, access and
 * portability, rectification, erasure, restriction/objection (unsubscribe is in
 * newsletter.test.ts). Requests start with an address and are confirmed by a single-use,
 * expiring token mailed to it; the answer never tells whether the address is known.
 */
import { errorCodes, gql } from '../helpers/client';
import {
  CampaignSupportDocument,
  ConfirmDataRightsRequestDocument,
  ConfirmNewsletterSubscriptionDocument,
  ConfirmSignatureDocument,
  ExportMyDataDocument,
  ModerateSolidarityMessageDocument,
  PrivacyNoticeDocument,
  RequestDataExportDocument,
  RequestErasureDocument,
  RequestRectificationDocument,
  RequestRestrictionDocument,
  SendSolidarityMessageDocument,
  SignCampaignDocument,
  SolidarityMessagesDocument,
  SolidarityMessagesForModerationDocument,
  SupporterSignaturesDocument,
} from '../generated/graphql';
import { CAMPAIGN_SLUG, bearer, startSupportersEnv, type SupportersTestEnv } from './fixtures';
import { SUPPORTERS } from './identities';
import { tokenFrom } from './smtp';
import { PROCESSING_PURPOSES, RETENTION } from '../../src/modules/supporters/privacy-notice';

let env: SupportersTestEnv;
let admin: Record<string, string>;
let moderator: Record<string, string>;
beforeAll(async () => {
  env = await startSupportersEnv();
  admin = await bearer(env.server, 'ADMIN');
  moderator = await bearer(env.server, 'MODERATOR');
});
afterAll(() => env.close());

type Person = { name: string; email: string };

/** A supporter who signed (with name hand-over and updates) and confirmed, sent an approved message and confirmed the newsletter. */
async function activeSupporter(p: Person, text: string) {
  await gql(env.url, SignCampaignDocument, {
    input: { campaignSlug: CAMPAIGN_SLUG, ...p, country: 'PE', over18: true, handOverName: true, campaignUpdates: true, newsletter: true },
  });
  const signature = tokenFrom(await env.smtp.next(p.email, (m) => m.text.includes('/signatures/confirm')), '/signatures/confirm');
  expect((await gql(env.url, ConfirmSignatureDocument, { input: { token: signature } })).body.data?.confirmSignature.confirmed).toBe(true);
  const token = tokenFrom(await env.smtp.next(p.email, (m) => m.text.includes('/newsletter/confirm')), '/newsletter/confirm');
  await gql(env.url, ConfirmNewsletterSubscriptionDocument, { input: { token } });
  await gql(env.url, SendSolidarityMessageDocument, {
    input: { campaignSlug: CAMPAIGN_SLUG, ...p, text, showFirstName: true, consentToForward: true, over18: true },
  });
  const queue = await gql(env.url, SolidarityMessagesForModerationDocument, { first: 100 }, moderator);
  const mine = queue.body.data!.solidarityMessagesForModeration.nodes.find((m) => m.text === text)!;
  await gql(env.url, ModerateSolidarityMessageDocument, { input: { id: mine.id, decision: 'APPROVE' } }, moderator);
}

async function exportFor(email: string) {
  const res = await gql(env.url, RequestDataExportDocument, { input: { email } });
  expect(res.body.data?.requestDataExport.accepted).toBe(true);
  const mail = await env.smtp.next(email, (m) => m.text.includes('/data-rights/export'));
  const exported = await gql(env.url, ExportMyDataDocument, { input: { token: tokenFrom(mail, '/data-rights/export') } });
  expect(exported.body.errors).toBeUndefined();
  return exported.body.data!.exportMyData.data as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function confirm(email: string) {
  const mail = await env.smtp.next(email, (m) => m.text.includes('/data-rights/confirm'));
  const token = tokenFrom(mail, '/data-rights/confirm');
  const res = await gql(env.url, ConfirmDataRightsRequestDocument, { input: { token } });
  return { res, token };
}

const signatureCount = async () => (await gql(env.url, CampaignSupportDocument, { slug: CAMPAIGN_SLUG })).body.data!.campaign!.signatureCount;
const publicTexts = async () =>
  (await gql(env.url, SolidarityMessagesDocument, { campaignSlug: CAMPAIGN_SLUG, first: 100 })).body.data!.solidarityMessages.nodes.map((n) => n.text);

it('be informed: the privacy notice gives purposes, a legal basis each, retention, recipients and rights, in the asked language', async () => {
  const res = await gql(env.url, PrivacyNoticeDocument, { locale: 'fr' });
  expect(res.body.errors).toBeUndefined();
  const notice = res.body.data!.privacyNotice;
  expect(notice.summary.locale).toBe('fr');
  expect(notice.purposes.map((p) => p.purpose)).toEqual([...PROCESSING_PURPOSES]);
  for (const p of notice.purposes) {
    expect(p.legalBasis).toBeTruthy();
    expect(p.retention).toMatchObject({ days: RETENTION[p.purpose].days, then: RETENTION[p.purpose].then });
  }
  expect(notice.purposes.find((p) => p.purpose === 'SIGN_PETITION')!.recipients.map((r) => r.kind)).toContain('GOVERNMENTS');
  expect(notice.rights.map((r) => r.right)).toEqual(expect.arrayContaining(['ACCESS', 'RECTIFY', 'ERASE', 'RESTRICT', 'OBJECT', 'PORTABILITY', 'UNSUBSCRIBE']));
  expect(notice.minors.minimumAgeWithoutGuardian).toBe(18);
});

it('access and portability: the export holds everything about the address, as JSON, once per token', async () => {
  const p = SUPPORTERS.exporter;
  await activeSupporter(p, 'Marisol stands with every defender');
  const res = await gql(env.url, RequestDataExportDocument, { input: { email: p.email.toUpperCase() } });
  const mail = await env.smtp.next(p.email);
  const token = tokenFrom(mail, '/data-rights/export');
  const exported = await gql(env.url, ExportMyDataDocument, { input: { token } });
  expect(res.body.data?.requestDataExport.accepted).toBe(true);
  const data = exported.body.data!.exportMyData.data as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  expect(data).toMatchObject({
    format: 'protection-atlas/supporter-export/v1',
    dataHeld: true,
    signatures: [{ campaign: CAMPAIGN_SLUG, name: p.name, email: p.email, country: 'PE', consents: { handOverName: true, campaignUpdates: true } }],
    solidarityMessages: [{ name: p.name, email: p.email, text: 'Marisol stands with every defender', status: 'APPROVED', forwardConsent: true }],
    newsletter: [{ email: p.email }],
  });
  expect(data.newsletter[0].confirmedAt).toBeTruthy();
  expect(data.signatures[0].confirmedAt).toBeTruthy();
  expect(data.dataRightsRequests.map((r: { kind: string }) => r.kind)).toEqual(['EXPORT']);
  // The token works once.
  expect(errorCodes(await gql(env.url, ExportMyDataDocument, { input: { token } }))).toEqual(['BAD_USER_INPUT']);
});

it('answers identically for an unknown address; its owner learns by mail that nothing is held', async () => {
  const known = await gql(env.url, RequestDataExportDocument, { input: { email: SUPPORTERS.exporter.email } });
  const unknown = await gql(env.url, RequestDataExportDocument, { input: { email: SUPPORTERS.stranger.email } });
  expect(unknown.body).toEqual(known.body);
  expect(unknown.status).toBe(known.status);
  for (const doc of [RequestErasureDocument] as const) {
    const a = await gql(env.url, doc, { input: { email: SUPPORTERS.exporter.email } });
    const b = await gql(env.url, doc, { input: { email: SUPPORTERS.stranger.email } });
    expect(b.body).toEqual(a.body);
  }
  const mail = await env.smtp.next(SUPPORTERS.stranger.email, (m) => m.text.includes('/data-rights/export'));
  const data = (await gql(env.url, ExportMyDataDocument, { input: { token: tokenFrom(mail, '/data-rights/export') } })).body.data!.exportMyData.data;
  expect(data).toMatchObject({ dataHeld: false, signatures: [], solidarityMessages: [], newsletter: [] });
  // Drain the other mails of this test without using them.
  await env.smtp.next(SUPPORTERS.exporter.email, (m) => m.text.includes('/data-rights/export'));
  await env.smtp.next(SUPPORTERS.exporter.email, (m) => m.text.includes('/data-rights/confirm'));
  await env.smtp.next(SUPPORTERS.stranger.email, (m) => m.text.includes('/data-rights/confirm'));
});

it('rectify: the new name replaces the old one everywhere once confirmed', async () => {
  const p = SUPPORTERS.rectifier;
  await activeSupporter(p, 'Bartholomew sends strength');
  const res = await gql(env.url, RequestRectificationDocument, { input: { email: p.email, name: SUPPORTERS.rectifiedName.name } });
  expect(res.body.data?.requestRectification.accepted).toBe(true);
  const { res: confirmed, token } = await confirm(p.email);
  expect(confirmed.body.data?.confirmDataRightsRequest).toEqual({ kind: 'RECTIFY', completed: true });
  expect(errorCodes(await gql(env.url, ConfirmDataRightsRequestDocument, { input: { token } }))).toEqual(['BAD_USER_INPUT']);

  const data = await exportFor(p.email);
  expect(data.signatures[0].name).toBe(SUPPORTERS.rectifiedName.name);
  expect(data.solidarityMessages[0].name).toBe(SUPPORTERS.rectifiedName.name);
  expect(JSON.stringify(data)).not.toContain(p.name);
});

it('erase: all personal data goes, the signature stays as an anonymous count', async () => {
  const p = SUPPORTERS.eraser;
  await activeSupporter(p, 'Cordelia is with you');
  const countBefore = await signatureCount();
  expect(await publicTexts()).toContain('Cordelia is with you');

  await gql(env.url, RequestErasureDocument, { input: { email: ` ${p.email} ` } });
  const { res } = await confirm(p.email);
  expect(res.body.data?.confirmDataRightsRequest).toEqual({ kind: 'ERASE', completed: true });

  expect(await signatureCount()).toBe(countBefore);
  expect(await publicTexts()).not.toContain('Cordelia is with you');
  const admin_ = await gql(env.url, SupporterSignaturesDocument, { campaignSlug: CAMPAIGN_SLUG, first: 100 }, admin);
  expect(admin_.body.data!.supporterSignatures.nodes.map((n) => n.email)).not.toContain(p.email);
  const data = await exportFor(p.email);
  expect(data).toMatchObject({ dataHeld: false, signatures: [], solidarityMessages: [], newsletter: [] });

  const anonymous: Record<string, unknown>[] = await env.server.db.read((m) =>
    m.query(`SELECT email_hash, email_enc, name_enc, hand_over_name, country, anonymised_at FROM supporter_signature WHERE anonymised_at IS NOT NULL`),
  );
  expect(anonymous).toHaveLength(1);
  expect(anonymous[0]).toMatchObject({ email_hash: null, email_enc: null, name_enc: null, hand_over_name: false, country: 'PE' });
});

it('covers signatures not confirmed yet: exported as such, and erased entirely (they were never counted)', async () => {
  const p = SUPPORTERS.neverConfirmed;
  const countBefore = await signatureCount();
  await gql(env.url, SignCampaignDocument, { input: { campaignSlug: CAMPAIGN_SLUG, ...p, country: 'CL', over18: true, handOverName: true } });
  await env.smtp.next(p.email, (m) => m.text.includes('/signatures/confirm')); // never followed
  const data = await exportFor(p.email);
  expect(data).toMatchObject({ dataHeld: true, signatures: [{ campaign: CAMPAIGN_SLUG, name: p.name, email: p.email, country: 'CL', confirmedAt: null }] });
  const anonymisedBefore: unknown[] = await env.server.db.read((m) => m.query(`SELECT id FROM supporter_signature WHERE anonymised_at IS NOT NULL`));

  await gql(env.url, RequestErasureDocument, { input: { email: p.email } });
  const { res } = await confirm(p.email);
  expect(res.body.data?.confirmDataRightsRequest).toEqual({ kind: 'ERASE', completed: true });
  expect(await exportFor(p.email)).toMatchObject({ dataHeld: false, signatures: [] });
  // Deleted, not anonymised: an unconfirmed signature leaves no anonymous count behind.
  const anonymisedAfter: unknown[] = await env.server.db.read((m) => m.query(`SELECT id FROM supporter_signature WHERE anonymised_at IS NOT NULL`));
  expect(anonymisedAfter).toHaveLength(anonymisedBefore.length);
  expect(await signatureCount()).toBe(countBefore);
});

it('restrict/object: stops forwarding, name hand-over, updates and the newsletter, keeping the signature', async () => {
  const p = SUPPORTERS.restrictor;
  await activeSupporter(p, 'Leopold salutes your work');
  expect(await publicTexts()).toContain('Leopold salutes your work');
  const bad = await gql(env.url, RequestRestrictionDocument, { input: { email: p.email, purposes: [] } });
  expect(bad.body.errors?.[0].extensions?.field).toBe('purposes');

  await gql(env.url, RequestRestrictionDocument, {
    input: { email: p.email, purposes: ['FORWARD_SOLIDARITY_MESSAGE', 'NAME_HAND_OVER', 'CAMPAIGN_UPDATES', 'NEWSLETTER'] },
  });
  const { res } = await confirm(p.email);
  expect(res.body.data?.confirmDataRightsRequest).toEqual({ kind: 'RESTRICT', completed: true });

  expect(await publicTexts()).not.toContain('Leopold salutes your work');
  const data = await exportFor(p.email);
  expect(data.signatures).toMatchObject([{ name: p.name, consents: { handOverName: false, campaignUpdates: false } }]);
  expect(data.solidarityMessages).toMatchObject([{ forwardConsent: false }]);
  expect(data.newsletter).toEqual([]);
});

it('refuses expired and unknown tokens the same way', async () => {
  const p = SUPPORTERS.exporter;
  await gql(env.url, RequestErasureDocument, { input: { email: p.email } });
  const mail = await env.smtp.next(p.email, (m) => m.text.includes('/data-rights/confirm'));
  await env.server.db.transaction((m) => m.query(`UPDATE data_rights_request SET expires_at = now() - interval '1 second' WHERE completed_at IS NULL`));
  const expired = await gql(env.url, ConfirmDataRightsRequestDocument, { input: { token: tokenFrom(mail, '/data-rights/confirm') } });
  const unknown = await gql(env.url, ConfirmDataRightsRequestDocument, { input: { token: 'A'.repeat(43) } });
  expect(errorCodes(expired)).toEqual(['BAD_USER_INPUT']);
  expect(expired.body).toEqual(unknown.body);
  // Nothing was erased.
  expect((await exportFor(p.email)).dataHeld).toBe(true);
  // Only hashes of tokens are stored.
  const stored: { token_hash: string }[] = await env.server.db.read((m) => m.query(`SELECT token_hash FROM data_rights_request`));
  expect(stored.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
});

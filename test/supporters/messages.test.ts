/**
 * Solidarity messages through GraphQL: held for moderation, approved or rejected by a
 * MODERATOR (audited with statuses only), only approved ones visible — as the text and a first
 * name or "Anonymous" — and a message sent with a signature.
 */
import { errorCodes, gql } from '../helpers/client';
import {
  ModerateSolidarityMessageDocument,
  SendSolidarityMessageDocument,
  SignCampaignDocument,
  SolidarityMessagesDocument,
  SolidarityMessagesForModerationDocument,
  type SendSolidarityMessageInput,
} from '../generated/graphql';
import { CAMPAIGN_SLUG, bearer, startSupportersEnv, type SupportersTestEnv } from './fixtures';
import { MESSAGE_TEXTS, SUPPORTERS } from './identities';
import { fromGlobalId, toGlobalId } from '../../src/shared/relay';

let env: SupportersTestEnv;
let moderator: Record<string, string>;
let spotlightId: string;

/** A published spotlight with a consent in force (the content module's tables). */
async function createSpotlight(): Promise<string> {
  return env.server.db.transaction(async (m) => {
    const [s]: { id: string }[] = await m.query(
      `INSERT INTO defender_spotlight (display_name, is_pseudonym, country_code, focus, story)
       VALUES ('Defender A', true, 'KE', '{"en":"land rights"}', '{"en":"A story."}') RETURNING id`,
    );
    const [c]: { id: string }[] = await m.query(
      `INSERT INTO spotlight_consent (spotlight_id, given_by, given_on, scope, recorded_by)
       VALUES ($1, 'DEFENDER', current_date, 'publish the story', 'test') RETURNING id`,
      [s.id],
    );
    await m.query(`UPDATE defender_spotlight SET status = 'PUBLISHED', consent_id = $2, published_at = now() WHERE id = $1`, [s.id, c.id]);
    return s.id;
  });
}

beforeAll(async () => {
  env = await startSupportersEnv();
  moderator = await bearer(env.server, 'MODERATOR');
  spotlightId = toGlobalId('DefenderSpotlight', await createSpotlight());
});
afterAll(() => env.close());

const send = (input: Partial<SendSolidarityMessageInput>) =>
  gql(env.url, SendSolidarityMessageDocument, {
    input: { ...SUPPORTERS.messenger, text: MESSAGE_TEXTS.approved, consentToForward: true, over18: true, campaignSlug: CAMPAIGN_SLUG, ...input },
  });

const pending = async () => {
  const res = await gql(env.url, SolidarityMessagesForModerationDocument, { first: 50 }, moderator);
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.solidarityMessagesForModeration.nodes;
};

it('holds messages for moderation; a MODERATOR approves or rejects; only approved ones are public', async () => {
  expect((await send({ showFirstName: true })).body).toEqual({ data: { sendSolidarityMessage: { accepted: true, status: 'PENDING' } } });
  expect((await send({ text: MESSAGE_TEXTS.rejected })).body.data?.sendSolidarityMessage.accepted).toBe(true);

  let publicList = await gql(env.url, SolidarityMessagesDocument, { campaignSlug: CAMPAIGN_SLUG });
  expect(publicList.body.data!.solidarityMessages.totalCount).toBe(0);

  const queue = await pending();
  const good = queue.find((m) => m.text === MESSAGE_TEXTS.approved)!;
  const bad = queue.find((m) => m.text === MESSAGE_TEXTS.rejected)!;
  expect(good).toMatchObject({ status: 'PENDING', signerName: SUPPORTERS.messenger.name, signedAs: 'Isolde', forwardConsent: true });
  expect(JSON.stringify(queue)).not.toContain(SUPPORTERS.messenger.email); // moderators never see the address

  // Anonymous and EDITOR callers cannot moderate.
  const anonymous = await gql(env.url, ModerateSolidarityMessageDocument, { input: { id: good.id, decision: 'APPROVE' } });
  expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
  const editor = await gql(env.url, ModerateSolidarityMessageDocument, { input: { id: good.id, decision: 'APPROVE' } }, await bearer(env.server, 'EDITOR'));
  expect(errorCodes(editor)).toEqual(['FORBIDDEN']);

  const approved = await gql(env.url, ModerateSolidarityMessageDocument, { input: { id: good.id, decision: 'APPROVE' } }, moderator);
  expect(approved.body.data?.moderateSolidarityMessage.message.status).toBe('APPROVED');
  const rejected = await gql(env.url, ModerateSolidarityMessageDocument, { input: { id: bad.id, decision: 'REJECT' } }, moderator);
  expect(rejected.body.data?.moderateSolidarityMessage.message.status).toBe('REJECTED');

  publicList = await gql(env.url, SolidarityMessagesDocument, { campaignSlug: CAMPAIGN_SLUG });
  const nodes = publicList.body.data!.solidarityMessages.nodes;
  expect(nodes).toHaveLength(1);
  expect(nodes[0]).toMatchObject({ text: MESSAGE_TEXTS.approved, signedAs: 'Isolde', targetKind: 'CAMPAIGN' });
  expect(Object.keys(nodes[0]).sort()).toEqual(['createdAt', 'id', 'signedAs', 'targetId', 'targetKind', 'text']);
  expect(JSON.stringify(publicList.body)).not.toMatch(/Marrowgate|isolde\.marrowgate/);

  // The audit log has ids and statuses, never the text, name or address.
  const audit: unknown[] = await env.server.db.read((m) => m.query(`SELECT before, after FROM audit_event WHERE entity_type = 'SolidarityMessage'`));
  expect(audit).toEqual(expect.arrayContaining([{ before: { status: 'PENDING' }, after: { status: 'APPROVED' } }]));
  expect(JSON.stringify(audit)).not.toMatch(/Isolde|Xanthoria|Quorvantis|supporters\.example/);
});

it('shows "Anonymous" unless the sender chose to show their first name, and addresses spotlights', async () => {
  await send({ spotlightId, campaignSlug: undefined, text: MESSAGE_TEXTS.spotlight });
  const msg = (await pending()).find((m) => m.text === MESSAGE_TEXTS.spotlight)!;
  expect(msg).toMatchObject({ signedAs: 'Anonymous', targetKind: 'SPOTLIGHT', targetId: spotlightId });
  await gql(env.url, ModerateSolidarityMessageDocument, { input: { id: msg.id, decision: 'APPROVE' } }, moderator);
  const list = await gql(env.url, SolidarityMessagesDocument, { spotlightId });
  expect(list.body.data!.solidarityMessages.nodes.map((n) => [n.text, n.signedAs])).toEqual([[MESSAGE_TEXTS.spotlight, 'Anonymous']]);
});

it('requires consent to forward, a known target and the age rule', async () => {
  expect((await send({ consentToForward: false })).body.errors?.[0].extensions?.field).toBe('consentToForward');
  expect((await send({ campaignSlug: 'nope' })).body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect((await send({ over18: false })).body.errors?.[0].extensions?.field).toBe('guardianPermission');
  expect((await send({ spotlightId })).body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT'); // two targets
});

it('takes a solidarity message with a first signature, and only with consent to forward it', async () => {
  const input = {
    campaignSlug: CAMPAIGN_SLUG,
    ...SUPPORTERS.signer,
    over18: true,
    handOverName: false,
    solidarityMessage: 'Signed with a message from Zephyrine',
  };
  const refused = await gql(env.url, SignCampaignDocument, { input });
  expect(refused.body.errors?.[0].extensions?.field).toBe('forwardSolidarityMessage');
  const ok = await gql(env.url, SignCampaignDocument, { input: { ...input, forwardSolidarityMessage: true } });
  expect(ok.body.data?.signCampaign.accepted).toBe(true);
  const again = await gql(env.url, SignCampaignDocument, { input: { ...input, forwardSolidarityMessage: true } });
  expect(again.body).toEqual(ok.body);
  expect((await pending()).filter((m) => m.text === input.solidarityMessage)).toHaveLength(1);
});

it('limits messages per client (RATE_LIMITED), saying nothing about the sender', async () => {
  let res = await send({ text: 'One more' });
  for (let i = 0; i < 12 && !errorCodes(res).includes('RATE_LIMITED'); i++) res = await send({ text: 'One more' });
  expect(errorCodes(res)).toEqual(['RATE_LIMITED']);
  expect(JSON.stringify(res.body)).not.toMatch(/isolde|marrowgate/i);
});

it('resolves an approved message through node(id), and nothing else', async () => {
  const { rawGraphql } = await import('../helpers/client');
  const list = await gql(env.url, SolidarityMessagesDocument, { campaignSlug: CAMPAIGN_SLUG });
  const approved = list.body.data!.solidarityMessages.nodes[0];
  const q = 'query($id: ID!) { node(id: $id) { id ... on SolidarityMessage { text signedAs } } }';
  const found = await rawGraphql<{ node: { id: string; text: string } | null }>(env.url, { query: q, variables: { id: approved.id } });
  expect(found.body.data?.node).toMatchObject({ id: approved.id, text: approved.text });
  const rejected = (await gql(env.url, SolidarityMessagesForModerationDocument, { status: 'REJECTED' }, moderator)).body.data!.solidarityMessagesForModeration
    .nodes[0];
  const hidden = await rawGraphql<{ node: unknown }>(env.url, { query: q, variables: { id: rejected.id } });
  expect(hidden.body.data?.node).toBeNull();
});

it('hides approved messages the moment their target is no longer public (consent withdrawn, campaign back to draft)', async () => {
  const { rawGraphql } = await import('../helpers/client');
  const q = 'query($id: ID!) { node(id: $id) { id ... on SolidarityMessage { text } } }';
  const all = async () => (await gql(env.url, SolidarityMessagesDocument, { first: 100 })).body.data!.solidarityMessages.nodes;
  const node = async (id: string) => (await rawGraphql<{ node: unknown }>(env.url, { query: q, variables: { id } })).body.data?.node;
  const { id: tokenId } = await env.server.services.access.issueToken({ name: 'messages-test-editor', roles: ['EDITOR'] });
  const editor = { tokenId, name: 'messages-test-editor', roles: ['EDITOR' as const] };

  const spotlightMessage = (await all()).find((n) => n.targetId === spotlightId)!;
  const campaignMessage = (await all()).find((n) => n.targetKind === 'CAMPAIGN')!;
  expect(await node(spotlightMessage.id)).not.toBeNull();

  await env.server.services.content.withdrawConsent(editor, fromGlobalId(spotlightId)!.key);
  expect((await all()).map((n) => n.id)).not.toContain(spotlightMessage.id);
  expect((await gql(env.url, SolidarityMessagesDocument, { spotlightId })).body.data!.solidarityMessages.totalCount).toBe(0);
  expect(await node(spotlightMessage.id)).toBeNull();

  await env.server.services.content.updateCampaign(editor, env.campaignId, { status: 'DRAFT' });
  expect((await all()).map((n) => n.id)).not.toContain(campaignMessage.id);
  expect(await node(campaignMessage.id)).toBeNull();

  // Published again: shown again (approval and the sender's consent were never touched).
  await env.server.services.content.updateCampaign(editor, env.campaignId, { status: 'PUBLISHED' });
  expect(await node(campaignMessage.id)).not.toBeNull();
});

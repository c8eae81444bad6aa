/**
 * The retention job deletes or anonymises exactly what is past its period in RETENTION
 * (privacy-notice.ts), with backdated rows, and leaves the rest (signatures never confirmed go
 * when their link expires); the server runs it on its own interval.
 */
import { gql } from '../helpers/client';
import {
  CampaignSupportDocument,
  ConfirmSignatureDocument,
  RequestDataExportDocument,
  SendSolidarityMessageDocument,
  SignCampaignDocument,
  SubscribeToNewsletterDocument,
} from '../generated/graphql';
import { CAMPAIGN_SLUG, OTHER_CAMPAIGN_SLUG, startSupportersEnv, type SupportersTestEnv } from './fixtures';
import { SUPPORTERS } from './identities';
import { tokenFrom } from './smtp';
import { runRetention } from '../../src/modules/supporters/retention';
import { RETENTION, UNCONFIRMED_SIGNUP_DAYS } from '../../src/modules/supporters/privacy-notice';
import { createPersonalDataCipher } from '../../src/modules/supporters/crypto';
import { dataKeyOf, loadConfig } from '../../src/config';

const cipher = createPersonalDataCipher(dataKeyOf(loadConfig({ NODE_ENV: 'test' })).key);
const old = SUPPORTERS.retired;
const fresh = SUPPORTERS.signer;
const pending = SUPPORTERS.neverConfirmed;

async function leaveTraces(env: SupportersTestEnv, p: { name: string; email: string }) {
  await gql(env.url, SignCampaignDocument, { input: { campaignSlug: CAMPAIGN_SLUG, ...p, country: 'NG', over18: true, handOverName: true } });
  const link = await env.smtp.next(p.email, (m) => m.text.includes('/signatures/confirm'));
  await gql(env.url, ConfirmSignatureDocument, { input: { token: tokenFrom(link, '/signatures/confirm') } });
  await gql(env.url, SendSolidarityMessageDocument, {
    input: { campaignSlug: CAMPAIGN_SLUG, ...p, text: 'An old message', consentToForward: true, over18: true },
  });
  await gql(env.url, SubscribeToNewsletterDocument, { input: { email: p.email, over18: true } });
  await gql(env.url, RequestDataExportDocument, { input: { email: p.email } });
}

/** Moves one address's rows back in time, just past (or, with `margin` -2, just before) each period. */
async function backdate(env: SupportersTestEnv, email: string, margin = 1) {
  const h = cipher.emailHash(email);
  await env.server.db.transaction(async (m) => {
    const days = (n: number) => `interval '${n + margin} days'`;
    await m.query(`UPDATE supporter_signature SET signed_at = now() - ${days(RETENTION.SIGN_PETITION.days)} WHERE email_hash = $1`, [h]);
    await m.query(`UPDATE solidarity_message SET created_at = now() - ${days(RETENTION.FORWARD_SOLIDARITY_MESSAGE.days)} WHERE email_hash = $1`, [h]);
    await m.query(`UPDATE newsletter_subscription SET created_at = now() - ${days(UNCONFIRMED_SIGNUP_DAYS)} WHERE email_hash = $1`, [h]);
    await m.query(
      `UPDATE data_rights_request SET created_at = now() - ${days(RETENTION.DATA_RIGHTS_REQUEST.days + 1)},
         expires_at = now() - ${days(RETENTION.DATA_RIGHTS_REQUEST.days)} WHERE email_hash = $1`,
      [h],
    );
  });
}

async function held(env: SupportersTestEnv, email: string) {
  const h = cipher.emailHash(email);
  return env.server.db.read(async (m) => {
    const n = async (table: string) => ((await m.query(`SELECT count(*)::int AS n FROM ${table} WHERE email_hash = $1`, [h])) as { n: number }[])[0].n;
    return {
      signatures: await n('supporter_signature'),
      messages: await n('solidarity_message'),
      newsletter: await n('newsletter_subscription'),
      requests: await n('data_rights_request'),
    };
  });
}

const count = async (env: SupportersTestEnv) => (await gql(env.url, CampaignSupportDocument, { slug: CAMPAIGN_SLUG })).body.data!.campaign!;

describe('runRetention', () => {
  let env: SupportersTestEnv;
  beforeAll(async () => {
    env = await startSupportersEnv({ RETENTION_INTERVAL_MINUTES: '0' });
    await leaveTraces(env, old);
    await leaveTraces(env, fresh);
    await backdate(env, old.email);
    await backdate(env, fresh.email, -2); // two days short of every period
    // Two signatures never confirmed: the link of one has expired, the other's still works.
    for (const campaignSlug of [CAMPAIGN_SLUG, OTHER_CAMPAIGN_SLUG]) {
      await gql(env.url, SignCampaignDocument, { input: { campaignSlug, ...pending, over18: true, handOverName: false } });
    }
    await env.server.db.transaction((m) =>
      m.query(`UPDATE supporter_signature SET confirm_expires_at = now() - interval '1 minute' WHERE email_hash = $1 AND campaign_id = $2`, [
        cipher.emailHash(pending.email),
        env.otherCampaignId,
      ]),
    );
  });
  afterAll(() => env.close());

  it('anonymises old signatures (keeping the count and country) and deletes old messages, unconfirmed sign-ups and signatures, and closed requests', async () => {
    const before = await count(env);
    const report = await runRetention(env.server.db);
    expect(report).toEqual({
      signaturesAnonymised: 1,
      messagesDeleted: 1,
      unconfirmedSubscriptionsDeleted: 1,
      requestsDeleted: 1,
      unconfirmedSignaturesDeleted: 1,
    });
    expect(await held(env, old.email)).toEqual({ signatures: 0, messages: 0, newsletter: 0, requests: 0 });
    expect(await held(env, fresh.email)).toEqual({ signatures: 1, messages: 1, newsletter: 1, requests: 1 });
    expect(await held(env, pending.email)).toEqual({ signatures: 1, messages: 0, newsletter: 0, requests: 0 });
    expect(await count(env)).toEqual(before);
    const anonymous: Record<string, unknown>[] = await env.server.db.read((m) =>
      m.query(`SELECT name_enc, email_enc, hand_over_name, country FROM supporter_signature WHERE anonymised_at IS NOT NULL`),
    );
    expect(anonymous).toEqual([{ name_enc: null, email_enc: null, hand_over_name: false, country: 'NG' }]);
    // A second run finds nothing more to do.
    expect(await runRetention(env.server.db)).toEqual({
      signaturesAnonymised: 0,
      messagesDeleted: 0,
      unconfirmedSubscriptionsDeleted: 0,
      requestsDeleted: 0,
      unconfirmedSignaturesDeleted: 0,
    });
  });
});

describe('the server’s retention schedule', () => {
  let env: SupportersTestEnv;
  beforeAll(async () => {
    env = await startSupportersEnv({ RETENTION_INTERVAL_MINUTES: '0.005' }); // every 300 ms
  });
  afterAll(() => env.close());

  it('runs the job on its interval and logs only counts', async () => {
    await leaveTraces(env, old);
    await backdate(env, old.email);
    const started = Date.now();
    while ((await held(env, old.email)).signatures > 0 && Date.now() - started < 10_000) await new Promise((r) => setTimeout(r, 100));
    expect(await held(env, old.email)).toEqual({ signatures: 0, messages: 0, newsletter: 0, requests: 0 });
    const line = env.server.logLines.map((l) => JSON.parse(l)).find((l) => l.msg === 'retention job done' && l.signaturesAnonymised === 1);
    expect(line).toBeDefined();
  });
});

/**
 * The newsletter through GraphQL and a real SMTP server: double opt-in with a single-use
 * confirmation link, an unsubscribe link in every issue, no account needed; subscribing from
 * the signature form goes through the same confirmation.
 */
import { errorCodes, gql } from '../helpers/client';
import {
  ConfirmNewsletterSubscriptionDocument,
  SendNewsletterDocument,
  SignCampaignDocument,
  SubscribeToNewsletterDocument,
  UnsubscribeDocument,
} from '../generated/graphql';
import { CAMPAIGN_SLUG, OTHER_CAMPAIGN_SLUG, PUBLIC_URL, bearer, startSupportersEnv, type SupportersTestEnv } from './fixtures';
import { SUPPORTERS } from './identities';
import { tokenFrom } from './smtp';

let env: SupportersTestEnv;
let admin: Record<string, string>;
beforeAll(async () => {
  env = await startSupportersEnv();
  admin = await bearer(env.server, 'ADMIN');
});
afterAll(() => env.close());

const subscribe = (email: string) => gql(env.url, SubscribeToNewsletterDocument, { input: { email, over18: true } });
const issue = (subject: string) => gql(env.url, SendNewsletterDocument, { input: { subject, text: 'News about defenders.' } }, admin);

it('subscribes only after the e-mailed link is followed, once; every issue carries a working unsubscribe link', async () => {
  const email = SUPPORTERS.subscriber.email;
  const res = await subscribe(email);
  expect(res.body.data?.subscribeToNewsletter.accepted).toBe(true);

  // Not confirmed yet: an issue goes to nobody.
  expect((await issue('Issue 0')).body.data?.sendNewsletter.recipients).toBe(0);

  const confirmation = await env.smtp.next(email);
  expect(confirmation.subject).toMatch(/confirm/i);
  expect(confirmation.mail.from?.value[0].address).toBe('no-reply@campaign.example');
  const token = tokenFrom(confirmation, '/newsletter/confirm');
  expect(confirmation.text).toContain(`${PUBLIC_URL}/newsletter/confirm?token=`);

  const confirmed = await gql(env.url, ConfirmNewsletterSubscriptionDocument, { input: { token } });
  expect(confirmed.body.data?.confirmNewsletterSubscription.confirmed).toBe(true);
  const reused = await gql(env.url, ConfirmNewsletterSubscriptionDocument, { input: { token } });
  expect(errorCodes(reused)).toEqual(['BAD_USER_INPUT']);

  // Only ADMIN sends issues.
  const forbidden = await gql(env.url, SendNewsletterDocument, { input: { subject: 'x', text: 'y' } }, await bearer(env.server, 'MODERATOR'));
  expect(errorCodes(forbidden)).toEqual(['FORBIDDEN']);

  expect((await issue('Issue 1')).body.data?.sendNewsletter.recipients).toBe(1);
  const news = await env.smtp.next(email, (m) => m.subject === 'Issue 1');
  expect(news.text).toContain('News about defenders.');
  const unsubscribeToken = tokenFrom(news, '/newsletter/unsubscribe');

  const unsubscribed = await gql(env.url, UnsubscribeDocument, { input: { token: unsubscribeToken } });
  expect(unsubscribed.body.data?.unsubscribe.unsubscribed).toBe(true);
  // The address is deleted at once (retention: 0 days after withdrawal).
  const [{ n }]: { n: number }[] = await env.server.db.read((m) => m.query(`SELECT count(*)::int AS n FROM newsletter_subscription`));
  expect(n).toBe(0);
  expect((await issue('Issue 2')).body.data?.sendNewsletter.recipients).toBe(0);

  const forged = await gql(env.url, UnsubscribeDocument, { input: { token: unsubscribeToken.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')) } });
  expect(errorCodes(forged)).toEqual(['BAD_USER_INPUT']);
});

it('answers a second subscription the same way, and tells the mailbox (not the caller) that nothing changed', async () => {
  const email = SUPPORTERS.signer.email;
  const first = await subscribe(email);
  const token = tokenFrom(await env.smtp.next(email), '/newsletter/confirm');
  await gql(env.url, ConfirmNewsletterSubscriptionDocument, { input: { token } });
  const second = await subscribe(`  ${email.toUpperCase()}  `);
  expect(second.body).toEqual(first.body);
  const note = await env.smtp.next(email);
  expect(note.subject).toMatch(/already subscribed/i);
  expect(note.text).toContain('/newsletter/unsubscribe?token=');
});

it('starts the same double opt-in from the signature form', async () => {
  const { email, name } = SUPPORTERS.minor;
  await gql(env.url, SignCampaignDocument, {
    input: { campaignSlug: CAMPAIGN_SLUG, name, email, over18: false, guardianPermission: true, handOverName: false, newsletter: true },
  });
  const mail = await env.smtp.next(email);
  expect(mail.subject).toMatch(/confirm/i);
  const [{ confirmed }]: { confirmed: Date | null }[] = await env.server.db.read((m) =>
    m.query(`SELECT confirmed_at AS confirmed FROM newsletter_subscription ORDER BY created_at DESC LIMIT 1`),
  );
  expect(confirmed).toBeNull();
});

it('refuses malformed and expired confirmation tokens alike', async () => {
  const { email } = SUPPORTERS.stranger;
  await subscribe(email);
  const token = tokenFrom(await env.smtp.next(email), '/newsletter/confirm');
  await env.server.db.transaction((m) => m.query(`UPDATE newsletter_subscription SET confirm_expires_at = now() - interval '1 minute'`));
  const expired = await gql(env.url, ConfirmNewsletterSubscriptionDocument, { input: { token } });
  const malformed = await gql(env.url, ConfirmNewsletterSubscriptionDocument, { input: { token: 'nope' } });
  expect(errorCodes(expired)).toEqual(['BAD_USER_INPUT']);
  expect(malformed.body.errors?.[0].message).toBe(expired.body.errors?.[0].message);
});

it('sends one address at most 3 confirmation mails an hour, from the signature form and the newsletter form together, answering the same', async () => {
  const { email, name } = SUPPORTERS.mailbombed;
  const signs = [];
  for (let i = 0; i < 25; i++) {
    const res = await gql(env.url, SignCampaignDocument, {
      input: { campaignSlug: i % 2 ? CAMPAIGN_SLUG : OTHER_CAMPAIGN_SLUG, name, email, over18: true, handOverName: false, newsletter: true },
    });
    signs.push(res.body);
  }
  const subscribed = await subscribe(` ${email.toUpperCase()}`);
  expect(new Set(signs.map((b) => JSON.stringify(b)))).toEqual(new Set([JSON.stringify({ data: { signCampaign: { accepted: true } } })]));
  expect(subscribed.body.data?.subscribeToNewsletter.accepted).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(env.smtp.to(email)).toHaveLength(3);
  // The limit is the recipient's, not the client's: another address still gets its mail.
  await subscribe(SUPPORTERS.exporter.email);
  expect((await env.smtp.next(SUPPORTERS.exporter.email)).subject).toMatch(/confirm/i);
});

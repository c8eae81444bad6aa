/**
 * Signing a campaign through GraphQL: a signature counts only once its address is confirmed
 * through the e-mailed link (so the public count says nothing about who had signed),
 * de-duplication by address, counts on Campaign, the age rule, encryption at rest, the ADMIN
 * view, and concurrent signatures (never lost, never double counted) — on PGlite this also
 * exercises the transaction queue.
 */
import { gql, errorCodes } from '../helpers/client';
import {
  CampaignSupportDocument,
  ConfirmSignatureDocument,
  SignCampaignDocument,
  SupporterSignaturesDocument,
  type SignCampaignInput,
} from '../generated/graphql';
import { CAMPAIGN_SLUG, OTHER_CAMPAIGN_SLUG, PUBLIC_URL, adult, bearer, startSupportersEnv, type SupportersTestEnv } from './fixtures';
import { CROWD_SIZE, SUPPORTERS, crowd } from './identities';
import { tokenFrom, type ReceivedMail } from './smtp';
import { createPersonalDataCipher } from '../../src/modules/supporters/crypto';
import { dataKeyOf, loadConfig } from '../../src/config';

let env: SupportersTestEnv;
beforeAll(async () => {
  // Behind a (test) proxy on loopback, so the crowd below can sign from many client addresses.
  env = await startSupportersEnv({ TRUST_PROXY: 'loopback' });
});
afterAll(() => env.close());

const sign = (input: Partial<SignCampaignInput> & { name: string; email: string }, headers?: Record<string, string>) =>
  gql(env.url, SignCampaignDocument, { input: { campaignSlug: CAMPAIGN_SLUG, handOverName: false, ...adult, ...input } }, headers);

const support = async (slug = CAMPAIGN_SLUG) => {
  const res = await gql(env.url, CampaignSupportDocument, { slug });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.campaign!;
};

const isConfirmation = (m: ReceivedMail) => m.text.includes('/signatures/confirm?token=');
/** The next signature-confirmation mail to the address, and the token of its link. */
const confirmationTo = async (email: string) => {
  const mail = await env.smtp.next(email, isConfirmation);
  return { mail, token: tokenFrom(mail, '/signatures/confirm') };
};
const confirm = (token: string, headers?: Record<string, string>) => gql(env.url, ConfirmSignatureDocument, { input: { token } }, headers);
/** Confirms an address's signature with the link of the next confirmation mail to it. */
const confirmNext = async (email: string) => {
  const res = await confirm((await confirmationTo(email)).token);
  expect(res.body).toEqual({ data: { confirmSignature: { confirmed: true } } });
};

it('answers identically for a new and an already-signed address, and the count moves only when the address is confirmed', async () => {
  const before = await support();
  const first = await sign({ ...SUPPORTERS.signer, country: 'KE', handOverName: true });
  const afterFirst = await support();
  const again = await sign({ name: SUPPORTERS.signer.name, email: `  ${SUPPORTERS.signer.email.toUpperCase()} `, country: 'KE', handOverName: true });
  expect(first.body).toEqual({ data: { signCampaign: { accepted: true } } });
  expect(again.body).toEqual(first.body);
  expect(again.status).toBe(first.status);
  // Reading, signing with an address, reading again tells nothing: the count has not moved.
  expect(afterFirst).toEqual(before);
  expect(await support()).toEqual(before);

  // Each signature sent a link to the address (and only there); the second replaced the first.
  const older = await confirmationTo(SUPPORTERS.signer.email);
  const newer = await confirmationTo(SUPPORTERS.signer.email);
  expect(newer.mail.subject).toMatch(/confirm your signature/i);
  expect(newer.mail.text).toContain(`${PUBLIC_URL}/signatures/confirm?token=`);
  expect(newer.mail.text).toContain('Test campaign');
  expect(newer.mail.text).not.toContain(SUPPORTERS.signer.name); // nothing typed into the form is mailed
  expect(errorCodes(await confirm(older.token))).toEqual(['BAD_USER_INPUT']);
  expect(await support()).toEqual(before);

  expect((await confirm(newer.token)).body).toEqual({ data: { confirmSignature: { confirmed: true } } });
  const after = await support();
  expect(after.signatureCount).toBe(before.signatureCount + 1);
  expect(after.supporterCountriesCount).toBe(1);
  // The link works once.
  expect(errorCodes(await confirm(newer.token))).toEqual(['BAD_USER_INPUT']);
});

it('answers a confirmed address the same way again, changes nothing, and tells only its mailbox', async () => {
  const p = SUPPORTERS.resigner;
  const first = await sign({ ...p, country: 'UG' });
  await confirmNext(p.email);
  const counted = await support();
  const again = await sign({ ...p, country: 'BR', handOverName: true });
  expect(again.body).toEqual(first.body);
  expect(again.status).toBe(first.status);
  expect(await support()).toEqual(counted);
  const note = await env.smtp.next(p.email);
  expect(note.subject).toMatch(/already signed/i);
  expect(note.text).not.toContain('token=');
  // The confirmed signature kept what was confirmed.
  const admin = await gql(env.url, SupporterSignaturesDocument, { campaignSlug: CAMPAIGN_SLUG, first: 100 }, await bearer(env.server, 'ADMIN'));
  expect(admin.body.data!.supporterSignatures.nodes.find((n) => n.email === p.email)).toMatchObject({ country: 'UG', handOverName: false });
});

it('refuses expired and malformed confirmation tokens alike, and the signature stays uncounted', async () => {
  const p = SUPPORTERS.neverConfirmed;
  const before = await support(OTHER_CAMPAIGN_SLUG);
  await sign({ ...p, campaignSlug: OTHER_CAMPAIGN_SLUG });
  const { token } = await confirmationTo(p.email);
  const cipher = createPersonalDataCipher(dataKeyOf(loadConfig({ NODE_ENV: 'test' })).key);
  await env.server.db.transaction((m) =>
    m.query(`UPDATE supporter_signature SET confirm_expires_at = now() - interval '1 minute' WHERE email_hash = $1`, [cipher.emailHash(p.email)]),
  );
  const expired = await confirm(token);
  const malformed = await confirm('nope');
  expect(errorCodes(expired)).toEqual(['BAD_USER_INPUT']);
  expect(malformed.body).toEqual(expired.body);
  expect(await support(OTHER_CAMPAIGN_SLUG)).toEqual(before);
});

it('counts the same address separately on another campaign, and counts countries per campaign', async () => {
  await sign({ ...SUPPORTERS.signer, campaignSlug: OTHER_CAMPAIGN_SLUG, country: 'BR' });
  await sign({ ...SUPPORTERS.minor, campaignSlug: OTHER_CAMPAIGN_SLUG, over18: false, guardianPermission: true, country: 'co' });
  expect(await support(OTHER_CAMPAIGN_SLUG)).toMatchObject({ signatureCount: 0, supporterCountriesCount: 0 });
  await confirmNext(SUPPORTERS.signer.email);
  await confirmNext(SUPPORTERS.minor.email);
  expect(await support(OTHER_CAMPAIGN_SLUG)).toMatchObject({ signatureCount: 2, supporterCountriesCount: 2 });
});

it('signs by global ID too', async () => {
  const { id } = await support();
  const res = await sign({ ...SUPPORTERS.signer, campaignSlug: undefined, campaignId: id });
  expect(res.body.data?.signCampaign.accepted).toBe(true);
});

it('refuses a supporter under 18 without a guardian’s permission, naming the field', async () => {
  const res = await sign({ ...SUPPORTERS.minor, over18: false });
  expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  expect(res.body.errors![0].extensions?.field).toBe('guardianPermission');
  const ok = await sign({ ...SUPPORTERS.minor, over18: false, guardianPermission: true });
  expect(ok.body.data?.signCampaign.accepted).toBe(true);
  await confirmNext(SUPPORTERS.minor.email);
});

it('rejects bad input without echoing it', async () => {
  const badEmail = await sign({ name: SUPPORTERS.stranger.name, email: 'wilhelmina.nobodyknows-at-nowhere' });
  expect(errorCodes(badEmail)).toEqual(['BAD_USER_INPUT']);
  expect(JSON.stringify(badEmail.body)).not.toContain('nobodyknows');
  const unknownCampaign = await sign({ ...SUPPORTERS.stranger, campaignSlug: 'no-such-campaign' });
  expect(errorCodes(unknownCampaign)).toEqual(['BAD_USER_INPUT']);
  const unknownCountry = await sign({ ...SUPPORTERS.stranger, country: 'XX' });
  expect(unknownCountry.body.errors?.[0].extensions?.field).toBe('country');
  expect(JSON.stringify([unknownCampaign.body, unknownCountry.body])).not.toContain('Wilhelmina');
  expect(errorCodes(await confirm('A'.repeat(43)))).toEqual(['BAD_USER_INPUT']);
});

it('stores names and addresses only encrypted, with a keyed hash of the normalised address, and tokens only hashed', async () => {
  const rows: Record<string, string | null>[] = await env.server.db.read((m) => m.query(`SELECT * FROM supporter_signature`));
  const dump = JSON.stringify(rows).toLowerCase();
  for (const p of [SUPPORTERS.signer, SUPPORTERS.minor]) {
    expect(dump).not.toContain(p.email.toLowerCase());
    expect(dump).not.toContain(p.name.toLowerCase());
    expect(dump).not.toContain(p.email.split('@')[0]);
  }
  const cipher = createPersonalDataCipher(dataKeyOf(loadConfig({ NODE_ENV: 'test' })).key);
  const mine = rows.filter((r) => r.email_hash === cipher.emailHash(SUPPORTERS.signer.email));
  expect(mine).toHaveLength(2); // two campaigns
  expect(cipher.decrypt(mine[0].name_enc!)).toBe(SUPPORTERS.signer.name);
  const pending = rows.filter((r) => r.confirmed_at === null);
  expect(pending.length).toBeGreaterThan(0);
  expect(pending.every((r) => /^[0-9a-f]{64}$/.test(r.confirm_token_hash!))).toBe(true);
  expect(rows.filter((r) => r.confirmed_at !== null).every((r) => r.confirm_token_hash === null)).toBe(true);
});

it('shows decrypted supporter data of confirmed signatures to ADMIN only, and audits the read without personal data', async () => {
  const anonymous = await gql(env.url, SupporterSignaturesDocument, { campaignSlug: CAMPAIGN_SLUG });
  expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
  const moderator = await gql(env.url, SupporterSignaturesDocument, { campaignSlug: CAMPAIGN_SLUG }, await bearer(env.server, 'MODERATOR'));
  expect(errorCodes(moderator)).toEqual(['FORBIDDEN']);

  await sign(SUPPORTERS.stranger); // never confirmed
  const admin = await gql(env.url, SupporterSignaturesDocument, { campaignSlug: CAMPAIGN_SLUG, first: 100 }, await bearer(env.server, 'ADMIN'));
  expect(admin.body.errors).toBeUndefined();
  const nodes = admin.body.data!.supporterSignatures.nodes;
  // The address as last typed before confirming (the first test confirmed its upper-case spelling).
  expect(nodes.find((n) => n.email.toLowerCase() === SUPPORTERS.signer.email)).toMatchObject({
    name: SUPPORTERS.signer.name,
    country: 'KE',
    handOverName: true,
  });
  expect(nodes.find((n) => n.email === SUPPORTERS.minor.email)).toMatchObject({ guardianPermission: true });
  expect(nodes.map((n) => n.email)).not.toContain(SUPPORTERS.stranger.email);
  expect(admin.body.data!.supporterSignatures.totalCount).toBe((await support()).signatureCount);

  const audit: { before: unknown; after: unknown; action: string }[] = await env.server.db.read((m) =>
    m.query(`SELECT action, before, after FROM audit_event WHERE entity_type = 'Campaign'`),
  );
  expect(audit.map((a) => a.action)).toContain('read-personal-data');
  expect(JSON.stringify(audit).toLowerCase()).not.toMatch(/zephyrine|quillfeather|octavian|supporters\.example/);
});

it(`never loses or double counts concurrent signatures (${CROWD_SIZE} at once, a quarter of them duplicates), counted once confirmed`, async () => {
  const before = (await support()).signatureCount;
  const unique = CROWD_SIZE * 0.75;
  // Each person signs from their own address (X-Forwarded-For, trusted from loopback here).
  const from = (person: number) => ({ 'x-forwarded-for': `198.51.100.${person + 1}` });
  // Requests 0..29 are new signers; 30..39 repeat signers 0..9 in another spelling, at the same time.
  const requests = Array.from({ length: CROWD_SIZE }, (_, i) => {
    const person = i < unique ? i : i - unique;
    const p = crowd(person);
    // The repeats use another spelling of the same address.
    const email = i < unique ? p.email : ` ${p.email.toUpperCase()}`;
    return sign({ name: p.name, email, country: ['KE', 'BR', 'IN', 'PH'][i % 4] }, from(person));
  });
  // Reads at the same time, to interleave with the writes.
  const reads = Array.from({ length: 10 }, () => support());
  const results = await Promise.all([...requests, ...reads]);
  for (const res of results.slice(0, CROWD_SIZE)) expect((res as { body: unknown }).body).toEqual({ data: { signCampaign: { accepted: true } } });
  expect((await support()).signatureCount).toBe(before);

  // Every request mailed a link: one per new signer, two to each repeated one (only the last stored works).
  const links = await Promise.all(
    Array.from({ length: unique }, async (_, person) => {
      const email = crowd(person).email;
      const mails = person < CROWD_SIZE - unique ? [await confirmationTo(email), await confirmationTo(email)] : [await confirmationTo(email)];
      return mails.map((m) => ({ person, token: m.token }));
    }),
  );
  const confirmations = await Promise.all(links.flat().map(({ person, token }) => confirm(token, from(person)).then((res) => ({ person, res }))));
  const confirmed = confirmations.filter((c) => c.res.body.data?.confirmSignature.confirmed);
  expect(confirmed.map((c) => c.person).sort((a, b) => a - b)).toEqual(Array.from({ length: unique }, (_, i) => i));
  for (const c of confirmations.filter((x) => !x.res.body.data)) expect(errorCodes(c.res)).toEqual(['BAD_USER_INPUT']);

  const after = await support();
  expect(after.signatureCount).toBe(before + unique);
  const [{ n }]: { n: number }[] = await env.server.db.read((m) =>
    m.query(`SELECT count(*)::int AS n FROM supporter_signature s JOIN campaign c ON c.id = s.campaign_id WHERE c.slug = $1 AND s.confirmed_at IS NOT NULL`, [
      CAMPAIGN_SLUG,
    ]),
  );
  expect(n).toBe(after.signatureCount);
});

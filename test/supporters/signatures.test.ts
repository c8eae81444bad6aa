/**
 * Signing a campaign through GraphQL: de-duplication by address, counts on Campaign, the age
 * rule, encryption at rest, the ADMIN view, and concurrent signatures (never lost, never
 * double counted) — on PGlite this also exercises the transaction queue.
 */
import { gql, errorCodes } from '../helpers/client';
import {
  CampaignSupportDocument,
  SignCampaignDocument,
  SupporterSignaturesDocument,
  type SignCampaignInput,
} from '../generated/graphql';
import { CAMPAIGN_SLUG, OTHER_CAMPAIGN_SLUG, adult, bearer, startSupportersEnv, type SupportersTestEnv } from './fixtures';
import { CROWD_SIZE, SUPPORTERS, crowd } from './identities';
import { createPersonalDataCipher } from '../../src/modules/supporters/crypto';
import { dataKeyOf, loadConfig } from '../../src/config';

let env: SupportersTestEnv;
beforeAll(async () => {
  env = await startSupportersEnv();
});
afterAll(() => env.close());

const sign = (input: Partial<SignCampaignInput> & { name: string; email: string }, headers?: Record<string, string>) =>
  gql(env.url, SignCampaignDocument, { input: { campaignSlug: CAMPAIGN_SLUG, handOverName: false, ...adult, ...input } }, headers);

const support = async (slug = CAMPAIGN_SLUG) => {
  const res = await gql(env.url, CampaignSupportDocument, { slug });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.campaign!;
};

it('counts a signature once, whatever the case and spacing of the address, and answers the same both times', async () => {
  const before = await support();
  const first = await sign({ ...SUPPORTERS.signer, country: 'KE', handOverName: true });
  const again = await sign({ name: SUPPORTERS.signer.name, email: `  ${SUPPORTERS.signer.email.toUpperCase()} `, country: 'KE' });
  expect(first.body).toEqual({ data: { signCampaign: { accepted: true } } });
  expect(again.body).toEqual(first.body);
  expect(again.status).toBe(first.status);
  const after = await support();
  expect(after.signatureCount).toBe(before.signatureCount + 1);
  expect(after.supporterCountriesCount).toBe(1);
});

it('counts the same address separately on another campaign, and counts countries per campaign', async () => {
  await sign({ ...SUPPORTERS.signer, campaignSlug: OTHER_CAMPAIGN_SLUG, country: 'BR' });
  await sign({ ...SUPPORTERS.minor, campaignSlug: OTHER_CAMPAIGN_SLUG, over18: false, guardianPermission: true, country: 'co' });
  const other = await support(OTHER_CAMPAIGN_SLUG);
  expect(other).toMatchObject({ signatureCount: 2, supporterCountriesCount: 2 });
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
});

it('stores names and addresses only encrypted, with a keyed hash of the normalised address', async () => {
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
});

it('shows decrypted supporter data to ADMIN only, and audits the read without personal data', async () => {
  const anonymous = await gql(env.url, SupporterSignaturesDocument, { campaignSlug: CAMPAIGN_SLUG });
  expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
  const moderator = await gql(env.url, SupporterSignaturesDocument, { campaignSlug: CAMPAIGN_SLUG }, await bearer(env.server, 'MODERATOR'));
  expect(errorCodes(moderator)).toEqual(['FORBIDDEN']);

  const admin = await gql(env.url, SupporterSignaturesDocument, { campaignSlug: CAMPAIGN_SLUG, first: 100 }, await bearer(env.server, 'ADMIN'));
  expect(admin.body.errors).toBeUndefined();
  const nodes = admin.body.data!.supporterSignatures.nodes;
  expect(nodes.find((n) => n.email === SUPPORTERS.signer.email)).toMatchObject({ name: SUPPORTERS.signer.name, country: 'KE', handOverName: true });
  expect(nodes.find((n) => n.email === SUPPORTERS.minor.email)).toMatchObject({ guardianPermission: true });

  const audit: { before: unknown; after: unknown; action: string }[] = await env.server.db.read((m) =>
    m.query(`SELECT action, before, after FROM audit_event WHERE entity_type = 'Campaign'`),
  );
  expect(audit.map((a) => a.action)).toContain('read-personal-data');
  expect(JSON.stringify(audit).toLowerCase()).not.toMatch(/zephyrine|quillfeather|octavian|supporters\.example/);
});

it(`never loses or double counts concurrent signatures (${CROWD_SIZE} at once, a quarter of them duplicates)`, async () => {
  const before = (await support()).signatureCount;
  const unique = CROWD_SIZE * 0.75;
  // Requests 0..29 are new signers; 30..39 repeat signers 0..9 in another spelling, at the same time.
  const requests = Array.from({ length: CROWD_SIZE }, (_, i) => {
    const p = crowd(i < unique ? i : i - unique);
    // The repeats use another spelling of the same address.
    const email = i < unique ? p.email : ` ${p.email.toUpperCase()}`;
    return sign({ name: p.name, email, country: ['KE', 'BR', 'IN', 'PH'][i % 4] });
  });
  // Reads at the same time, to interleave with the writes.
  const reads = Array.from({ length: 10 }, () => support());
  const results = await Promise.all([...requests, ...reads]);
  for (const res of results.slice(0, CROWD_SIZE)) expect((res as { body: unknown }).body).toEqual({ data: { signCampaign: { accepted: true } } });

  const after = await support();
  expect(after.signatureCount).toBe(before + unique);
  const [{ n }]: { n: number }[] = await env.server.db.read((m) =>
    m.query(`SELECT count(*)::int AS n FROM supporter_signature s JOIN campaign c ON c.id = s.campaign_id WHERE c.slug = $1`, [CAMPAIGN_SLUG]),
  );
  expect(n).toBe(after.signatureCount);
});

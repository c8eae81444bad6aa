/**
 * Durability on embedded PGlite with a temporary DATA_DIR: signatures survive a restart, so do
 * the links confirming them, and `npm run retention` (the built script) works on the same data
 * between two runs.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { simpleParser } from 'mailparser';
import { gql } from '../helpers/client';
import { startTestServer, type TestServer } from '../helpers/server';
import { CampaignSupportDocument, ConfirmSignatureDocument, SignCampaignDocument } from '../generated/graphql';
import { CAMPAIGN_SLUG, ensureCampaign } from './fixtures';
import { SUPPORTERS } from './identities';
import { RETENTION } from '../../src/modules/supporters/privacy-notice';

const SCRIPT = path.join(__dirname, '..', '..', 'dist', 'scripts', 'retention.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-supporters-'));
// Always PGlite on disk, even when the suite runs on PostgreSQL (DATABASE_URL set but emptied here).
const env = { DATA_DIR: dataDir, DATABASE_URL: '', SEED_ON_START: 'true' };

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const countOf = async (server: TestServer) => (await gql(server.url, CampaignSupportDocument, { slug: CAMPAIGN_SLUG })).body.data!.campaign!;

/** The token of the signature-confirmation mail the server wrote to `<DATA_DIR>/outbox` (no SMTP here) for the address. */
async function confirmationToken(email: string): Promise<string> {
  const outbox = path.join(dataDir, 'outbox');
  const mails = await Promise.all(fs.readdirSync(outbox).map((f) => simpleParser(fs.readFileSync(path.join(outbox, f)))));
  const texts = mails.filter((m) => m.to && !Array.isArray(m.to) && m.to.value[0].address === email).map((m) => m.text ?? '');
  const tokens = texts.map((t) => /\/signatures\/confirm\?token=([A-Za-z0-9_-]{43})/.exec(t)?.[1]).filter((t): t is string => !!t);
  expect(tokens).toHaveLength(1);
  return tokens[0];
}

const confirm = async (server: TestServer, email: string) =>
  expect((await gql(server.url, ConfirmSignatureDocument, { input: { token: await confirmationToken(email) } })).body.data?.confirmSignature.confirmed).toBe(
    true,
  );

it('keeps every signature and confirmation link across a restart, and the retention script anonymises only expired ones', async () => {
  let server = await startTestServer(env);
  expect(server.db.kind).toBe('pglite');
  await ensureCampaign(server, CAMPAIGN_SLUG);
  for (const p of [SUPPORTERS.restarter, SUPPORTERS.retired, SUPPORTERS.latecomer]) {
    const res = await gql(server.url, SignCampaignDocument, { input: { campaignSlug: CAMPAIGN_SLUG, ...p, country: 'AR', over18: true, handOverName: false } });
    expect(res.body.data?.signCampaign.accepted).toBe(true);
  }
  expect((await countOf(server)).signatureCount).toBe(0);
  await confirm(server, SUPPORTERS.restarter.email);
  await confirm(server, SUPPORTERS.retired.email);
  const before = await countOf(server);
  expect(before.signatureCount).toBe(2);
  // Backdate one confirmed signature past the petition's retention period.
  await server.db.transaction((m) =>
    m.query(
      `UPDATE supporter_signature SET signed_at = now() - make_interval(days => $1)
       WHERE id = (SELECT min(id::text)::uuid FROM supporter_signature WHERE confirmed_at IS NOT NULL)`,
      [RETENTION.SIGN_PETITION.days + 1],
    ),
  );
  await server.close();

  server = await startTestServer(env);
  expect(await countOf(server)).toEqual(before);
  // A link mailed before the restart still confirms after it.
  await confirm(server, SUPPORTERS.latecomer.email);
  const confirmed = await countOf(server);
  expect(confirmed.signatureCount).toBe(3);
  await server.close();

  // `npm run retention` is `node dist/scripts/retention.js` after a build (npm test builds dist first).
  expect(fs.existsSync(SCRIPT)).toBe(true);
  const { stdout } = await promisify(execFile)(process.execPath, [SCRIPT], {
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, NODE_ENV: 'production', LOG_LEVEL: 'silent' },
  });
  expect(stdout).toMatch(/retention \(pglite\): signaturesAnonymised 1, messagesDeleted 0/);

  server = await startTestServer(env);
  try {
    expect(await countOf(server)).toEqual(confirmed);
    const rows: { anonymised: boolean }[] = await server.db.read((m) =>
      m.query(`SELECT anonymised_at IS NOT NULL AS anonymised FROM supporter_signature ORDER BY anonymised_at NULLS FIRST`),
    );
    expect(rows).toEqual([{ anonymised: false }, { anonymised: false }, { anonymised: true }]);
  } finally {
    await server.close();
  }
});

/**
 * Erasure without SMTP: mails are written as .eml files to <DATA_DIR>/outbox, and they hold the
 * person's address, name and texts, so confirming an erasure deletes that person's files too
 * (and only theirs).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { gql } from '../helpers/client';
import { ConfirmDataRightsRequestDocument, RequestErasureDocument, SignCampaignDocument } from '../generated/graphql';
import { startTestServer, type TestServer } from '../helpers/server';
import { CAMPAIGN_SLUG, ensureCampaign } from './fixtures';
import { SUPPORTERS } from './identities';

let server: TestServer;
let dataDir: string;
let outbox: string;
beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'atlas-outbox-erasure-'));
  outbox = path.join(dataDir, 'outbox');
  server = await startTestServer({ DATA_DIR: dataDir, PUBLIC_URL: 'https://campaign.example' });
  await ensureCampaign(server, CAMPAIGN_SLUG);
});
afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const files = () =>
  readdirSync(outbox)
    .filter((f) => f.endsWith('.eml'))
    .map((f) => readFileSync(path.join(outbox, f), 'utf8'));
const mentions = (address: string) => files().filter((f) => f.toLowerCase().includes(address.toLowerCase()));
const sign = (p: { name: string; email: string }) =>
  gql(server.url, SignCampaignDocument, { input: { campaignSlug: CAMPAIGN_SLUG, ...p, over18: true, handOverName: false, newsletter: true } });

it('deletes the erased person’s .eml files from the outbox, and nobody else’s', async () => {
  const person = SUPPORTERS.outboxEraser;
  const other = SUPPORTERS.stranger;
  await sign(person);
  await sign(other);
  await gql(server.url, RequestErasureDocument, { input: { email: ` ${person.email.toUpperCase()} ` } });
  expect(mentions(person.email)).toHaveLength(3); // signature confirmation, newsletter confirmation, erasure link
  expect(mentions(other.email)).toHaveLength(2);

  const [eraseMail] = await Promise.all(mentions(person.email).map((raw) => simpleParser(raw))).then((parsed) =>
    parsed.filter((m) => /erasure/i.test(m.subject ?? '')),
  );
  const token = /\/data-rights\/confirm\?token=([A-Za-z0-9_-]{43})/.exec(eraseMail.text ?? '')![1];
  const confirmed = await gql(server.url, ConfirmDataRightsRequestDocument, { input: { token } });
  expect(confirmed.body.data?.confirmDataRightsRequest).toEqual({ kind: 'ERASE', completed: true });

  expect(mentions(person.email)).toEqual([]);
  expect(mentions(other.email)).toHaveLength(2);
});

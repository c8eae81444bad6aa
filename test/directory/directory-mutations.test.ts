/** Editors' mutations: roles, validation naming the field, nothing half-written, audit and change feed in the same transaction. */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  ArchiveDirectoryRecordDocument,
  CreateDirectoryRecordDocument,
  DirectoryDocument,
  DirectoryNodeDocument,
  MarkDirectoryRecordVerifiedDocument,
  UpdateDirectoryRecordDocument,
} from '../generated/graphql';
import { directorySeedFile, type OrganizationSeed } from '../../src/modules/directory/seed-schema';
import { startTestServer, type TestServer } from '../helpers/server';
import { errorCodes, gql } from '../helpers/client';

const seeded: OrganizationSeed = directorySeedFile.parse(
  parse(fs.readFileSync(path.join(__dirname, '..', '..', 'seeds', 'directory', 'organizations.yaml'), 'utf8')),
).organizations[0];

const newOrg = (): Record<string, unknown> => ({
  slug: 'test-solidarity-fund',
  name: { en: 'Test Solidarity Fund', fr: 'Fonds de solidarité test' },
  summary: { en: 'A fund created by an editor in a test, for defenders facing smear campaigns.' },
  website: 'https://example.org',
  languages: ['en', 'sw'],
  coverage: { global: false, systems: ['AU'] },
  contactChannels: [{ kind: 'EMAIL', value: 'help@example.org', languages: ['sw'] }],
  services: [
    {
      slug: 'test-solidarity-fund-grant',
      kind: 'EMERGENCY_GRANT',
      name: { en: 'Solidarity grant' },
      description: { en: 'A small grant.' },
      risks: ['SMEAR_CAMPAIGN'],
      speed: 'DAYS',
    },
  ],
  sources: [{ url: 'https://example.org/about', title: 'About the fund', kind: 'OFFICIAL', access: 'LIVE', evidenceOn: '2025-01-15', readOn: '2025-01-15' }],
});

let server: TestServer;
let editor: Record<string, string>;
let moderator: Record<string, string>;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
/** Everything the directory holds, to prove a failed mutation wrote nothing. */
const dump = () =>
  server.db.read(async (m) => ({
    records: await m.query(`SELECT slug, updated_at, archived_at FROM directory_record ORDER BY slug`),
    offers: await m.query(`SELECT count(*)::int AS n FROM directory_offer`),
    channels: await m.query(`SELECT count(*)::int AS n FROM directory_contact_channel`),
    audit: await m.query(`SELECT count(*)::int AS n FROM audit_event`),
    snapshot: await server.services.directory.snapshot(),
  }));

beforeAll(async () => {
  server = await startTestServer();
  editor = bearer((await server.services.access.issueToken({ name: 'Directory editor', roles: ['EDITOR'] })).token);
  moderator = bearer((await server.services.access.issueToken({ name: 'Moderator', roles: ['MODERATOR'] })).token);
});
afterAll(() => server.close());

it('refuses anonymous callers (UNAUTHENTICATED) and other roles (FORBIDDEN), writing nothing', async () => {
  const before = await dump();
  const anonymous = await gql(server.url, CreateDirectoryRecordDocument, { input: { kind: 'ORGANIZATION', record: newOrg() } });
  expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
  const wrongRole = await gql(server.url, CreateDirectoryRecordDocument, { input: { kind: 'ORGANIZATION', record: newOrg() } }, moderator);
  expect(errorCodes(wrongRole)).toEqual(['FORBIDDEN']);
  expect(await dump()).toEqual(before);
});

it('rejects bad input with BAD_USER_INPUT naming the field, and leaves the database unchanged', async () => {
  const before = await dump();
  const cases: [Record<string, unknown>, string][] = [
    [{ ...newOrg(), services: [{ ...(newOrg().services as object[])[0], kind: 'FREE_PIZZA' }] }, 'input.record.services[0].kind'],
    [{ ...newOrg(), sources: [] }, 'input.record.sources'],
    [{ ...newOrg(), verifiedOn: '15/01/2025' }, 'input.record.verifiedOn'],
    [{ ...newOrg(), slug: 'Not A Slug' }, 'input.record.slug'],
    [{ ...newOrg(), slug: seeded.slug }, 'input.record.slug'],
    [{ ...newOrg(), services: [{ ...(newOrg().services as object[])[0], slug: seeded.services[0].slug }] }, 'input.record.services[0].slug'],
  ];
  for (const [record, field] of cases) {
    const res = await gql(server.url, CreateDirectoryRecordDocument, { input: { kind: 'ORGANIZATION', record } }, editor);
    expect({ field, codes: errorCodes(res) }).toEqual({ field, codes: ['BAD_USER_INPUT'] });
    expect(res.body.errors![0].extensions!.field).toBe(field);
  }
  expect(await dump()).toEqual(before);
});

it('creates, updates, verifies and archives a record, auditing each change and notifying the finder', async () => {
  const heard: string[] = [];
  const unsubscribe = server.services.changes.subscribe('directory', (t) => heard.push(t));
  const created = await gql(server.url, CreateDirectoryRecordDocument, { input: { kind: 'ORGANIZATION', record: newOrg() } }, editor);
  expect(created.body.errors).toBeUndefined();
  const id = created.body.data!.createDirectoryRecord.record.id;
  expect(created.body.data!.createDirectoryRecord.record).toMatchObject({ __typename: 'Organization', slug: 'test-solidarity-fund', status: 'ACTIVE' });
  const inKenya = await gql(server.url, DirectoryDocument, { country: 'KE', serviceKind: 'EMERGENCY_GRANT', language: 'sw', first: 100 });
  expect(inKenya.body.data!.directory.edges.map((e) => e.node.slug)).toContain('test-solidarity-fund');
  const snap = await server.services.directory.snapshot();
  expect(snap.organizations.find((o) => o.slug === 'test-solidarity-fund')?.services[0].slug).toBe('test-solidarity-fund-grant');

  const paused = { ...newOrg(), status: 'PAUSED', alert: { en: 'Not taking requests this month.' } };
  const updated = await gql(server.url, UpdateDirectoryRecordDocument, { input: { id, record: paused } }, editor);
  expect(updated.body.data!.updateDirectoryRecord.record).toMatchObject({ status: 'PAUSED', alert: { text: 'Not taking requests this month.' } });
  const renamed = await gql(server.url, UpdateDirectoryRecordDocument, { input: { id, record: { ...paused, slug: 'another-slug' } } }, editor);
  expect(renamed.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.record.slug' });

  const today = new Date().toISOString().slice(0, 10);
  const checked = (extra: Record<string, string>) => ({
    url: 'https://example.org/about',
    title: 'About the fund',
    kind: 'OFFICIAL' as const,
    access: 'LIVE' as const,
    evidenceOn: '2024-06',
    readOn: today,
    ...extra,
  });
  const future = await gql(server.url, MarkDirectoryRecordVerifiedDocument, { input: { id, sources: [checked({ readOn: '2999-01-01' })] } }, editor);
  expect(future.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sources[0].readOn' });
  const impossible = await gql(server.url, MarkDirectoryRecordVerifiedDocument, { input: { id, sources: [checked({ evidenceOn: '2025-02-30' })] } }, editor);
  expect(impossible.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sources[0].evidenceOn' });
  expect(JSON.stringify(impossible.body)).not.toContain('2025-02-30');
  const none = await gql(server.url, MarkDirectoryRecordVerifiedDocument, { input: { id, sources: [] } }, editor);
  expect(none.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sources' });
  // verifiedOn is the newest evidence a person checked (a page of June 2024), not the day of the check.
  const verified = await gql(
    server.url,
    MarkDirectoryRecordVerifiedDocument,
    { input: { id, sources: [checked({}), checked({ url: 'https://example.org/news', evidenceOn: '2023' })] } },
    editor,
  );
  expect(verified.body.errors).toBeUndefined();
  expect(verified.body.data!.markDirectoryRecordVerified.record).toMatchObject({ verifiedOn: '2024-06-01', verification: 'OFFICIAL_PAGE_LIVE' });

  const archived = await gql(server.url, ArchiveDirectoryRecordDocument, { input: { id } }, editor);
  expect(archived.body.errors).toBeUndefined();
  expect((await gql(server.url, DirectoryNodeDocument, { id })).body.data!.node).toBeNull();
  const search = await gql(server.url, DirectoryDocument, { search: 'Test Solidarity Fund' });
  expect(search.body.data!.directory.edges.map((e) => e.node.slug)).not.toContain('test-solidarity-fund');
  expect((await server.services.directory.snapshot()).organizations.map((o) => o.slug)).not.toContain('test-solidarity-fund');
  const again = await gql(server.url, ArchiveDirectoryRecordDocument, { input: { id } }, editor);
  expect(errorCodes(again)).toEqual(['NOT_FOUND']);

  const audit: { action: string; entity_type: string; actor_name: string }[] = await server.db.read((m) =>
    m.query(`SELECT action, entity_type, actor_name FROM audit_event WHERE entity_id = 'test-solidarity-fund' ORDER BY occurred_at, action`),
  );
  expect(audit.map((a) => a.action).sort()).toEqual(['archive', 'create', 'update', 'verify']);
  expect(audit.every((a) => a.entity_type === 'Organization' && a.actor_name === 'Directory editor')).toBe(true);
  await new Promise((r) => setTimeout(r, 200));
  unsubscribe();
  expect(heard.length).toBeGreaterThanOrEqual(4);
});

it('rejects ids that are not directory records', async () => {
  const res = await gql(server.url, ArchiveDirectoryRecordDocument, { input: { id: Buffer.from('Country:KE').toString('base64url') } }, editor);
  expect(res.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id' });
});

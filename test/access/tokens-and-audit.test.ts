/** API tokens, roles and the audit log, through GraphQL on the real server. */
import { startTestServer, type TestServer } from '../helpers/server';
import { errorCodes, gql, rawGraphql } from '../helpers/client';
import { RevokeApiTokenDocument } from '../generated/graphql';
import { hashToken } from '../../src/shared/tokens';
import type { Viewer } from '../../src/modules/access/viewer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ SEED_ON_START: 'false' });
});
afterAll(() => server.close());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const VIEWER = '{ viewer { name roles } }';
const TOKENS = '{ apiTokens(first: 100) { totalCount nodes { id name roles createdAt lastUsedAt revokedAt } } }';
const AUDIT = `query($type: String, $id: String) {
  auditEvents(entityType: $type, entityId: $id, first: 10) { totalCount nodes { actorName action entityType entityId before after } }
}`;

it('issues pa_ tokens that authenticate as their holder', async () => {
  const { token } = await server.services.access.issueToken({ name: 'Jane (editor)', roles: ['EDITOR', 'MODERATOR'] });
  expect(token).toMatch(/^pa_[A-Za-z0-9_-]{43}$/);
  const res = await rawGraphql(server.url, { query: VIEWER }, bearer(token));
  expect(res.body).toEqual({ data: { viewer: { name: 'Jane (editor)', roles: ['EDITOR', 'MODERATOR'] } } });
  // The scheme is case-insensitive (RFC 9110).
  const lower = await rawGraphql(server.url, { query: VIEWER }, { authorization: `bearer ${token}` });
  expect(lower.body.data).toEqual({ viewer: { name: 'Jane (editor)', roles: ['EDITOR', 'MODERATOR'] } });
});

it.each([
  ['no header', undefined],
  ['another scheme', 'Basic dXNlcjpwYXNz'],
  ['a token without the prefix', 'Bearer abc'],
  ['an unknown token', `Bearer pa_${'A'.repeat(43)}`],
  ['a bare token', `pa_${'A'.repeat(43)}`],
])('is anonymous with %s', async (_case, header) => {
  const res = await rawGraphql(server.url, { query: VIEWER }, header ? { authorization: header } : {});
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ data: { viewer: null } });
});

it('refuses a revoked token at once', async () => {
  const { token, id } = await server.services.access.issueToken({ name: 'leaving', roles: ['ADMIN'] });
  expect((await rawGraphql(server.url, { query: VIEWER }, bearer(token))).body.data).toEqual({ viewer: { name: 'leaving', roles: ['ADMIN'] } });
  expect(await server.services.access.revokeToken(id)).toMatchObject({ id, name: 'leaving', revokedAt: expect.any(Date) });
  expect(await server.services.access.revokeToken(id)).toBeNull();
  expect((await rawGraphql(server.url, { query: VIEWER }, bearer(token))).body.data).toEqual({ viewer: null });
  const res = await rawGraphql(server.url, { query: TOKENS }, bearer(token));
  expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
});

it('lets an ADMIN revoke a token through the API (revokeApiToken), audited; others may not', async () => {
  const admin = await server.services.access.issueToken({ name: 'revoking admin', roles: ['ADMIN'] });
  const target = await server.services.access.issueToken({ name: 'lost laptop', roles: ['EDITOR'] });
  const revoke = (id: string, token?: string) => gql(server.url, RevokeApiTokenDocument, { input: { id } }, token ? bearer(token) : {});

  expect(errorCodes(await revoke(target.id))).toEqual(['UNAUTHENTICATED']);
  expect(errorCodes(await revoke(target.id, target.token))).toEqual(['FORBIDDEN']);
  expect((await rawGraphql(server.url, { query: VIEWER }, bearer(target.token))).body.data).toEqual({ viewer: { name: 'lost laptop', roles: ['EDITOR'] } });

  const res = await revoke(target.id, admin.token);
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data!.revokeApiToken.apiToken).toEqual({ id: target.id, name: 'lost laptop', roles: ['EDITOR'], revokedAt: expect.any(String) });
  // At once: the token's cached lookup is dropped.
  expect((await rawGraphql(server.url, { query: VIEWER }, bearer(target.token))).body.data).toEqual({ viewer: null });

  const audit = await rawGraphql<{ auditEvents: { nodes: unknown[] } }>(
    server.url,
    { query: AUDIT, variables: { type: 'ApiToken', id: target.id } },
    bearer(admin.token),
  );
  expect(audit.body.data!.auditEvents.nodes).toEqual([
    {
      actorName: 'revoking admin',
      action: 'revoke',
      entityType: 'ApiToken',
      entityId: target.id,
      before: { revokedAt: null },
      after: { revokedAt: expect.any(String) },
    },
  ]);

  const again = await revoke(target.id, admin.token);
  expect(errorCodes(again)).toEqual(['NOT_FOUND']);
  const bad = await revoke('not-a-uuid', admin.token);
  expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
  expect(bad.body.errors![0].extensions).toMatchObject({ field: 'id' });
  expect(JSON.stringify(bad.body)).not.toContain('not-a-uuid');
  const after = await rawGraphql<{ auditEvents: { totalCount: number } }>(
    server.url,
    { query: AUDIT, variables: { type: 'ApiToken', id: target.id } },
    bearer(admin.token),
  );
  expect(after.body.data!.auditEvents.totalCount).toBe(1);
});

it('checks roles: anonymous is UNAUTHENTICATED, a missing role FORBIDDEN, ADMIN passes every check', async () => {
  expect(errorCodes(await rawGraphql(server.url, { query: TOKENS }))).toEqual(['UNAUTHENTICATED']);
  expect(errorCodes(await rawGraphql(server.url, { query: AUDIT }))).toEqual(['UNAUTHENTICATED']);

  const editor = await server.services.access.issueToken({ name: 'editor', roles: ['EDITOR'] });
  expect(errorCodes(await rawGraphql(server.url, { query: TOKENS }, bearer(editor.token)))).toEqual(['FORBIDDEN']);
  expect((await rawGraphql(server.url, { query: AUDIT }, bearer(editor.token))).body.errors).toBeUndefined();

  const moderator = await server.services.access.issueToken({ name: 'moderator', roles: ['MODERATOR'] });
  expect(errorCodes(await rawGraphql(server.url, { query: AUDIT }, bearer(moderator.token)))).toEqual(['FORBIDDEN']);

  const admin = await server.services.access.issueToken({ name: 'admin', roles: ['ADMIN'] });
  expect((await rawGraphql(server.url, { query: AUDIT }, bearer(admin.token))).body.errors).toBeUndefined();
  const tokens = await rawGraphql<{ apiTokens: { totalCount: number; nodes: { id: string; name: string; lastUsedAt: string | null }[] } }>(
    server.url,
    { query: TOKENS },
    bearer(admin.token),
  );
  expect(tokens.body.errors).toBeUndefined();
  const listed = tokens.body.data!.apiTokens.nodes;
  expect(listed[0]).toMatchObject({ id: admin.id, name: 'admin' });
  expect(listed.find((t) => t.id === editor.id)!.lastUsedAt).not.toBeNull();
  expect(listed.find((t) => t.id === moderator.id)).toBeDefined();
});

it('rejects bad token input naming the field', async () => {
  await expect(server.services.access.issueToken({ name: ' ', roles: ['EDITOR'] })).rejects.toMatchObject({ extensions: { field: 'name' } });
  await expect(server.services.access.issueToken({ name: 'x', roles: [] })).rejects.toMatchObject({ extensions: { field: 'roles' } });
  await expect(server.services.access.issueToken({ name: 'x', roles: ['ROOT' as 'ADMIN'] })).rejects.toMatchObject({ extensions: { field: 'roles' } });
  await expect(server.services.access.revokeToken('not-a-uuid')).rejects.toMatchObject({ extensions: { field: 'id' } });
});

describe('audit log', () => {
  let viewer: Viewer;
  let adminToken: string;
  beforeAll(async () => {
    const issued = await server.services.access.issueToken({ name: 'auditor', roles: ['ADMIN'] });
    adminToken = issued.token;
    viewer = { tokenId: issued.id, name: 'auditor', roles: ['ADMIN'] };
  });

  it('records a change with the transaction that makes it, stripping redacted keys', async () => {
    await server.db.transaction((m) =>
      server.services.audit.record(m, {
        viewer,
        action: 'update',
        entityType: 'Organization',
        entityId: 'org-1',
        before: { status: 'ACTIVE', contact: { email: 'x@example.org', kind: 'EMAIL' } },
        after: { status: 'PAUSED', contact: { email: 'y@example.org', kind: 'EMAIL' } },
        redact: ['email'],
      }),
    );
    const res = await rawGraphql(server.url, { query: AUDIT, variables: { type: 'Organization', id: 'org-1' } }, bearer(adminToken));
    expect(res.body.data).toEqual({
      auditEvents: {
        totalCount: 1,
        nodes: [
          {
            actorName: 'auditor',
            action: 'update',
            entityType: 'Organization',
            entityId: 'org-1',
            before: { status: 'ACTIVE', contact: { kind: 'EMAIL' } },
            after: { status: 'PAUSED', contact: { kind: 'EMAIL' } },
          },
        ],
      },
    });
    expect(JSON.stringify(res.body)).not.toContain('@example.org');
  });

  it('leaves no record when the transaction fails', async () => {
    const failing = server.db.transaction(async (m) => {
      await server.services.audit.record(m, {
        viewer,
        action: 'delete',
        entityType: 'Organization',
        entityId: 'org-2',
        before: { status: 'ACTIVE' },
        after: null,
      });
      throw new Error('the change failed');
    });
    await expect(failing).rejects.toThrow('the change failed');
    const res = await rawGraphql(server.url, { query: AUDIT, variables: { type: 'Organization', id: 'org-2' } }, bearer(adminToken));
    expect(res.body.data).toEqual({ auditEvents: { totalCount: 0, nodes: [] } });
  });

  it('needs entityType when filtering by entityId', async () => {
    const res = await rawGraphql(server.url, { query: AUDIT, variables: { id: 'org-1' } }, bearer(adminToken));
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  });
});

it('never writes a token or its hash to a response or a log line', async () => {
  const { token } = await server.services.access.issueToken({ name: 'secret-check', roles: ['ADMIN'] });
  const responses = [
    await rawGraphql(server.url, { query: VIEWER }, bearer(token)),
    await rawGraphql(server.url, { query: TOKENS }, bearer(token)),
    await rawGraphql(server.url, { query: AUDIT }, bearer(token)),
  ];
  const hash = hashToken(token);
  const secret = token.slice(3);
  for (const text of [...responses.map((r) => JSON.stringify(r.body)), ...server.logLines]) {
    expect(text).not.toContain(hash);
    expect(text).not.toContain(secret);
  }
  expect(server.logLines.length).toBeGreaterThan(0);
});

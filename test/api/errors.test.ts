/**
 * Errors: an unexpected error reaches the client as a generic INTERNAL_SERVER_ERROR with a
 * request id (also in the x-request-id header) and is logged once with that id, never with
 * its message; client mistakes the database would choke on are BAD_USER_INPUT naming the
 * field; a database that cannot be reached is SERVICE_UNAVAILABLE; no error echoes a value.
 */
import net from 'node:net';
import { CountriesDocument, DirectoryDocument } from '../generated/graphql';
import { errorCodes, gql, rawGraphql } from '../helpers/client';
import { startTestServer, type TestServer } from '../helpers/server';
import { isDatabaseUnavailable } from '../../src/shared/errors';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const cursorOf = (text: string) => Buffer.from(text).toString('base64url');
const logsSince = (before: number) => server.logLines.slice(before).map((l) => JSON.parse(l) as Record<string, unknown>);
const exportUrl = (query: string) => server.url.replace(/\/graphql$/, `/export/directory.json?${query}`);

describe('client mistakes the database would reject are BAD_USER_INPUT naming the field', () => {
  it('rejects a NUL character in a variable, naming the argument', async () => {
    const res = await gql(server.url, DirectoryDocument, { search: 'Secret\u0000Value' });
    expect(res.status).toBe(400);
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.body.errors?.[0].extensions?.field).toBe('search');
    expect(JSON.stringify(res.body)).not.toMatch(/Secret|byte sequence/);
  });

  it('rejects a NUL character written in the document, inside an input object too', async () => {
    const literal = await rawGraphql(server.url, { query: '{ directory(search: "Secret\\u0000Value") { totalCount } }' });
    expect(literal.status).toBe(400);
    expect(literal.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
    const nested = await rawGraphql(server.url, {
      query: 'query ($c: String!) { protectionPlan(need: { country: $c, risks: [DEATH_THREAT], urgency: URGENT }) { summary } }',
      variables: { c: 'K\u0000E' },
    });
    expect(nested.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'need.country' });
    expect(JSON.stringify([literal.body, nested.body])).not.toMatch(/Secret|K\\u0000E/);
  });

  it('rejects an impossible date (2025-02-30) in verifiedSince', async () => {
    const res = await gql(server.url, DirectoryDocument, { verifiedSince: '2025-02-30' });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.body.errors?.[0].extensions?.field).toBe('verifiedSince');
    expect(JSON.stringify(res.body)).not.toContain('2025-02-30');
    expect((await gql(server.url, DirectoryDocument, { verifiedSince: '2024-02-29', first: 1 })).body.errors).toBeUndefined();
  });

  it('rejects a cursor beyond the largest offset (it would overflow PostgreSQL bigint)', async () => {
    for (const after of [cursorOf('offset:99999999999999999999'), cursorOf('offset:5000000'), cursorOf('offset:1e21')]) {
      const res = await gql(server.url, DirectoryDocument, { after });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.body.errors?.[0].extensions?.field).toBe('after');
      expect(JSON.stringify(res.body)).not.toMatch(/bigint|out of range/);
    }
    const page = await gql(server.url, CountriesDocument, { first: 2 });
    const next = await gql(server.url, CountriesDocument, { first: 2, after: page.body.data!.countries.pageInfo.endCursor });
    expect(next.body.data!.countries.edges).toHaveLength(2);
  });

  it('answers the export with 400 naming the parameter for an impossible date or a NUL', async () => {
    const date = await fetch(exportUrl('verifiedSince=2025-02-30'));
    expect(date.status).toBe(400);
    const dateBody = await date.json();
    expect(dateBody.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'verifiedSince' });
    expect(JSON.stringify(dateBody)).not.toContain('2025-02-30');
    const nul = await fetch(exportUrl('search=Secret%00Value'));
    expect(nul.status).toBe(400);
    expect((await nul.json()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
  });
});

describe('unexpected errors', () => {
  it('masks an unexpected error, gives a request id in extensions and header, and logs it once with that id', async () => {
    const spy = jest.spyOn(server.services.directory, 'list').mockRejectedValueOnce(new Error('relation "secret_table" leaked Secret-Value-77'));
    const before = server.logLines.length;
    const res = await gql(server.url, DirectoryDocument, { first: 1 });
    spy.mockRestore();
    expect(errorCodes(res)).toEqual(['INTERNAL_SERVER_ERROR']);
    const error = res.body.errors![0];
    expect(error.message).toBe('Internal server error');
    const requestId = error.extensions?.requestId;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('x-request-id')).toBe(requestId);
    expect(JSON.stringify(res.body)).not.toMatch(/Secret-Value|secret_table/);
    await new Promise((r) => setTimeout(r, 50));
    const logged = logsSince(before).filter((l) => l.msg === 'unexpected error');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ requestId, errName: 'Error' });
    expect(server.logLines.slice(before).join('\n')).not.toMatch(/Secret-Value|secret_table/);
  });

  it('masks a failure while the request is being set up (a token lookup) the same way, with its request id', async () => {
    const spy = jest.spyOn(server.services.access, 'authenticate').mockRejectedValueOnce(new Error('Secret-Value-89'));
    const before = server.logLines.length;
    const res = await gql(server.url, CountriesDocument, { first: 1 }, { authorization: 'Bearer pa_unknown' });
    spy.mockRestore();
    expect(res.status).toBe(500);
    expect(res.body.errors?.[0]).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: res.headers.get('x-request-id') },
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(logsSince(before).filter((l) => l.msg === 'unexpected error')).toEqual([expect.objectContaining({ requestId: res.headers.get('x-request-id') })]);
    expect(server.logLines.slice(before).join('\n')).not.toContain('Secret-Value-89');
  });

  it('masks an unexpected error of the export the same way', async () => {
    const spy = jest.spyOn(server.services.directory, 'exportRecords').mockRejectedValueOnce(new Error('Secret-Value-88'));
    const before = server.logLines.length;
    const res = await fetch(exportUrl('risk=DEATH_THREAT'));
    spy.mockRestore();
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body.errors[0]).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: res.headers.get('x-request-id') },
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(logsSince(before).filter((l) => l.msg === 'unexpected error')).toEqual([expect.objectContaining({ requestId: res.headers.get('x-request-id') })]);
    expect(server.logLines.slice(before).join('\n')).not.toContain('Secret-Value-88');
  });

  it('recognises the driver errors of an unreachable database', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new AggregateError([refused]), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('query failed'), { driverError: { code: '57P01' } }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('invalid byte sequence'), { code: '22021' }))).toBe(false);
  });
});

describe('operation resolution and literal values', () => {
  const twoOps = 'query A { __typename } query B { __typename }';

  it('answers a multi-operation document with a missing or unknown operationName with 400, not 500', async () => {
    for (const payload of [{ query: twoOps }, { query: twoOps, operationName: 'Secret-Op-Name' }]) {
      const res = await rawGraphql(server.url, payload);
      expect(res.status).toBe(400);
      expect(errorCodes(res)).toEqual(['OPERATION_RESOLUTION_FAILURE']);
      expect(JSON.stringify(res.body)).not.toContain('Secret-Op-Name');
    }
    expect((await rawGraphql(server.url, { query: twoOps, operationName: 'B' })).body.data).toEqual({ __typename: 'Query' });
  });

  it('never echoes a literal in a syntax error', async () => {
    const res = await rawGraphql(server.url, { query: '{ directory(search: "Secret-Literal-1" "Secret-Literal-2") { totalCount } }' });
    expect(res.status).toBe(400);
    expect(errorCodes(res)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(res.body.errors?.[0].message).toMatch(/^Syntax Error: Expected Name, found String\.$/);
    expect(JSON.stringify(res.body)).not.toContain('Secret-Literal');
  });

  it('never echoes a literal in an enum or scalar error', async () => {
    const queries = [
      '{ directory(risk: SECRET_RISK_LITERAL) { totalCount } }',
      '{ directory(risk: "SECRET_RISK_LITERAL; x") { totalCount } }',
      '{ directory(modifiedSince: "SECRET_RISK_LITERAL") { totalCount } }',
      '{ directory(first: "SECRET_RISK_LITERAL") { totalCount } }',
    ];
    for (const query of queries) {
      const res = await rawGraphql(server.url, { query });
      expect(res.status).toBe(400);
      expect(errorCodes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(JSON.stringify(res.body)).not.toContain('SECRET_RISK_LITERAL');
    }
  });
});

/** A TCP proxy in front of PostgreSQL: closing it leaves the server pointed at a closed port. */
async function proxyTo(target: URL): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const proxy = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    port: (proxy.address() as net.AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        proxy.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
  };
}

// Needs a PostgreSQL server (PGlite is in-process and cannot go down).
const onPostgres = process.env.DATABASE_URL ? it : it.skip;
onPostgres('answers SERVICE_UNAVAILABLE with a request id when PostgreSQL cannot be reached, and logs it once', async () => {
  const target = new URL(server.databaseUrl!);
  const proxy = await proxyTo(target);
  const viaProxy = new URL(target);
  viaProxy.port = String(proxy.port);
  const replica = await startTestServer({ SEED_ON_START: 'false' }, { databaseUrl: viaProxy.toString() });
  try {
    expect((await gql(replica.url, CountriesDocument, { first: 1 })).body.errors).toBeUndefined();
    await proxy.close();
    const before = replica.logLines.length;
    const res = await gql(replica.url, DirectoryDocument, { first: 1 });
    expect(errorCodes(res)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(res.body.errors?.[0].extensions?.requestId).toBe(res.headers.get('x-request-id'));
    expect(JSON.stringify(res.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|terminated/);
    await new Promise((r) => setTimeout(r, 50));
    const logged = replica.logLines
      .slice(before)
      .map((l) => JSON.parse(l))
      .filter((l) => l.msg === 'database unavailable');
    expect(logged).toEqual([expect.objectContaining({ requestId: res.headers.get('x-request-id') })]);
  } finally {
    await replica.stop();
  }
});

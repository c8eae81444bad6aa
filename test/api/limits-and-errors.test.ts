/** Query limits (graphql-armor and parser limits) and error masking with stable codes. */
import { LIMITS } from '../../src/graphql/limits';
import { startTestServer, type TestServer } from '../helpers/server';
import { errorCodes, rawGraphql } from '../helpers/client';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ SEED_ON_START: 'false' });
});
afterAll(() => server.close());

const query = (q: string, variables?: Record<string, unknown>) => rawGraphql(server.url, { query: q, variables });

describe('query limits', () => {
  it('counts __typename aliases against the alias limit', async () => {
    const aliases = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: __typename`).join(' ');
    const res = await query(`{ ${aliases} }`);
    expect(res.status).toBe(400);
    expect(errorCodes(res)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(res.body.errors?.[0].message).toMatch(/alias/i);
  });

  it('accepts aliases up to the limit', async () => {
    const aliases = Array.from({ length: LIMITS.maxAliases }, (_, i) => `a${i}: __typename`).join(' ');
    const res = await query(`{ ${aliases} }`);
    expect(res.status).toBe(200);
    expect(res.body.data?.a0).toBe('Query');
  });

  it('limits directives to far fewer than ten per operation', async () => {
    expect(LIMITS.maxDirectives).toBeLessThan(10);
    const directives = Array.from({ length: LIMITS.maxDirectives + 1 }, () => '@include(if: true)').join(' ');
    const res = await query(`{ __typename ${directives} }`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].message).toMatch(/directive/i);
  });

  it('limits depth (offers and their records nest without end)', async () => {
    // organizations > nodes > services > nodes > record > services > nodes > record > … : 3 levels per round trip.
    let selection = 'slug';
    for (let i = 0; i < LIMITS.maxDepth; i++) selection = `services { nodes { record { ... on Organization { ${selection} } } } }`;
    const res = await query(`{ organizations(first: 1) { nodes { ${selection} } } }`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.map((e) => e.message)).toContainEqual(expect.stringMatching(/depth limit of 10 exceeded/));
    const shallow = await query('{ organizations(first: 1) { nodes { services { nodes { record { ... on Organization { slug } } } } } } }');
    expect(shallow.status).toBe(200);
  });

  it('limits tokens at parse time (GRAPHQL_PARSE_FAILED, 400)', async () => {
    // Parsing stops before validation, so short unknown names are enough to count tokens.
    const fields = Array.from({ length: LIMITS.maxTokens }, () => 'a').join(' ');
    const res = await query(`{ ${fields} }`);
    expect(res.status).toBe(400);
    expect(errorCodes(res)).toContain('GRAPHQL_PARSE_FAILED');
    expect(res.body.errors?.[0].message).toMatch(/tokens/i);
  });

  it('limits characters before parsing', async () => {
    const res = await query(`{ __typename } # ${'x'.repeat(LIMITS.maxCharacters)}`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].message).toMatch(/maximum allowed length/);
  });

  it('limits cost: a heavy page is fine, the same page aliased many times is not', async () => {
    const page =
      'countries(first: 100) { totalCount edges { cursor node { id code name { text locale } memberships procedures { procedure status } sources { url title } } } }';
    const one = await query(`{ ${page} }`);
    expect(one.status).toBe(200);
    const many = await query(`{ ${Array.from({ length: LIMITS.maxAliases }, (_, i) => `a${i}: ${page}`).join(' ')} }`);
    expect(many.status).toBe(400);
    expect(many.body.errors?.[0].message).toMatch(/cost/i);
  });
});

describe('error masking', () => {
  it('answers a syntax error with 400 GRAPHQL_PARSE_FAILED, not a 500', async () => {
    const res = await query('{');
    expect(res.status).toBe(400);
    expect(errorCodes(res)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it('hides "did you mean" suggestions', async () => {
    const res = await query('{ countrie { totalCount } }');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).not.toMatch(/did you mean/i);
  });

  it('never echoes a variable value in an error, nor a stack trace', async () => {
    const secret = 'Secret-Person-Name-XK';
    const res = await query('query ($code: String!, $n: Int) { country(code: $code) { code } countries(first: $n) { totalCount } }', {
      code: 'KE',
      n: secret,
    });
    expect(res.status).toBe(400);
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.body.errors?.[0].message).toMatch(/Variable "\$n" has an invalid value/);
    expect(JSON.stringify(res.body)).not.toContain(secret);
    expect(JSON.stringify(res.body)).not.toMatch(/stacktrace|node_modules/);
  });

  it('rejects a page size over 100 with BAD_USER_INPUT naming the field', async () => {
    const res = await query('{ countries(first: 101) { totalCount } }');
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.body.errors?.[0].message).toMatch(/^first:/);
    expect(res.body.errors?.[0].extensions?.field).toBe('first');
  });

  it('rejects a forged cursor with BAD_USER_INPUT', async () => {
    const res = await query('{ countries(after: "bm9wZQ") { totalCount } }');
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.body.errors?.[0].extensions?.field).toBe('after');
  });

  it('logs one line per request with a safe operation name and the duration, never the variables, the query or a made-up name', async () => {
    const lineOf = async (document: string, variables: Record<string, unknown>) => {
      const before = server.logLines.length;
      await query(document, variables);
      await new Promise((r) => setTimeout(r, 50));
      const lines = server.logLines.slice(before);
      const requestLines = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'request');
      expect(requestLines).toHaveLength(1);
      return { line: requestLines[0], text: lines.join('\n') };
    };
    const marker = 'LogMarker-7781';
    // A name the client made up may carry anything: the log names the operation by its root field.
    const madeUp = await lineOf(`query Plan_for_maria_KE_7781($code: String!) { country(code: $code) { code } } # ${marker}`, { code: 'ZZ' });
    expect(madeUp.line).toMatchObject({ method: 'POST', path: '/graphql', status: 200, operation: 'country', operationType: 'query' });
    expect(typeof madeUp.line.durationMs).toBe('number');
    for (const secret of [marker, '"ZZ"', 'maria', 'Plan_for']) expect(madeUp.text).not.toContain(secret);
    // A committed operation keeps its name.
    const committed = await lineOf('query Country($code: String!) { country(code: $code) { code } }', { code: 'KE' });
    expect(committed.line).toMatchObject({ operation: 'Country' });
    // Several root fields under a made-up name: `other`.
    const several = await lineOf('query Mine_7781 { __typename countries(first: 1) { totalCount } }', {});
    expect(several.line).toMatchObject({ operation: 'other' });
    expect(several.text).not.toContain('Mine_7781');
  });
});

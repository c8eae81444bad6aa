/** Anonymous clients' query budget (cost per minute): RATE_LIMITED with a retry time; tokens are not counted. */
import { CountriesDocument } from '../generated/graphql';
import { startTestServer, type TestServer } from '../helpers/server';
import { errorCodes, gql } from '../helpers/client';

// The Countries operation costs 74.75 (rounded up to 75): two fit in the budget, the third does not.
const BUDGET = 200;

let server: TestServer;
let editor: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer({ ANONYMOUS_QUERY_COST_PER_MINUTE: String(BUDGET) });
  editor = { authorization: `Bearer ${(await server.services.access.issueToken({ name: 'Budget test editor', roles: ['EDITOR'] })).token}` };
});
afterAll(() => server.close());

it('answers an anonymous client past its budget with 429 RATE_LIMITED, retryAfterSeconds and Retry-After, before running the query', async () => {
  for (let i = 0; i < 2; i++) {
    const ok = await gql(server.url, CountriesDocument, { first: 1 });
    expect(ok.status).toBe(200);
    expect(ok.body.data?.countries.edges).toHaveLength(1);
  }
  const spent = await gql(server.url, CountriesDocument, { first: 1 });
  expect(spent.status).toBe(429);
  expect(spent.body.data).toBeUndefined();
  expect(errorCodes(spent)).toEqual(['RATE_LIMITED']);
  const retryAfterSeconds = spent.body.errors?.[0].extensions?.retryAfterSeconds;
  expect(retryAfterSeconds).toEqual(expect.any(Number));
  expect(retryAfterSeconds).toBeGreaterThanOrEqual(1);
  expect(retryAfterSeconds).toBeLessThanOrEqual(60);
  expect(spent.headers.get('retry-after')).toBe(String(retryAfterSeconds));
  // Apollo's HTTP instructions stay out of the body.
  expect(spent.body.errors?.[0].extensions).not.toHaveProperty('http');
});

it('does not count requests with a token', async () => {
  for (let i = 0; i < 5; i++) {
    const res = await gql(server.url, CountriesDocument, { first: 1 }, editor);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
  }
});

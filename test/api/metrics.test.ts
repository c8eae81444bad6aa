/**
 * GET /metrics through HTTP: the families an operator scrapes move with finder, supporter and
 * editor calls, and the output never holds a need's values, a country from a need, a
 * supporter's e-mail or name, or a client-chosen operation name.
 */
import {
  ArchiveDirectoryRecordDocument,
  ConfirmSignatureDocument,
  DirectoryDocument,
  ProtectionPlanBriefDocument,
  SignCampaignDocument,
  type ProtectionPlanBriefQueryVariables,
} from '../generated/graphql';
import { startTestServer, type TestServer } from '../helpers/server';
import { errorCodes, gql, rawGraphql } from '../helpers/client';
import { committedOperationNames } from '../../src/graphql/operation-label';

let server: TestServer;
let metricsUrl: string;

beforeAll(async () => {
  server = await startTestServer();
  metricsUrl = new URL('/metrics', server.url).toString();
});
afterAll(() => server?.close());

async function scrape(): Promise<string> {
  const res = await fetch(metricsUrl);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
  return res.text();
}

/** The value of one series (`name{labels}` exactly as exported), or undefined when absent. */
function value(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

/** Every value a label takes in the output. */
const labelValues = (text: string, label: string) => [...new Set([...text.matchAll(new RegExp(`[{,]${label}="([^"]*)"`, 'g'))].map((m) => m[1]))];

// A need with values that appear nowhere else: the output must hold none of them.
const need: ProtectionPlanBriefQueryVariables['need'] = {
  country: 'KE',
  risks: ['REPRISAL_FOR_UN_COOPERATION', 'TRAVEL_BAN'],
  urgency: 'URGENT',
  profiles: ['TRADE_UNIONIST', 'LGBTIQ'],
  languages: ['sw'],
  threatFrom: ['NON_STATE_ARMED_GROUPS'],
  currentlyInCountry: false,
};
const supporter = { name: 'Zephyrine Quillfeather', email: 'zephyrine.quillfeather.7361@example.org', country: 'UY' };
/** An operation name a careless client fills with personal data. */
const chattyName = 'Plan_for_KE_zephyrine_quillfeather_7361';

it('serves the families an operator needs before any request: read model, pool, change feed, process', async () => {
  const text = await scrape();
  expect(value(text, 'atlas_finder_read_model_version')).toBe(1);
  expect(value(text, 'atlas_finder_read_model_candidates')).toBeGreaterThan(100);
  expect(value(text, 'atlas_finder_read_model_age_seconds')).toBeGreaterThanOrEqual(0);
  expect(value(text, 'atlas_db_pool_max_connections')).toBe(server.databaseUrl ? 10 : 1);
  expect(value(text, 'atlas_db_pool_connections{state="idle"}')).toBeGreaterThanOrEqual(0);
  expect(value(text, 'atlas_db_pool_waiting')).toBe(0);
  expect(value(text, 'atlas_change_feed_listening')).toBe(1);
  expect(value(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
  expect(value(text, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  // No Redis configured: limits are per process by design, not a failure to report.
  expect(text).not.toContain('atlas_rate_limits_shared');
});

it('counts finder, supporter and editor calls by operation and outcome, and holds none of their values', async () => {
  const before = await scrape();
  const count = (text: string, series: string) => value(text, series) ?? 0;

  // Finder: the committed brief plan, a document whose name carries data, and an invalid need.
  expect((await gql(server.url, ProtectionPlanBriefDocument, { need, locale: 'fr' })).body.errors).toBeUndefined();
  const chatty = await rawGraphql(server.url, {
    query: `query ${chattyName}($need: ProtectionNeedInput!) { protectionPlan(need: $need) { summary } }`,
    variables: { need },
  });
  expect(chatty.body.errors).toBeUndefined();
  const invalid = await gql(server.url, ProtectionPlanBriefDocument, { need: { ...need, country: 'XQ' } });
  expect(errorCodes(invalid)).toEqual(['BAD_USER_INPUT']);

  // Supporters: a signature, then confirmation attempts with made-up tokens until the limit (30 per 10 minutes) refuses one.
  const signed = await gql(server.url, SignCampaignDocument, {
    input: { campaignSlug: 'global-call-to-protect-defenders', ...supporter, over18: true, handOverName: false, newsletter: false },
  });
  expect(signed.body.data?.signCampaign.accepted).toBe(true);
  const confirmations: unknown[][] = [];
  for (let i = 0; i < 31; i++)
    confirmations.push(errorCodes(await gql(server.url, ConfirmSignatureDocument, { input: { token: `made-up-token-${i}-`.padEnd(43, 'x') } })));
  expect(confirmations.at(-1)).toEqual(['RATE_LIMITED']);

  // An editor archives a record: the read model is rebuilt (its version moves).
  const { token } = await server.services.access.issueToken({ name: 'Metrics test editor', roles: ['EDITOR'] });
  const first = await gql(server.url, DirectoryDocument, { first: 1 });
  const id = first.body.data!.directory.edges[0].node.id;
  const archived = await gql(server.url, ArchiveDirectoryRecordDocument, { input: { id } }, { authorization: `Bearer ${token}` });
  expect(archived.body.errors).toBeUndefined();
  const deadline = Date.now() + 5000;
  let after = await scrape();
  while ((value(after, 'atlas_finder_read_model_version') ?? 0) < 2 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    after = await scrape();
  }

  const moved = (series: string) => count(after, series) - count(before, series);
  expect(moved('atlas_graphql_requests_total{operation="ProtectionPlanBrief",outcome="OK"}')).toBe(1);
  expect(moved('atlas_graphql_requests_total{operation="ProtectionPlanBrief",outcome="BAD_USER_INPUT"}')).toBe(1);
  // The data-carrying name is replaced by the root field it asks for.
  expect(moved('atlas_graphql_requests_total{operation="protectionPlan",outcome="OK"}')).toBe(1);
  expect(moved('atlas_graphql_requests_total{operation="SignCampaign",outcome="OK"}')).toBe(1);
  expect(moved('atlas_graphql_requests_total{operation="ConfirmSignature",outcome="RATE_LIMITED"}')).toBe(1);
  expect(moved('atlas_graphql_requests_total{operation="ArchiveDirectoryRecord",outcome="OK"}')).toBe(1);
  expect(moved('atlas_graphql_request_duration_seconds_count{operation="ProtectionPlanBrief"}')).toBe(2);
  expect(count(after, 'atlas_graphql_request_duration_seconds_bucket{operation="ProtectionPlanBrief",le="+Inf"}')).toBe(
    count(after, 'atlas_graphql_request_duration_seconds_count{operation="ProtectionPlanBrief"}'),
  );
  expect(count(after, 'atlas_graphql_request_duration_seconds_sum{operation="ProtectionPlanBrief"}')).toBeGreaterThan(0);
  expect(moved('atlas_finder_plans_total{outcome="ok"}')).toBe(2);
  expect(moved('atlas_finder_plans_total{outcome="invalid_need"}')).toBe(1);
  expect(moved('atlas_finder_plan_duration_seconds_count')).toBe(2);
  expect(moved('atlas_rate_limit_refusals_total{limit="supporters.token"}')).toBe(1);
  expect(value(after, 'atlas_finder_read_model_version')).toBe(2);
  expect(value(after, 'atlas_finder_read_model_age_seconds')).toBeLessThan(5);

  // Privacy: nothing of the need, the supporter or the client's operation name.
  for (const secret of [
    ...need.risks,
    ...need.profiles!,
    ...need.threatFrom!,
    supporter.name,
    ...supporter.name.split(' '),
    supporter.email,
    'quillfeather',
    chattyName,
  ]) {
    expect(after.toLowerCase()).not.toContain(secret.toLowerCase());
  }
  for (const code of [need.country, supporter.country, ...need.languages!]) {
    expect(after).not.toMatch(new RegExp(`\\b${code}\\b`, 'i'));
  }
  // Operation labels come from a closed list: committed operations, then root fields (here the one the chatty document asked for).
  const allowed = new Set([...committedOperationNames(), 'protectionPlan', 'other']);
  expect(labelValues(after, 'operation').filter((v) => !allowed.has(v))).toEqual([]);
  expect(labelValues(after, 'limit')).toEqual(['supporters.token']);
});

it('lets a client ask for some families only (?name=), and counts anonymous and unknown operations as other', async () => {
  await rawGraphql(server.url, { query: '{ a: __typename b: __typename }' });
  await rawGraphql(server.url, { query: '{ __typename }' });
  const res = await fetch(`${metricsUrl}?name=atlas_graphql_requests_total&name=no_such_family`);
  expect(res.status).toBe(200);
  const text = await res.text();
  expect(text.split('\n').filter((l) => l.startsWith('# TYPE'))).toEqual(['# TYPE atlas_graphql_requests_total counter']);
  expect(value(text, 'atlas_graphql_requests_total{operation="other",outcome="OK"}')).toBe(1);
  expect(value(text, 'atlas_graphql_requests_total{operation="__typename",outcome="OK"}')).toBe(1);
  expect(text).not.toContain('no_such_family');
  // A document that does not parse has no operation: other, with the parse failure as its outcome.
  await rawGraphql(server.url, { query: `{ protectionPlan(need: { country: "KE" ` });
  const after = await (await fetch(`${metricsUrl}?name=atlas_graphql_requests_total`)).text();
  expect(value(after, 'atlas_graphql_requests_total{operation="other",outcome="GRAPHQL_PARSE_FAILED"}')).toBe(1);
});

/**
 * MCP over Streamable HTTP at /mcp, driven by the SDK's own client: the tools and their
 * enumerated schemas, a plan a chatbot can relay, the directory and country tools, input errors
 * that name the field and never the value, the Origin policy, the body limit, the rate limit,
 * and no need in any log line.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { ProtectionPlanBriefDocument } from '../generated/graphql';
import { gql } from '../helpers/client';
import { startTestServer, type TestServer } from '../helpers/server';
import { DEFENDER_PROFILES, LOCALES, RISK_TYPES, SERVICE_KINDS, URGENCIES } from '../../src/modules/taxonomy/values';
import { MCP_TOOL_CALLS } from '../../src/modules/mcp/mcp.http';

let server: TestServer;
let client: Client;
let mcpUrl: URL;

async function connect(url: URL): Promise<Client> {
  const c = new Client({ name: 'protection-atlas-test', version: '1.0.0' });
  await c.connect(new StreamableHTTPClientTransport(url));
  return c;
}

beforeAll(async () => {
  server = await startTestServer();
  mcpUrl = new URL('/mcp', server.url);
  client = await connect(mcpUrl);
});
afterAll(async () => {
  await client.close();
  await server.close();
});

const call = (name: string, args: Record<string, unknown>) => client.callTool({ name, arguments: args }) as Promise<CallToolResult>;
const textOf = (result: CallToolResult) => result.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');

/** A raw JSON-RPC POST to /mcp, as a browser or a hand-written client would send it. */
const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(mcpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const initialize = {
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
};

it('lists the four tools, their enumerations taken from the shared vocabulary', async () => {
  const { tools } = await client.listTools();
  expect(tools.map((t) => t.name).sort()).toEqual(['get_country', 'get_record', 'protection_plan', 'search_directory']);
  const byName = Object.fromEntries(tools.map((t) => [t.name, t]));
  const plan = byName.protection_plan.inputSchema.properties as Record<string, { enum?: string[]; items?: { enum?: string[] } }>;
  expect(plan.risks.items?.enum).toEqual([...RISK_TYPES]);
  expect(plan.urgency.enum).toEqual([...URGENCIES]);
  expect(plan.profiles.items?.enum).toEqual([...DEFENDER_PROFILES]);
  expect(plan.locale.enum).toEqual([...LOCALES]);
  expect(byName.protection_plan.inputSchema.required).toEqual(['country', 'risks', 'urgency']);
  const search = byName.search_directory.inputSchema.properties as Record<string, { enum?: string[] }>;
  expect(search.serviceKind.enum).toEqual([...SERVICE_KINDS]);
  expect(search.risk.enum).toEqual([...RISK_TYPES]);
  for (const tool of tools) {
    expect(tool.outputSchema).toBeDefined();
    expect(tool.annotations).toMatchObject({ readOnlyHint: true });
  }
});

it('answers a Spanish plan for a defender in Guatemala with a number to call now, and the ProtectionPlanBrief fields', async () => {
  const need = { country: 'GT', risks: ['DEATH_THREAT'] as const, urgency: 'IMMEDIATE' as const };
  const result = await call('protection_plan', { ...need, risks: [...need.risks], locale: 'es' });
  expect(result.isError).toBeFalsy();
  const text = textOf(result);
  expect(text).toContain('Actuar ahora:');
  expect(text).toContain('Front Line Defenders');
  expect(text).toMatch(/Línea de emergencia: \+353 \(0\)1 21 00 489 \(24\/7/);
  expect(text).toContain('Consejos de seguridad:');
  // The structured plan is the GraphQL brief, field for field.
  const brief = await gql(server.url, ProtectionPlanBriefDocument, { need: { ...need, risks: [...need.risks] }, locale: 'es' });
  expect(result.structuredContent).toEqual(brief.body.data!.protectionPlan);
  expect((result.structuredContent as { options: unknown[] }).options).toHaveLength(5);
});

it('searches the directory with its filters and returns a short list with contact channels', async () => {
  const result = await call('search_directory', { serviceKind: 'HOTLINE', risk: 'DEATH_THREAT', limit: 3 });
  expect(result.isError).toBeFalsy();
  const { totalCount, records } = result.structuredContent as {
    totalCount: number;
    records: { slug: string; kind: string; channels: { value: string | null; confirmed: boolean }[] }[];
  };
  expect(totalCount).toBeGreaterThanOrEqual(records.length);
  expect(records.length).toBeGreaterThan(0);
  expect(records.length).toBeLessThanOrEqual(3);
  expect(records.map((r) => r.slug)).toContain('front-line-defenders');
  expect(records.flatMap((r) => r.channels).every((c) => c.confirmed && c.value)).toBe(true);
  expect(JSON.parse(textOf(result))).toEqual(result.structuredContent);

  const french = await call('search_directory', { search: 'relocalisation temporaire', kind: 'PROGRAMME', locale: 'fr' });
  const kinds = (french.structuredContent as { records: { kind: string }[] }).records.map((r) => r.kind);
  expect(kinds.length).toBeGreaterThan(0);
  expect(new Set(kinds)).toEqual(new Set(['PROGRAMME']));
});

it('gets a record by slug or global id, with offers, channels and dated sources', async () => {
  const bySlug = await call('get_record', { slug: 'front-line-defenders' });
  expect(bySlug.isError).toBeFalsy();
  const record = bySlug.structuredContent as {
    id: string;
    kind: string;
    offers: { slug: string }[];
    channels: { value: string | null }[];
    sources: { evidenceOn: string | null }[];
  };
  expect(record.kind).toBe('ORGANIZATION');
  expect(record.offers.map((o) => o.slug)).toContain('front-line-defenders-emergency-line');
  expect(record.channels.map((c) => c.value)).toContain('+353 (0)1 21 00 489');
  expect(record.sources.length).toBeGreaterThan(0);
  expect(record.sources.every((s) => /^\d{4}/.test(s.evidenceOn ?? ''))).toBe(true);
  expect((await call('get_record', { id: record.id })).structuredContent).toEqual(record);

  const missing = await call('get_record', { slug: 'no-such-record' });
  expect(missing.isError).toBe(true);
  const neither = await call('get_record', {});
  expect(neither.isError).toBe(true);
  expect(textOf(neither)).toContain('slug, id');
});

it('gets a country with its memberships, instruments and procedures, each with status and date', async () => {
  const result = await call('get_country', { code: 'ke' });
  expect(result.isError).toBeFalsy();
  const kenya = result.structuredContent as {
    name: string;
    memberships: { system: string }[];
    instruments: { instrument: string; status: string; asOf: string | null }[];
    procedures: { procedure: string; status: string; asOf: string | null; label: string }[];
  };
  expect(kenya.name).toBe('Kenya');
  expect(kenya.memberships.map((m) => m.system)).toEqual(['AU']);
  expect(kenya.instruments.find((i) => i.instrument === 'AFRICAN_CHARTER')).toMatchObject({ status: 'ACCEPTED' });
  expect(kenya.procedures.find((p) => p.procedure === 'CAT_ART22')).toMatchObject({
    status: 'NOT_ACCEPTED',
    asOf: '2026-02-03',
    label: expect.stringContaining('Torture'),
  });
  expect((await call('get_country', { code: 'QZ' })).isError).toBe(true);
});

describe('bad input: a tool error naming the field, never the value', () => {
  const cases: [string, Record<string, unknown>, string, string[]][] = [
    // Refused by the schema (the SDK quotes zod's messages)
    ['not a country code', { country: 'Atlantis-Qx7', risks: ['DEATH_THREAT'], urgency: 'URGENT' }, 'country', ['Atlantis-Qx7', 'Qx7']],
    ['unknown risk', { country: 'BT', risks: ['BEING_WATCHED_BTX'], urgency: 'URGENT' }, 'risks', ['BEING_WATCHED_BTX', '"BT"']],
    ['unknown urgency', { country: 'BT', risks: ['TRAVEL_BAN'], urgency: 'TOMORROW_BTX' }, 'urgency', ['TOMORROW_BTX', '"BT"']],
    ['bad language', { country: 'BT', risks: ['TRAVEL_BAN'], urgency: 'URGENT', languages: ['dzongkha-please'] }, 'languages', ['dzongkha-please']],
    ['wrong type', { country: 'BT', risks: ['TRAVEL_BAN'], urgency: 'URGENT', currentlyInCountry: 'yes-BTX' }, 'currentlyInCountry', ['yes-BTX']],
    // Refused by the finder
    ['unknown country', { country: 'QZ', risks: ['TRAVEL_BAN'], urgency: 'URGENT' }, 'country', ['QZ', 'TRAVEL_BAN']],
    [
      'contradiction',
      { country: 'BT', risks: ['REPRISAL_FOR_UN_COOPERATION'], urgency: 'URGENT', cooperatedWithUn: false },
      'cooperatedWithUn',
      ['"BT"', 'REPRISAL_FOR_UN_COOPERATION'],
    ],
  ];
  it.each(cases)('%s', async (_name, args, field, values) => {
    const result = await call('protection_plan', args);
    expect(result.isError).toBe(true);
    const text = textOf(result);
    expect(text).toContain(field);
    for (const value of values) expect(JSON.stringify(result)).not.toContain(value);
  });

  it('arguments that are not an object: a JSON-RPC error that does not repeat them', async () => {
    const res = await post({ jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'protection_plan', arguments: 'GT-DEATH-THREAT-BTX' } });
    const text = await res.text();
    expect(text).toContain('"id":2');
    expect(text).toContain('arguments');
    expect(text).not.toContain('GT-DEATH-THREAT-BTX');
  });
});

describe('the HTTP endpoint', () => {
  // With CORS_ORIGINS set, see mcp-origins.test.ts (PGlite allows one server per process).
  it('refuses a page from any Origin when CORS_ORIGINS is empty (DNS rebinding included)', async () => {
    const res = await post(initialize, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect((await post(initialize)).status).toBe(200); // no Origin: not a browser
  });

  it('refuses a body over MAX_BODY_BYTES (100 kB by default)', async () => {
    const res = await post({ ...initialize, padding: 'x'.repeat(100_001) });
    expect(res.status).toBe(413);
  });

  it('is stateless: GET and DELETE are not allowed', async () => {
    expect((await fetch(mcpUrl, { headers: { accept: 'text/event-stream' } })).status).toBe(405);
    expect((await fetch(mcpUrl, { method: 'DELETE' })).status).toBe(405);
  });
});

it('writes no part of a need to the logs', async () => {
  const before = server.logLines.length;
  const need = {
    country: 'BT',
    risks: ['ENFORCED_DISAPPEARANCE', 'TRAVEL_BAN'],
    urgency: 'PREVENTIVE',
    profiles: ['HEALTH_WORKER'],
    languages: ['dz'],
    currentlyInCountry: true,
  };
  expect((await call('protection_plan', { ...need, locale: 'fr' })).isError).toBeFalsy();
  expect((await call('protection_plan', { ...need, country: 'QZ' })).isError).toBe(true);
  expect((await call('protection_plan', { ...need, urgency: 'TOMORROW_BTX' })).isError).toBe(true);
  const lines = server.logLines.slice(before);
  expect(lines.some((l) => JSON.parse(l).path === '/mcp')).toBe(true); // the access log did write lines
  for (const line of lines) {
    for (const secret of ['"BT"', 'BT,', 'ENFORCED_DISAPPEARANCE', 'TRAVEL_BAN', 'HEALTH_WORKER', '"dz"', 'QZ', 'TOMORROW_BTX']) {
      expect(line).not.toContain(secret);
    }
  }
});

// Last: it spends this client's budget.
it(`limits tool calls to ${MCP_TOOL_CALLS.points} per client and minute`, async () => {
  let limited: CallToolResult | undefined;
  for (let i = 0; i <= MCP_TOOL_CALLS.points && !limited; i++) {
    const result = await call('get_country', { code: 'KE' });
    if (result.isError) limited = result;
  }
  expect(limited).toBeDefined();
  expect(textOf(limited!)).toMatch(/^Too many requests: try again in \d+ seconds$/);
});

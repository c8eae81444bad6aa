/**
 * `npm run mcp`'s process (`node dist/scripts/mcp.js`, built by `npm test`'s pretest) driven by
 * the SDK's stdio client: protocol messages only on stdout, logs on stderr, the same tools and
 * errors as over HTTP, no need in any log line, and a clean exit when the client closes stdin.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport, getDefaultEnvironment } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { SUITE_LOG_FILE } from '../helpers/server';

const MCP = path.join(__dirname, '..', '..', 'dist', 'scripts', 'mcp.js');

let client: Client;
let transport: StdioClientTransport;
/** Everything the process wrote on stderr. */
let stderr = '';
/** Anything on stdout that is not a protocol message ends up here. */
const transportErrors: Error[] = [];

beforeAll(async () => {
  expect(fs.existsSync(MCP)).toBe(true);
  transport = new StdioClientTransport({
    command: process.execPath,
    args: [MCP],
    env: { ...getDefaultEnvironment(), DATA_DIR: 'memory://', LOG_LEVEL: 'info', NODE_ENV: 'test' },
    stderr: 'pipe',
  });
  transport.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    fs.appendFileSync(SUITE_LOG_FILE, chunk); // the suite's teardown scans it too
  });
  client = new Client({ name: 'protection-atlas-test', version: '1.0.0' });
  client.onerror = (err) => transportErrors.push(err);
  await client.connect(transport);
}, 60_000);
afterAll(() => client.close()); // a no-op once the last test has closed it

const call = (name: string, args: Record<string, unknown>) => client.callTool({ name, arguments: args }) as Promise<CallToolResult>;
const textOf = (result: CallToolResult) => result.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');

it('lists the four tools', async () => {
  const { tools } = await client.listTools();
  expect(tools.map((t) => t.name).sort()).toEqual(['get_country', 'get_record', 'protection_plan', 'search_directory']);
});

it('answers a Spanish plan for Guatemala with the number to call', async () => {
  const result = await call('protection_plan', { country: 'GT', risks: ['DEATH_THREAT'], urgency: 'IMMEDIATE', locale: 'es' });
  expect(result.isError).toBeFalsy();
  expect(textOf(result)).toContain('+353 (0)1 21 00 489');
  expect(result.structuredContent).toMatchObject({ locale: 'es' });
});

it('answers bad input with a tool error naming the field, never the value, and logs no need', async () => {
  const invalid = await call('protection_plan', { country: 'Atlantis-Qx7', risks: ['ENFORCED_DISAPPEARANCE'], urgency: 'URGENT' });
  expect(invalid.isError).toBe(true);
  expect(textOf(invalid)).toContain('country');
  expect(JSON.stringify(invalid)).not.toContain('Atlantis-Qx7');
  const unknown = await call('protection_plan', { country: 'QZ', risks: ['ENFORCED_DISAPPEARANCE'], urgency: 'URGENT' });
  expect(unknown.isError).toBe(true);
  expect(JSON.stringify(unknown)).not.toContain('QZ');
  expect(
    (await call('protection_plan', { country: 'BT', risks: ['ENFORCED_DISAPPEARANCE', 'TRAVEL_BAN'], urgency: 'PREVENTIVE', languages: ['dz'] })).isError,
  ).toBeFalsy();
  // Every line the process logged so far, the Guatemala plan's included.
  for (const line of stderr.split('\n')) {
    for (const secret of ['Atlantis', 'QZ', '"BT"', '"GT"', 'DEATH_THREAT', 'ENFORCED_DISAPPEARANCE', 'TRAVEL_BAN', '"dz"']) expect(line).not.toContain(secret);
  }
});

it('writes protocol messages only on stdout, and its logs on stderr', () => {
  expect(transportErrors).toEqual([]);
  const lines = stderr
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { msg: string });
  expect(lines.map((l) => l.msg)).toEqual(
    expect.arrayContaining(['seeded an empty database', 'finder read model built', 'Protection Atlas MCP server is ready on stdio']),
  );
});

it('exits cleanly when the client closes stdin', async () => {
  const pid = transport.pid!;
  await client.close();
  expect(stderr).toContain('"reason":"stdin closed"');
  expect(() => process.kill(pid, 0)).toThrow(); // gone
});

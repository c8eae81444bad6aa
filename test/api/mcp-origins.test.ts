/** /mcp with CORS_ORIGINS set: those pages are let in (with CORS headers), any other Origin is refused by the SDK's check. */
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ CORS_ORIGINS: 'https://chat.example.org', SEED_ON_START: 'false' });
});
afterAll(() => server.close());

const initialize = {
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
};
const send = (origin: string) =>
  fetch(new URL('/mcp', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', origin },
    body: JSON.stringify(initialize),
  });

it('lets a configured origin in', async () => {
  const res = await send('https://chat.example.org');
  expect(res.status).toBe(200);
  expect(res.headers.get('access-control-allow-origin')).toBe('https://chat.example.org');
});

it('refuses any other origin', async () => {
  const res = await send('https://evil.example');
  expect(res.status).toBe(403);
  expect(res.headers.get('access-control-allow-origin')).toBeNull();
});

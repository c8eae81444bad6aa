/** `GET /` (src/http/root.ts): who is sent to the playground, and what an API client is told. */
import { rootResponse, wantsHtml } from '../../../src/http/root';

describe('wantsHtml', () => {
  it.each([
    ['text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8', true], // Chromium, Firefox
    ['application/xhtml+xml', true],
    ['TEXT/HTML', true],
    ['text/html, application/json', true], // as wanted as JSON: a browser
    ['text/html;q=0.9, application/json', false],
    ['application/json, text/html;q=0.5', false],
    ['application/json', false],
    ['*/*', false], // curl, fetch, most HTTP libraries
    ['text/*', false],
    ['text/html;q=0', false],
    ['', false],
    [undefined, false],
  ])('%s → %s', (accept, expected) => {
    expect(wantsHtml(accept)).toBe(expected);
  });
});

describe('rootResponse', () => {
  it('redirects a browser to the playground, varying on Accept', () => {
    const answer = rootResponse('text/html');
    expect(answer.status).toBe(302);
    expect(answer.headers).toMatchObject({ location: '/graphql', vary: 'Accept' });
  });

  it('lists the endpoints for an API client, each with a description', () => {
    const answer = rootResponse('application/json');
    expect(answer.status).toBe(200);
    expect(answer.headers).toMatchObject({ 'content-type': 'application/json; charset=utf-8', vary: 'Accept' });
    const body = JSON.parse(answer.body) as { playground: string; endpoints: { path: string; description: string }[] };
    expect(body.playground).toBe('/graphql');
    expect(body.endpoints.map((e) => e.path)).toEqual(expect.arrayContaining(['/graphql', '/hsds/', '/mcp', '/metrics']));
    for (const e of body.endpoints) expect(e.description).toMatch(/\w.{10,}\.$/);
  });
});

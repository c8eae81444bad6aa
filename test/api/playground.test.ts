/**
 * The self-hosted GraphiQL playground in a real browser (Debian's Chromium through
 * playwright-core; never a downloaded browser): it renders, loads the schema docs, shows one
 * tab per example operation, runs a query against the API, and every request the page makes
 * goes to the API's own origin. Run after `npm run build` (which bundles the playground).
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse, type OperationDefinitionNode } from 'graphql';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { startTestServer, type TestServer } from '../helpers/server';
import { exampleOperations } from '../../src/http/playground';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ASSETS_DIR = path.join(__dirname, '..', '..', 'src', 'http', 'playground', 'assets');

let server: TestServer;
let origin: string;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
/** Every request the page (or any worker) made, and every console error / page error. */
const requests: { url: string; method: string; contentType?: string; resourceType: string }[] = [];
const blocked: string[] = [];
const consoleErrors: string[] = [];

function ensurePlaygroundBuilt() {
  if (fs.existsSync(path.join(ASSETS_DIR, 'playground.js')) && fs.existsSync(path.join(ASSETS_DIR, 'playground.css'))) return;
  const build = spawnSync(process.execPath, [path.join(__dirname, '..', '..', 'scripts', 'build-playground.mjs')], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`The playground bundle is missing and building it failed:\n${build.stderr}`);
}

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. The playground test needs a real browser: install it with ` +
        '`apt-get install chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium/Chrome executable.',
    );
  }
  ensurePlaygroundBuilt();
  server = await startTestServer();
  origin = new URL(server.url).origin;
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const seen = new Set<Request>();
  const record = (req: Request) => {
    if (seen.has(req)) return; // reported by both the page and the context
    seen.add(req);
    requests.push({ url: req.url(), method: req.method(), contentType: req.headers()['content-type'], resourceType: req.resourceType() });
  };
  context.on('request', record); // covers workers and every page of the context
  // Belt and braces: whatever the assertions below say, the test itself never reaches another host.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  page = await context.newPage();
  page.on('request', record);
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function isOwnOrLocal(url: string): boolean {
  if (/^(data|blob|about):/.test(url)) return true;
  return new URL(url).origin === origin;
}

/** GraphiQL titles a tab by its operation's name. */
function expectedTabTitles(): string[] {
  return exampleOperations().map((e) => {
    const op = parse(e.query).definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    return op?.name?.value ?? '<untitled>';
  });
}

it('renders GraphiQL from the API origin, with the schema docs, the example tabs, and a working query; no request leaves the origin', async () => {
  const response = await page.goto(server.url, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  const headers = response!.headers();
  expect(headers['content-type']).toMatch(/^text\/html/);
  const csp = headers['content-security-policy'];
  expect(csp).toBeDefined();
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("default-src 'self'");

  // GraphiQL rendered, and the schema came in by introspection: the doc explorer lists the types.
  await page.waitForSelector('.graphiql-container', { timeout: 20_000 });
  const docs = page.locator('.graphiql-doc-explorer');
  await docs.waitFor({ timeout: 20_000 });
  await page.waitForFunction(() => document.querySelector('.graphiql-doc-explorer')?.textContent?.includes('Root Types'), null, { timeout: 20_000 });
  const docsText = await docs.innerText();
  expect(docsText).toMatch(/query:\s*Query/);
  expect(docsText).toContain('Country');

  // One tab per example operation, titled by its name, in file order.
  const titles = expectedTabTitles();
  expect(titles.length).toBeGreaterThan(0);
  const tabs = (await page.locator('.graphiql-tab').allInnerTexts()).map((t) => t.trim());
  expect(tabs).toEqual(titles);

  // The finder comes first; run the Countries example (every variable optional) and wait for countries in the result.
  expect(titles[0]).toBe('ProtectionPlan');
  // Click the tab's label, away from its close button.
  await page
    .locator('.graphiql-tab')
    .nth(titles.indexOf('Countries'))
    .click({ position: { x: 12, y: 10 } });
  const executed = page.waitForResponse(
    (r) => r.url() === server.url && r.request().method() === 'POST' && (r.request().postData() ?? '').includes('countries'),
  );
  await page.click('.graphiql-execute-button');
  const answer = await executed;
  // On failure, show what was sent and answered, not just the status.
  expect({ status: answer.status(), sent: answer.request().postData(), body: answer.status() === 200 ? undefined : await answer.text() }).toMatchObject({
    status: 200,
  });
  await page.waitForFunction(() => /"code": "[A-Z]{2}"/.test(document.querySelector('.graphiql-response')?.textContent ?? ''), null, { timeout: 20_000 });
  const result = await page.locator('.graphiql-response').innerText();
  expect(result).toContain('"totalCount"');
  expect(result).not.toContain('"errors"');

  // The requests: the page, its two assets, and POSTs to /graphql with a JSON body (CSRF prevention).
  expect(requests.map((r) => r.url)).toEqual(
    expect.arrayContaining([`${origin}/graphql`, `${origin}/playground/assets/playground.js`, `${origin}/playground/assets/playground.css`]),
  );
  const posts = requests.filter((r) => r.method === 'POST');
  expect(posts.length).toBeGreaterThanOrEqual(2); // introspection, then the query
  for (const post of posts) {
    expect(post.url).toBe(server.url);
    expect(post.contentType).toMatch(/^application\/json/);
  }
  const foreign = requests.filter((r) => !isOwnOrLocal(r.url)).map((r) => `${r.method} ${r.url}`);
  expect(foreign).toEqual([]);
  expect(blocked).toEqual([]);
  // Nothing was refused by the CSP, and nothing crashed.
  expect(consoleErrors).toEqual([]);
});

it('serves the playground to a browser at /graphql and still answers GraphQL GET requests', async () => {
  const html = await fetch(server.url, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
  expect(html.status).toBe(200);
  expect(html.headers.get('content-type')).toMatch(/^text\/html/);
  expect(html.headers.get('content-security-policy')).toContain("script-src 'self'");
  const body = await html.text();
  expect(body).toContain('/playground/assets/playground.js');
  expect(body).toContain('id="playground-examples"');
  expect(body).not.toMatch(/(src|href)="(https?:)?\/\//); // nothing loaded from another host

  // A GET query with a JSON Accept still executes; CSRF prevention wants a preflight header on GET.
  const get = await fetch(`${server.url}?query=${encodeURIComponent('{ __typename }')}`, {
    headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
  });
  expect(get.status).toBe(200);
  expect(await get.json()).toEqual({ data: { __typename: 'Query' } });

  for (const [asset, type] of [
    ['playground.js', /javascript/],
    ['playground.css', /^text\/css/],
  ] as const) {
    const res = await fetch(`${origin}/playground/assets/${asset}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(type);
    const text = await res.text();
    expect(text).not.toMatch(/url\(\s*['"]?(https?:)?\/\//); // no remote fonts or images
  }
});

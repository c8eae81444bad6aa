/**
 * The self-hosted GraphiQL playground in a real browser (Debian's Chromium through
 * playwright-core; never a downloaded browser), as a new researcher meets it: `/` sends the
 * browser there; it opens on the finder's tab with its variables filled, and one click on run
 * shows a plan; the researchers' queries are the tabs, the editors' operations come only on
 * demand; Monaco's workers come from the API; every request the page or a worker makes goes
 * to the API's own origin, and the CSP refuses nothing. Run after `npm run build` (which
 * bundles the playground).
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse, type OperationDefinitionNode } from 'graphql';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { startTestServer, type TestServer } from '../helpers/server';
import { exampleOperations, type ExampleAudience } from '../../src/http/playground';
import { rawGraphql } from '../helpers/client';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ASSETS_DIR = path.join(__dirname, '..', '..', 'src', 'http', 'playground', 'assets');
const ASSETS = ['playground.js', 'playground.css', 'editor.worker.js', 'json.worker.js', 'graphql.worker.js'];

let server: TestServer;
let origin: string;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
const seenRequests = new Set<Request>();
function record(req: Request) {
  if (seenRequests.has(req)) return; // reported by both the page and the context
  seenRequests.add(req);
  requests.push({ url: req.url(), method: req.method(), contentType: req.headers()['content-type'], resourceType: req.resourceType() });
}
/** Every request the pages (or any worker) made, every worker started, and every console error / page error. */
const requests: { url: string; method: string; contentType?: string; resourceType: string }[] = [];
const workers: string[] = [];
const blocked: string[] = [];
const consoleErrors: string[] = [];

function ensurePlaygroundBuilt() {
  if (ASSETS.every((asset) => fs.existsSync(path.join(ASSETS_DIR, asset)))) return;
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
  context.on('request', record); // covers workers and every page of the context
  // Belt and braces: whatever the assertions below say, the test itself never reaches another host.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  // A refusal by the Content-Security-Policy (a worker, a font, a style) is an event in the page.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page = await newPage();
}, 120_000); // a server with the seeded directory, and a browser

async function newPage(): Promise<Page> {
  const p = await context.newPage();
  p.on('request', record);
  p.on('worker', (worker) => workers.push(worker.url()));
  p.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  p.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`));
  return p;
}

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function isOwnOrLocal(url: string): boolean {
  if (/^(data|blob|about):/.test(url)) return true;
  return new URL(url).origin === origin;
}

/** GraphiQL titles a tab by its operation's name; `editor` lists every tab (researchers' first). */
function expectedTabTitles(audience: ExampleAudience): string[] {
  return exampleOperations()
    .filter((e) => audience === 'editor' || e.audience === 'researcher')
    .map((e) => {
      const op = parse(e.query).definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
      return op?.name?.value ?? '<untitled>';
    });
}

async function tabTitles(p: Page): Promise<string[]> {
  return (await p.locator('.graphiql-tab').allInnerTexts()).map((t) => t.trim());
}

/** The text a Monaco editor shows (its visible lines; Monaco draws spaces as no-break spaces). */
async function editorText(p: Page, selector: string): Promise<string> {
  const text = await p.locator(`${selector} .view-lines`).first().innerText();
  return text.replace(/\u00a0/g, ' ');
}

async function cspViolations(p: Page): Promise<string[]> {
  return p.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

it('sends a browser from / to the playground, which opens on the finder tab ready to run: one click on run shows a plan; no request leaves the host', async () => {
  const response = await page.goto(`${origin}/`, { waitUntil: 'load' });
  // Redirected from / to the playground.
  expect(page.url()).toBe(server.url);
  expect(response?.status()).toBe(200);
  const headers = response!.headers();
  expect(headers['content-type']).toMatch(/^text\/html/);
  const csp = headers['content-security-policy'];
  expect(csp).toBeDefined();
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("default-src 'self'");
  // Monaco's workers are files from this origin: no blob: and no other host may start one.
  expect(csp).toMatch(/worker-src 'self'(;|$)/);

  // GraphiQL rendered, and the schema came in by introspection: the doc explorer lists the types.
  await page.waitForSelector('.graphiql-container', { timeout: 20_000 });
  await page.waitForFunction(() => document.querySelector('.graphiql-doc-explorer')?.textContent?.includes('Root Types'), null, { timeout: 20_000 });
  const docsText = await page.locator('.graphiql-doc-explorer').innerText();
  expect(docsText).toMatch(/query:\s*Query/);
  expect(docsText).toContain('Country');

  // The researchers' queries only, the finder first; no mutation among them.
  const titles = expectedTabTitles('researcher');
  expect(titles[0]).toBe('ProtectionPlan');
  expect(await tabTitles(page)).toEqual(titles);
  const researcherExamples = exampleOperations().filter((e) => e.audience === 'researcher');
  expect(researcherExamples.some((e) => /^\s*(#[^\n]*\n\s*)*mutation\b/.test(e.query))).toBe(false);
  expect(await page.locator('#show-editors-operations').isChecked()).toBe(false);

  // The finder's tab opened with its query and its variables filled (the need is there to run).
  await page.waitForFunction(() => document.querySelector('.graphiql-query-editor .view-lines')?.textContent?.includes('protectionPlan'), null, {
    timeout: 20_000,
  });
  await page.waitForFunction(() => document.querySelector('.graphiql-editor-tool .view-lines')?.textContent?.includes('"need"'), null, { timeout: 20_000 });
  const variables = await editorText(page, '.graphiql-editor-tool');
  expect(variables).toContain('"country": "GT"');
  expect(variables).toContain('"urgency": "IMMEDIATE"');

  // One click on run, nothing typed: the plan comes back, without errors.
  const executed = page.waitForResponse(
    (r) => r.url() === server.url && r.request().method() === 'POST' && (r.request().postData() ?? '').includes('protectionPlan'),
  );
  await page.click('.graphiql-execute-button');
  const answer = await executed;
  const sent = JSON.parse(answer.request().postData() ?? '{}') as { variables?: { need?: { country?: string } } };
  expect(sent.variables?.need?.country).toBe('GT');
  const body = (await answer.json()) as { data?: { protectionPlan?: { options: unknown[] } }; errors?: unknown[] };
  expect({ status: answer.status(), errors: body.errors }).toEqual({ status: 200, errors: undefined });
  expect(body.data?.protectionPlan?.options.length).toBeGreaterThan(0);
  // ... and the response pane shows it.
  await page.waitForFunction(() => document.querySelector('.graphiql-response .view-lines')?.textContent?.includes('protectionPlan'), null, {
    timeout: 20_000,
  });
  const shown = await editorText(page, '.graphiql-response');
  expect(shown).toContain('"summary"');
  expect(shown).not.toContain('"errors"');

  // Monaco's workers ran, each from the playground's assets on this origin. The GraphQL language
  // worker starts on its own schedule after the schema is loaded (it once came later than the
  // plan on a loaded machine): wait for it, up to 20 s, rather than assume it is already there.
  const graphqlWorker = `${origin}/playground/assets/graphql.worker.js`;
  for (let waited = 0; !workers.includes(graphqlWorker) && waited < 20_000; waited += 100) await page.waitForTimeout(100);
  expect(workers.length).toBeGreaterThan(0);
  for (const worker of workers) expect(worker).toMatch(new RegExp(`^${origin}/playground/assets/(editor|json|graphql)\\.worker\\.js$`));
  expect(workers).toContain(graphqlWorker);

  // The requests: the page, its assets, and POSTs to /graphql with a JSON body (CSRF prevention).
  expect(requests.map((r) => r.url)).toEqual(
    expect.arrayContaining([`${origin}/`, server.url, `${origin}/playground/assets/playground.js`, `${origin}/playground/assets/playground.css`]),
  );
  const posts = requests.filter((r) => r.method === 'POST');
  expect(posts.length).toBeGreaterThanOrEqual(2); // introspection, then the plan
  for (const post of posts) {
    expect(post.url).toBe(server.url);
    expect(post.contentType).toMatch(/^application\/json/);
  }
  const foreign = requests.filter((r) => !isOwnOrLocal(r.url)).map((r) => `${r.method} ${r.url}`);
  expect(foreign).toEqual([]);
  expect(blocked).toEqual([]);
  // Nothing was refused by the CSP, nothing crashed, and nothing was written to the browser's storage.
  expect(await cspViolations(page)).toEqual([]);
  expect(consoleErrors).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
});

it("adds the editors' operations only on demand (the switch, or ?operations=all), after the researchers' queries", async () => {
  // The tick loads a new page; wait for that page rather than for the old page's box.
  await Promise.all([page.waitForURL(`${server.url}?operations=all`), page.click('#show-editors-operations')]);
  await page.waitForSelector('.graphiql-tab', { timeout: 20_000 });
  expect(await page.isChecked('#show-editors-operations')).toBe(true);
  const all = expectedTabTitles('editor');
  expect(all.length).toBe(exampleOperations().length);
  expect(await tabTitles(page)).toEqual(all);
  // Still the finder first, with its variables; the researchers' queries before any editor's operation.
  expect(all.slice(0, expectedTabTitles('researcher').length)).toEqual(expectedTabTitles('researcher'));
  await page.waitForFunction(() => document.querySelector('.graphiql-editor-tool .view-lines')?.textContent?.includes('"need"'), null, { timeout: 20_000 });

  // Unticked, the page is back to the researchers' queries.
  await Promise.all([page.waitForURL(server.url), page.click('#show-editors-operations')]);
  await page.waitForSelector('.graphiql-tab', { timeout: 20_000 });
  expect(await page.isChecked('#show-editors-operations')).toBe(false);
  expect(await tabTitles(page)).toEqual(expectedTabTitles('researcher'));
  expect(await cspViolations(page)).toEqual([]);
  expect(consoleErrors).toEqual([]);
  expect(requests.filter((r) => !isOwnOrLocal(r.url))).toEqual([]);
});

it("runs every researcher's tab without a token, with its example variables (the editors' operations are the ones that need one)", async () => {
  const researcher = exampleOperations().filter((e) => e.audience === 'researcher');
  expect(researcher.length).toBeGreaterThan(10);
  const failing: string[] = [];
  for (const example of researcher) {
    // A tab runs its document's first operation when run is clicked once.
    const first = parse(example.query).definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    const res = await rawGraphql(server.url, { query: example.query, variables: example.variables ?? {}, operationName: first?.name?.value });
    if (res.status !== 200 || res.body.errors) failing.push(`${example.name}: ${res.status} ${JSON.stringify(res.body.errors)}`);
  }
  expect(failing).toEqual([]);
  // Every document with a mutation in it is an editor's tab.
  for (const example of exampleOperations()) {
    const ops = parse(example.query).definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    if (ops.some((op) => op.operation === 'mutation'))
      expect({ tab: example.name, audience: example.audience }).toEqual({ tab: example.name, audience: 'editor' });
  }
});

it('tells an API client at / where the endpoints are, and sends only browsers to the playground', async () => {
  for (const accept of [undefined, '*/*', 'application/json', 'application/json, text/html;q=0.5']) {
    const res = await fetch(`${origin}/`, { redirect: 'manual', headers: accept ? { accept } : {} });
    expect({ accept, status: res.status }).toEqual({ accept, status: 200 });
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('vary')).toMatch(/Accept/i);
    const body = (await res.json()) as { playground: string; endpoints: { path: string; description: string }[] };
    expect(body.playground).toBe('/graphql');
    expect(body.endpoints.map((e) => e.path)).toEqual(expect.arrayContaining(['/graphql', '/hsds/', '/mcp', '/metrics']));
    for (const endpoint of body.endpoints) expect(endpoint.description.length).toBeGreaterThan(10);
  }
  const browserGet = await fetch(`${origin}/`, { redirect: 'manual', headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' } });
  expect(browserGet.status).toBe(302);
  expect(browserGet.headers.get('location')).toBe('/graphql');
  expect(browserGet.headers.get('vary')).toMatch(/Accept/i);
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

  for (const asset of ASSETS) {
    const res = await fetch(`${origin}/playground/assets/${asset}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(asset.endsWith('.css') ? /^text\/css/ : /javascript/);
    const text = await res.text();
    expect(text).not.toMatch(/url\(\s*['"]?(https?:)?\/\//); // no remote fonts or images
  }
});

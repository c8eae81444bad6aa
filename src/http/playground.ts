/**
 * The self-hosted GraphiQL playground. Apollo's default landing page loads Sandbox from a
 * CDN; this one serves GraphiQL bundled from the `graphiql` package by `npm run build`, from
 * the API's own origin, so opening the playground makes no request to any other host.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import { projectRoot } from '../shared/project-root';
import type { Route, RouteResponse } from '../shared/route';

export const PLAYGROUND_ASSETS_PATH = '/playground/assets';
const assetsDir = () => path.join(projectRoot(), 'src', 'http', 'playground', 'assets');

export interface ExampleOperation {
  name: string;
  query: string;
  /** From an optional `# variables: {"code": "KE"}` comment line in the file. */
  variables?: Record<string, unknown>;
}

function exampleVariables(query: string): Record<string, unknown> | undefined {
  const line = /^#\s*variables:\s*(\{.*\})\s*$/m.exec(query);
  if (!line) return undefined;
  try {
    const parsed: unknown = JSON.parse(line[1]);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Example operations shown as tabs (GraphiQL titles each by its operation name): every file in schema/operations/. */
/** The tabs a newcomer should see first: the finder and the researchers' questions. */
const FEATURED = ['ProtectionPlan', 'EmergencyGrantsInArabic', 'MechanismsForKenya', 'NorwayPolicy', 'Countries', 'Directory', 'Taxonomy'];

/** Featured operations first, then the other queries, then mutations, each group by name. */
function tabOrder(example: ExampleOperation): [number, number, string] {
  const featured = FEATURED.indexOf(example.name);
  if (featured >= 0) return [0, featured, example.name];
  return [/^\s*(#[^\n]*\n\s*)*mutation\b/.test(example.query) ? 2 : 1, 0, example.name];
}

export function exampleOperations(): ExampleOperation[] {
  const dir = path.join(projectRoot(), 'schema', 'operations');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => {
      const query = fs.readFileSync(path.join(dir, f), 'utf8');
      const variables = exampleVariables(query);
      return { name: f.replace(/\.graphql$/, ''), query, ...(variables ? { variables } : {}) };
    })
    .map((example) => ({ example, key: tabOrder(example) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || (a.key[2] < b.key[2] ? -1 : a.key[2] > b.key[2] ? 1 : 0))
    .map(({ example }) => example);
}

function escapeForScript(json: string): string {
  return json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

export function playgroundHtml(): string {
  const examples = escapeForScript(JSON.stringify(exampleOperations()));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Protection Atlas — GraphQL playground</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${PLAYGROUND_ASSETS_PATH}/playground.css">
</head>
<body style="margin:0;height:100vh">
<div id="playground" style="height:100vh">Loading the playground…</div>
<script type="application/json" id="playground-examples">${examples}</script>
<script src="${PLAYGROUND_ASSETS_PATH}/playground.js"></script>
</body>
</html>`;
}

export function playgroundLandingPage(): ApolloServerPlugin {
  const html = playgroundHtml();
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}

const ASSET_TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };
const notFound: RouteResponse = { status: 404, body: { errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] } };

/** GET /playground/assets/<file>: the bundle `npm run build` writes (a name with no folder in it, .js or .css), cached for an hour. */
export function playgroundAssetRoutes(): Route[] {
  return [
    {
      method: 'GET',
      path: `${PLAYGROUND_ASSETS_PATH}/:file`,
      handler: async ({ file }) => {
        const type = /^[\w-]+\.(js|css)$/.exec(file)?.[1];
        if (!type) return notFound;
        try {
          const body = await fs.promises.readFile(path.join(assetsDir(), file));
          return { status: 200, body, headers: { 'content-type': ASSET_TYPES[type], 'cache-control': 'public, max-age=3600' } };
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code === 'ENOENT') return notFound;
          throw err;
        }
      },
    },
  ];
}

/**
 * The self-hosted GraphiQL playground. Apollo's default landing page loads Sandbox from a
 * CDN; this one serves GraphiQL bundled from the `graphiql` package by `npm run build`, from
 * the API's own origin, so opening the playground makes no request to any other host.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kind, OperationTypeNode, parse } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { projectRoot } from '../shared/project-root';
import { notFound, type Route } from '../shared/route';

export const PLAYGROUND_ASSETS_PATH = '/playground/assets';
const assetsDir = () => path.join(projectRoot(), 'src', 'http', 'playground', 'assets');

/**
 * Who a tab is for. `researcher`: a query anyone can run without a token; the playground
 * opens with these. `editor`: a document with a mutation in it, or one marked
 * `# audience: editors` (a query that needs a role); shown only when asked for
 * (`?operations=all`, or the switch above the playground).
 */
export type ExampleAudience = 'researcher' | 'editor';

export interface ExampleOperation {
  name: string;
  /** The file's text, less its `# variables:` and `# audience:` lines. */
  query: string;
  /** From an optional `# variables: {"code": "KE"}` comment line in the file. */
  variables?: Record<string, unknown>;
  audience: ExampleAudience;
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

/** A document with any mutation in it (some files hold several operations) is an editor's tab. */
function exampleAudience(query: string): ExampleAudience {
  if (/^#\s*audience:\s*editors\b/m.test(query)) return 'editor';
  try {
    return parse(query).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation !== OperationTypeNode.QUERY) ? 'editor' : 'researcher';
  } catch {
    return 'editor';
  }
}

/** The tabs a newcomer should see first: the finder (ready to run) and the researchers' questions. */
const FEATURED = ['ProtectionPlan', 'EmergencyGrantsInArabic', 'MechanismsForKenya', 'NorwayPolicy', 'Countries', 'Directory', 'Taxonomy'];

/** Featured operations first, then the other researchers' queries, then the editors' operations, each group by name. */
function tabOrder(example: ExampleOperation): [number, number, string] {
  const featured = FEATURED.indexOf(example.name);
  if (featured >= 0) return [0, featured, example.name];
  return [example.audience === 'editor' ? 2 : 1, 0, example.name];
}

/** Example operations shown as tabs (GraphiQL titles each by its operation name): every file in schema/operations/. */

export function exampleOperations(): ExampleOperation[] {
  const dir = path.join(projectRoot(), 'schema', 'operations');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const variables = exampleVariables(text);
      // The `# variables:` and `# audience:` lines are for the playground, which shows the variables in their own pane.
      const query = text.replace(/^#\s*(variables|audience):.*\n/gm, '');
      return { name: f.replace(/\.graphql$/, ''), query, ...(variables ? { variables } : {}), audience: exampleAudience(text) };
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

/** GET /playground/assets/<file>: the bundle `npm run build` writes (a name with no folder in it, .js or .css: the page, its styles and Monaco's workers), cached for an hour. */
export function playgroundAssetRoutes(): Route[] {
  return [
    {
      method: 'GET',
      path: `${PLAYGROUND_ASSETS_PATH}/:file`,
      handler: async ({ file }) => {
        const type = /^[\w-]+(?:\.[\w-]+)*\.(js|css)$/.exec(file)?.[1];
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

/**
 * `GET /`: a browser is sent to the playground; an API client is told where the endpoints
 * are. Framework-neutral (a request's Accept header in, a status, headers and body out), so
 * any HTTP stack mounts it in a few lines.
 */

export const PLAYGROUND_PATH = '/graphql';

/** What the API serves, one line each (the JSON answer to `GET /`). */
export const ENDPOINTS: readonly { path: string; description: string }[] = [
  { path: '/graphql', description: 'The GraphQL API (POST with content-type: application/json); a browser opening it gets the playground.' },
  { path: '/hsds/', description: "Open Referral's HSDS 3.0 API, read-only: the directory's organizations, services and taxonomies." },
  { path: '/mcp', description: 'The Model Context Protocol (Streamable HTTP) for chatbots and assistants: the finder and the directory as tools.' },
  { path: '/metrics', description: 'Operational metrics in Prometheus text format.' },
  { path: '/export/directory.json', description: 'The whole directory as open data (JSON; also /export/directory.csv).' },
  { path: '/healthz', description: 'Liveness: the process is up.' },
  { path: '/readyz', description: 'Readiness: the database is reachable and migrated.' },
];

export interface RootResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The quality (0–1) an Accept header gives to any of `types`, counting only explicit media types (not wildcards). */
function explicitQuality(accept: string, types: readonly string[]): number {
  let best = 0;
  for (const part of accept.split(',')) {
    const [type, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (!types.includes(type)) continue;
    const q = params.find((p) => p.startsWith('q='));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    if (Number.isFinite(quality) && quality > best) best = Math.min(quality, 1);
  }
  return best;
}

/**
 * A browser names text/html in its Accept header; an API client sends application/json,
 * `*\/*` or nothing. HTML wins only when named and at least as wanted as JSON.
 */
export function wantsHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  const html = explicitQuality(accept, ['text/html', 'application/xhtml+xml']);
  return html > 0 && html >= explicitQuality(accept, ['application/json']);
}

export function rootResponse(accept: string | undefined): RootResponse {
  // The answer depends on Accept: a cache must not give a browser's redirect to an API client.
  const vary = { vary: 'Accept', 'cache-control': 'no-store' };
  if (wantsHtml(accept)) {
    return {
      status: 302,
      headers: { ...vary, location: PLAYGROUND_PATH, 'content-type': 'text/plain; charset=utf-8' },
      body: `The playground is at ${PLAYGROUND_PATH}\n`,
    };
  }
  const body = {
    name: 'Protection Atlas',
    description: 'A directory of protection resources for human rights defenders, a protection finder and a campaign.',
    playground: PLAYGROUND_PATH,
    endpoints: ENDPOINTS,
  };
  return { status: 200, headers: { ...vary, 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) };
}

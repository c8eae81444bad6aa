/**
 * CORS for /graphql and /mcp (and nothing else): the `cors` package on node's request and
 * response, as a Fastify hook. With no CORS_ORIGINS there is no hook at all: same-origin only,
 * no CORS header, no preflight answer.
 */
import type { onRequestHookHandler } from 'fastify';
import cors from 'cors';

export function corsHook(origins: readonly string[]): onRequestHookHandler | null {
  if (origins.length === 0) return null;
  const middleware = cors({ origin: [...origins] });
  return (request, reply, done) => {
    if (request.method !== 'OPTIONS') return middleware(request.raw, reply.raw, done);
    // `cors` answers every OPTIONS itself (the preflight, 204): Fastify must not answer it too.
    for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) reply.raw.setHeader(name, value);
    reply.hijack();
    middleware(request.raw, reply.raw, (err?: unknown) => done(err as Error | undefined));
  };
}

/**
 * Framework-neutral HTTP routes: a handler takes the path parameters, the query string and the
 * request's headers, and returns a status, a body and headers. Modules write their routes with
 * these types (no web framework in them, testable without a server); the HTTP layer mounts
 * them (src/http/routes.ts, `mountRoutes`).
 */
import type { IncomingHttpHeaders } from 'node:http';

export interface RouteResponse {
  status: number;
  /** A string or bytes are sent as they are (say which with a content-type header); anything else as JSON. */
  body: unknown;
  headers?: Record<string, string>;
}

export type RouteHandler = (
  params: Record<string, string>,
  query: URLSearchParams,
  headers: IncomingHttpHeaders,
  /** The request's public origin (`https://atlas.example`), read through TRUST_PROXY: for links in a response. */
  origin: string,
) => RouteResponse | Promise<RouteResponse>;

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** A Fastify path: `/hsds/organizations/:id`; a GET route answers HEAD too. */
  path: string;
  handler: RouteHandler;
}

/** A JSON body in the GraphQL error shape, for a client's mistake. */
export const badRequest = (message: string, extensions: Record<string, unknown>): RouteResponse => ({
  status: 400,
  body: { errors: [{ message, extensions }] },
});

/** The answer to a path or id that names nothing, in the GraphQL error shape like every 404 of the API. */
export const notFound: RouteResponse = { status: 404, body: { errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] } };

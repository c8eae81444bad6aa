/**
 * Serves framework-neutral routes (src/shared/route.ts) on the Fastify app: a handler knows
 * nothing of Fastify, so a module can own its routes (the directory export) and be tested
 * without a server. A thrown error reaches the app's error handler: masked, logged once with
 * the request id (a client's mistake is the handler's to answer, see `badRequest`).
 */
import type { FastifyInstance } from 'fastify';
import type { Route } from '../shared/route';

export { badRequest, type Route, type RouteHandler, type RouteResponse } from '../shared/route';

const JSON_TYPE = 'application/json; charset=utf-8';

export function mountRoutes(app: FastifyInstance, routes: readonly Route[]): void {
  for (const route of routes) {
    app.route({
      method: route.method,
      url: route.path,
      handler: async (request, reply) => {
        const q = request.url.indexOf('?');
        const query = new URLSearchParams(q < 0 ? '' : request.url.slice(q + 1));
        const result = await route.handler(request.params as Record<string, string>, query, request.headers, `${request.protocol}://${request.host}`);
        reply.code(result.status);
        if (result.headers) reply.headers(result.headers);
        const { body } = result;
        if (typeof body === 'string' || Buffer.isBuffer(body)) return reply.send(body);
        return reply.type(JSON_TYPE).send(JSON.stringify(body));
      },
    });
  }
}

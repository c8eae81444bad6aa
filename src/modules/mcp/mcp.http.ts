/**
 * MCP over Streamable HTTP at /mcp, stateless: each POST gets a new server and transport (the
 * SDK's pattern for stateless servers), answered as plain JSON. Behind the protections of
 * /graphql: the CORS policy, the body-size limit (the SDK reads the body itself, so Fastify's
 * parsers are switched off here), a per-client rate limit, and the access log (method, path,
 * status, duration; never the body). The SDK takes node's request and response: the reply is
 * hijacked, and the app's headers (security headers, request id) are copied onto it first.
 */
import type { FastifyInstance, FastifyReply, onRequestHookHandler } from 'fastify';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import type { RateLimitOptions, RateLimits } from '../../shared/rate-limit';
import { createMcpServer, type McpServices } from './mcp.server';

/** Tool calls per client and minute (a plan is answered from memory, but a flood still costs CPU). */
export const MCP_TOOL_CALLS: RateLimitOptions = { key: 'mcp.tool-call', points: 60, durationSeconds: 60 };

const jsonRpcError = (reply: FastifyReply, status: number, message: string) =>
  reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send(JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }));

/**
 * Mounts /mcp on `app`. `services`: what the tools read, and the rate limits the tool calls
 * count against; `cors`: the app's CORS hook (none when CORS_ORIGINS is empty).
 */
export function mountMcp(
  app: FastifyInstance,
  config: Config,
  services: McpServices & { rateLimits: RateLimits },
  logger: Logger,
  cors: onRequestHookHandler | null,
): void {
  void app.register(async (mcp) => {
    if (cors) mcp.addHook('onRequest', cors);
    mcp.removeAllContentTypeParsers();
    mcp.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));

    mcp.post('/mcp', async (request, reply) => {
      // Browsers always send Origin on a POST: only pages from CORS_ORIGINS may call /mcp (DNS
      // rebinding included). The SDK checks Origin against a non-empty list only; with none
      // configured, this refuses every page.
      if (config.CORS_ORIGINS.length === 0 && request.headers.origin) return jsonRpcError(reply, 403, 'Origin not allowed');
      const clientKey = request.ip ?? 'unknown';
      const server = createMcpServer(services, { logger, beforeToolCall: () => services.rateLimits.consume(MCP_TOOL_CALLS, clientKey) });
      const transport = new StreamableHTTPServerTransport({
        sessionIdGenerator: undefined,
        enableJsonResponse: true,
        enableDnsRebindingProtection: true,
        allowedOrigins: config.CORS_ORIGINS,
        maxRequestBodySize: config.MAX_BODY_BYTES,
      });
      const res = reply.raw;
      for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) res.setHeader(name, value);
      reply.hijack();
      res.on('close', () => {
        void transport.close();
        void server.close();
      });
      try {
        await server.connect(transport);
        await transport.handleRequest(request.raw, res);
      } catch (err) {
        logger.error({ errName: (err as Error).name }, 'MCP request failed');
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
          res.end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message: 'Internal server error' }, id: null }));
        }
      }
    });

    // Stateless: no session to stream to (GET) or to end (DELETE).
    mcp.route({
      method: ['GET', 'DELETE', 'PUT', 'PATCH', 'OPTIONS'],
      url: '/mcp',
      handler: (_request, reply) => jsonRpcError(reply.header('allow', 'POST'), 405, 'Method not allowed'),
    });
  });
}

/**
 * MCP over Streamable HTTP at /mcp, stateless: each POST gets a new server and transport (the
 * SDK's pattern for stateless servers), answered as plain JSON. Behind the protections of
 * /graphql: the CORS policy, the body-size limit, a per-client rate limit, and the access log
 * (mounted before it: method, path, status, duration; never the body).
 */
import { Router, type Request, type Response } from 'express';
import cors from 'cors';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import type { RateLimitOptions, RateLimits } from '../../shared/rate-limit';
import { createMcpServer, type McpServices } from './mcp.server';

/** Tool calls per client and minute (a plan is answered from memory, but a flood still costs CPU). */
export const MCP_TOOL_CALLS: RateLimitOptions = { key: 'mcp.tool-call', points: 60, durationSeconds: 60 };

const jsonRpcError = (res: Response, status: number, message: string) =>
  res.status(status).json({ jsonrpc: '2.0', error: { code: -32000, message }, id: null });

/** `services`: what the tools read, and the rate limits the tool calls count against. */
export function mcpRouter(config: Config, services: McpServices & { rateLimits: RateLimits }, logger: Logger): Router {
  const router = Router();
  router.use(cors({ origin: config.CORS_ORIGINS.length > 0 ? config.CORS_ORIGINS : false }));

  // Browsers always send Origin on a POST: only pages from CORS_ORIGINS may call /mcp (DNS
  // rebinding included). The SDK checks Origin against a non-empty list only; with none
  // configured, this refuses every page.
  router.post('/', (req, res, next) => (config.CORS_ORIGINS.length === 0 && req.headers.origin ? jsonRpcError(res, 403, 'Origin not allowed') : next()));

  router.post('/', async (req: Request, res: Response) => {
    const clientKey = req.ip ?? 'unknown';
    const server = createMcpServer(services, { logger, beforeToolCall: () => services.rateLimits.consume(MCP_TOOL_CALLS, clientKey) });
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
      enableDnsRebindingProtection: true,
      allowedOrigins: config.CORS_ORIGINS,
      maxRequestBodySize: config.MAX_BODY_BYTES,
    });
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    try {
      await server.connect(transport);
      await transport.handleRequest(req, res);
    } catch (err) {
      logger.error({ errName: (err as Error).name }, 'MCP request failed');
      if (!res.headersSent) jsonRpcError(res, 500, 'Internal server error');
    }
  });

  // Stateless: no session to stream to (GET) or to end (DELETE).
  router.all('/', (_req, res) => {
    res.set('Allow', 'POST');
    jsonRpcError(res, 405, 'Method not allowed');
  });
  return router;
}

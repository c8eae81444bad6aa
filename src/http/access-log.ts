/**
 * One log line per HTTP request: method, path without query string, status, duration, and for
 * /graphql the operation's safe name (never the client's own) and error codes (graphql/request-log.ts). A Fastify onResponse
 * hook: it runs for every reply, hijacked ones (/mcp) included.
 */
import type { onResponseHookHandler } from 'fastify';
import type { Logger } from '../logger';
import { graphqlLogIfAny } from '../graphql/request-log';

/** The hook, or null when the log level leaves access lines out (benchmarks, LOG_LEVEL=warn): then no hook runs at all. */
export function accessLog(logger: Logger): onResponseHookHandler | null {
  if (!logger.isLevelEnabled('info')) return null;
  return (request, reply, done) => {
    const q = request.url.indexOf('?');
    logger.info(
      {
        requestId: request.id,
        method: request.method,
        // The query string of GET /graphql holds the query and variables: never logged.
        path: q < 0 ? request.url : request.url.slice(0, q),
        status: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime * 100) / 100,
        ...graphqlLogIfAny(request),
      },
      'request',
    );
    done();
  };
}

/** One log line per HTTP request: method, path without query string, status, duration. */
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logger';
import { graphqlLogOf } from '../graphql/request-log';

export function accessLog(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    const path = req.path; // captured now: routers rewrite req.path for mounted apps
    res.on('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      const graphql = path === '/graphql' ? graphqlLogOf(res) : undefined;
      logger.info(
        {
          requestId: res.locals.requestId,
          method: req.method,
          // The query string of GET /graphql holds the query and variables: never logged.
          path,
          status: res.statusCode,
          durationMs: Math.round(durationMs * 100) / 100,
          ...(graphql ?? {}),
        },
        'request',
      );
    });
    next();
  };
}

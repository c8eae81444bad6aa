/**
 * GET /metrics: the registry in Prometheus's text format, as a plain function of the request's
 * Authorization header and query string (any HTTP framework mounts it in a few lines).
 *
 * Who may read it (docs/operations.md): with METRICS_TOKEN set, only a request carrying
 * `Authorization: Bearer <METRICS_TOKEN>`; without it, anyone outside production (development,
 * tests), and nobody in production (404, as for any unknown path). `?name=<family>` (repeatable)
 * returns only those metric families.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Registry } from 'prom-client';
import type { Config } from '../config';
import type { Logger } from '../logger';

export interface EndpointAnswer {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

const plain = (status: number, body: string, headers: Record<string, string> = {}): EndpointAnswer => ({
  status,
  body,
  headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers },
});

export type MetricsEndpoint = (request: { authorization?: string | undefined }, query: URLSearchParams) => Promise<EndpointAnswer>;

export function metricsEndpoint(registry: Registry, config: Pick<Config, 'METRICS_TOKEN' | 'isProduction'>, logger: Logger): MetricsEndpoint {
  // Compared as digests, in constant time: the comparison tells nothing about the token's length or prefix.
  const expected = config.METRICS_TOKEN ? digest(`Bearer ${config.METRICS_TOKEN}`) : null;
  const served = expected !== null || !config.isProduction;
  if (!served) logger.info('/metrics is off in production without METRICS_TOKEN');

  return async ({ authorization }, query) => {
    if (!served) return plain(404, 'Not found');
    if (expected && !(authorization && timingSafeEqual(digest(authorization), expected))) {
      return plain(401, 'A bearer token (METRICS_TOKEN) is required', { 'www-authenticate': 'Bearer realm="metrics"' });
    }
    try {
      const names = query.getAll('name');
      const body =
        names.length === 0
          ? await registry.metrics()
          : (await Promise.all(names.filter((n) => registry.getSingleMetric(n)).map((n) => registry.getSingleMetricAsString(n)))).join('\n\n') + '\n';
      return { status: 200, body, headers: { 'content-type': registry.contentType, 'cache-control': 'no-store' } };
    } catch (err) {
      logger.error({ errName: (err as Error).name }, 'collecting metrics failed');
      return plain(500, 'Collecting the metrics failed');
    }
  };
}

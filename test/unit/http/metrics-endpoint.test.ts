/** Who may read /metrics: the framework-neutral handler, as any HTTP stack mounts it. */
import { Writable } from 'node:stream';
import { createLogger } from '../../../src/logger';
import { AppMetrics } from '../../../src/shared/metrics';
import { metricsEndpoint } from '../../../src/http/metrics-endpoint';

const logger = createLogger('info', new Writable({ write: (_c, _e, done) => done() }));
const TOKEN = 'a-metrics-token-of-32-characters';
const none = new URLSearchParams();

const endpoint = (config: { METRICS_TOKEN?: string; isProduction: boolean }) => {
  const metrics = new AppMetrics();
  metrics.rateLimitRefused('supporters.token');
  return metricsEndpoint(metrics.registry, config, logger);
};

it('is open without METRICS_TOKEN outside production', async () => {
  const answer = await endpoint({ isProduction: false })({}, none);
  expect(answer.status).toBe(200);
  expect(answer.headers?.['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
  expect(answer.body).toContain('atlas_rate_limit_refusals_total{limit="supporters.token"} 1');
});

it('is not served in production without METRICS_TOKEN', async () => {
  expect(await endpoint({ isProduction: true })({}, none)).toMatchObject({ status: 404 });
});

it.each([false, true])('requires the bearer token when METRICS_TOKEN is set (production: %s)', async (isProduction) => {
  const metrics = endpoint({ METRICS_TOKEN: TOKEN, isProduction });
  for (const authorization of [undefined, '', TOKEN, `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(1)}`, `Basic ${TOKEN}`]) {
    const refused = await metrics({ authorization }, none);
    expect(refused).toMatchObject({ status: 401, headers: { 'www-authenticate': 'Bearer realm="metrics"' } });
    expect(refused.body).not.toContain('atlas_');
  }
  expect(await metrics({ authorization: `Bearer ${TOKEN}` }, none)).toMatchObject({ status: 200 });
});

it('returns the named families only with ?name=, ignoring unknown names', async () => {
  const answer = await endpoint({ isProduction: false })({}, new URLSearchParams('name=atlas_rate_limit_refusals_total&name=nope'));
  expect(answer.body.split('\n').filter((l) => l.startsWith('# TYPE'))).toEqual(['# TYPE atlas_rate_limit_refusals_total counter']);
});

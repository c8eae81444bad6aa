/** The grid metrics /metrics is made of: prom-client's text format, fixed label lists, `other` for the rest. */
import { AppMetrics, GridCounter, GridHistogram, LabelIndex, OTHER } from '../../../src/shared/metrics';

const operation = new LabelIndex({ name: 'operation', values: ['Plan', 'Sign', OTHER] });
const outcome = new LabelIndex({ name: 'outcome', values: ['OK', 'BAD_USER_INPUT', OTHER] });

it('maps a value outside the fixed list, or none, to other', () => {
  expect(operation.of('Sign')).toBe(1);
  expect(operation.of('KE journalist')).toBe(operation.other);
  expect(operation.of(undefined)).toBe(2);
  expect(() => new LabelIndex({ name: 'x', values: ['a'] })).toThrow(`needs an '${OTHER}' value`);
});

it('exports a two-label counter in the labels’ order, counted slots only', async () => {
  const metrics = new AppMetrics();
  const counter = metrics.custom(new GridCounter('t_requests_total', 'Requests', [operation.dimension, outcome.dimension]));
  const width = outcome.dimension.values.length;
  counter.inc(operation.of('Sign') * width + outcome.of('BAD_USER_INPUT'));
  counter.inc(operation.of('Sign') * width + outcome.of('BAD_USER_INPUT'));
  counter.inc(operation.of('nope') * width + outcome.of('OK'));
  expect(await metrics.registry.getSingleMetricAsString('t_requests_total')).toBe(
    [
      '# HELP t_requests_total Requests',
      '# TYPE t_requests_total counter',
      't_requests_total{operation="Sign",outcome="BAD_USER_INPUT"} 2',
      't_requests_total{operation="other",outcome="OK"} 1',
    ].join('\n'),
  );
});

it('exports a histogram with cumulative buckets, +Inf, sum and count', async () => {
  const metrics = new AppMetrics();
  const histogram = metrics.custom(new GridHistogram('t_seconds', 'Time', [operation.dimension], [0.1, 1]));
  histogram.observe(0, 0.05);
  histogram.observe(0, 0.5);
  histogram.observe(0, 7);
  const text = await metrics.registry.getSingleMetricAsString('t_seconds');
  expect(text.split('\n').slice(2)).toEqual([
    't_seconds_bucket{operation="Plan",le="0.1"} 1',
    't_seconds_bucket{operation="Plan",le="1"} 2',
    't_seconds_bucket{operation="Plan",le="+Inf"} 3',
    't_seconds_sum{operation="Plan"} 7.55',
    't_seconds_count{operation="Plan"} 3',
  ]);
});

it('keeps one registry per instance: two servers in one process count apart', async () => {
  const a = new AppMetrics();
  const b = new AppMetrics();
  a.rateLimitRefused('supporters.token');
  expect(await a.registry.getSingleMetricAsString('atlas_rate_limit_refusals_total')).toContain('atlas_rate_limit_refusals_total{limit="supporters.token"} 1');
  expect(await b.registry.getSingleMetricAsString('atlas_rate_limit_refusals_total')).not.toContain('supporters.token');
});

/**
 * GraphQL requests in /metrics: how many, by operation and outcome, and how long each took
 * inside the GraphQL server (from the request's start to its response, before it is written).
 *
 * The operation label is operation-label.ts's safe name (a committed operation, else the
 * single root field, else `other`: never a name a client made up). The outcome is the code of the response's first error (a fixed
 * set), `OK` without errors. A part of the GraphQL layer's one plugin (request-parts.ts): no HTTP framework involved.
 */
import { performance } from 'node:perf_hooks';
import type { BaseContext, GraphQLRequestMetrics } from '@apollo/server';
import { GridCounter, GridHistogram, LabelIndex, OTHER, type AppMetrics } from '../shared/metrics';
import type { OperationLabels } from './operation-label';
import { RESPONSE_ERROR_CODES } from './error-format';
import type { RequestPart } from './request-parts';

/** Apollo's per-request metrics object carries the start time from requestDidStart to willSendResponse. */
type Timed = GraphQLRequestMetrics & { atlasStartedMs?: number };

export function graphqlMetricsPart(metrics: AppMetrics, labels: OperationLabels): RequestPart<BaseContext> {
  const operations = labels.index;
  const outcomes = new LabelIndex({ name: 'outcome', values: ['OK', ...RESPONSE_ERROR_CODES, OTHER] });
  const requests = metrics.custom(
    new GridCounter(
      'atlas_graphql_requests_total',
      'GraphQL requests by operation (committed name, else root field, else other) and outcome (first error code, or OK)',
      [operations.dimension, outcomes.dimension],
    ),
  );
  const seconds = metrics.custom(
    new GridHistogram('atlas_graphql_request_duration_seconds', 'Time from the start of a GraphQL request to its response, in seconds, by operation', [
      operations.dimension,
    ]),
  );
  const outcomeCount = outcomes.dimension.values.length;

  return {
    requestDidStart({ metrics: timing }) {
      (timing as Timed).atlasStartedMs = performance.now();
    },
    willSendResponse({ operation, response, metrics: timing }) {
      const body = response.body;
      const code = body.kind === 'single' ? body.singleResult.errors?.[0]?.extensions?.code : undefined;
      const outcome = body.kind === 'single' && !body.singleResult.errors?.length ? 0 : outcomes.of(typeof code === 'string' ? code : undefined);
      const op = labels.of(operation);
      requests.inc(op * outcomeCount + outcome);
      const started = (timing as Timed).atlasStartedMs;
      if (started !== undefined) seconds.observe(op, (performance.now() - started) / 1000);
    },
  };
}

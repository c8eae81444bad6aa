/**
 * GraphQL requests in /metrics: how many, by operation and outcome, and how long each took
 * inside the GraphQL server (from the request's start to its response, before it is written).
 *
 * An operation's name is chosen by the client and may hold anything (a country, an e-mail), so
 * it is a label only when it names one of the committed operations (schema/operations/*.graphql);
 * otherwise a document with a single root field is labelled by that field (`protectionPlan`),
 * and anything else is `other`. The outcome is the code of the response's first error (a fixed
 * set), `OK` without errors. Plain Apollo Server plugin: no HTTP framework involved.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener, GraphQLRequestMetrics } from '@apollo/server';
import { Kind, parse, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { GridCounter, GridHistogram, LabelIndex, OTHER, type AppMetrics } from '../shared/metrics';
import { projectRoot } from '../shared/project-root';
import { RESPONSE_ERROR_CODES } from './error-format';

/** The names of the operations defined in schema/operations/ (the playground's tabs, the typed client's documents). */
export function committedOperationNames(dir: string = path.join(projectRoot(), 'schema', 'operations')): string[] {
  if (!fs.existsSync(dir)) return [];
  const names: string[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.graphql'))) {
    for (const definition of parse(fs.readFileSync(path.join(dir, file), 'utf8')).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) names.push(definition.name.value);
    }
  }
  return names;
}

function rootFieldNames(schema: GraphQLSchema): string[] {
  const types = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  return ['__typename', '__schema', '__type', ...types.flatMap((t) => (t ? Object.keys(t.getFields()) : []))];
}

/** Apollo's per-request metrics object carries the start time from requestDidStart to willSendResponse. */
type Timed = GraphQLRequestMetrics & { atlasStartedMs?: number };

export function graphqlMetricsPlugin(
  metrics: AppMetrics,
  schema: GraphQLSchema,
  operationNames: readonly string[] = committedOperationNames(),
): ApolloServerPlugin {
  const operations = new LabelIndex({ name: 'operation', values: [...new Set([...operationNames, ...rootFieldNames(schema), OTHER])] });
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

  const operationOf = (operation: OperationDefinitionNode | undefined): number => {
    if (!operation) return operations.other;
    const named = operation.name ? operations.of(operation.name.value) : operations.other;
    if (named !== operations.other) return named;
    const selections = operation.selectionSet.selections;
    return selections.length === 1 && selections[0].kind === Kind.FIELD ? operations.of(selections[0].name.value) : operations.other;
  };

  // One listener for every request: nothing is allocated per request beyond what Apollo does.
  const listener: GraphQLRequestListener<BaseContext> = {
    async willSendResponse({ operation, response, metrics: timing }) {
      const body = response.body;
      const code = body.kind === 'single' ? body.singleResult.errors?.[0]?.extensions?.code : undefined;
      const outcome = body.kind === 'single' && !body.singleResult.errors?.length ? 0 : outcomes.of(typeof code === 'string' ? code : undefined);
      const op = operationOf(operation);
      requests.inc(op * outcomeCount + outcome);
      const started = (timing as Timed).atlasStartedMs;
      if (started !== undefined) seconds.observe(op, (performance.now() - started) / 1000);
    },
  };
  return {
    async requestDidStart({ metrics: timing }) {
      (timing as Timed).atlasStartedMs = performance.now();
      return listener;
    },
  };
}

/**
 * Execution: graphql-jit for documents clients send again and again, graphql-js otherwise.
 *
 * graphql-js walks the query document for every field of every response; a protection plan has
 * thousands of fields, and that walk was most of a plan request's cost (docs/benchmarks.md).
 * graphql-jit compiles an operation once into a function for it (the approach of Mercurius),
 * 3–6x faster on plans, with the same results (the API test suite runs through it).
 *
 * - Compiled only on an operation's second use: compiling costs milliseconds, and a client
 *   sending ever-new documents must not make the server compile each one.
 * - Compiled operations are held by the parsed operation (a WeakMap), which Apollo's document
 *   store keeps (bounded, see `PrivacyAwareDocumentStore`): they go when the document goes.
 * - graphql-js stays the reference: when graphql-jit cannot compile an operation, or rejects
 *   the variables, graphql-js runs it, so every error keeps the shape and message (rewritten
 *   by error-format) the API documents. A rejected variable means no resolver has run yet.
 *
 * Apollo Server takes a custom executor through its gateway interface: Apollo still parses,
 * validates (with the query limits), runs every plugin and formats every error; only the
 * execution step is replaced.
 */
import { execute, GraphQLError, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';

/** The use of an operation on which it is compiled. */
const COMPILE_ON_USE = 2;

interface OperationState {
  uses: number;
  /** null: graphql-jit could not compile it; graphql-js runs it. */
  compiled?: CompiledQuery | null;
}

export interface OperationExecutor {
  executor: GatewayExecutor;
  /** Operations compiled, and executions by graphql-jit and by graphql-js (for tests). */
  stats(): { compiled: number; jitExecutions: number; referenceExecutions: number };
}

export function createOperationExecutor(schema: GraphQLSchema): OperationExecutor {
  const operations = new WeakMap<OperationDefinitionNode, OperationState>();
  const counts = { compiled: 0, jitExecutions: 0, referenceExecutions: 0 };

  const executor: GatewayExecutor = async ({ document, operation, operationName, request, context }) => {
    let state = operations.get(operation);
    if (state === undefined) operations.set(operation, (state = { uses: 0 }));
    state.uses += 1;
    if (state.compiled === undefined && state.uses >= COMPILE_ON_USE) {
      const compiled = compileQuery(schema, document, operationName ?? undefined);
      state.compiled = isCompiledQuery(compiled) ? compiled : null;
      if (state.compiled) counts.compiled += 1;
    }
    if (state.compiled) {
      const result = (await state.compiled.query(undefined, context, request.variables ?? {})) as ExecutionResult;
      // No `data` at all: the variables were rejected before execution; graphql-js words the errors.
      if ('data' in result) {
        counts.jitExecutions += 1;
        return result.errors ? { ...result, errors: result.errors.map(asGraphqlJsError) } : result;
      }
    }
    counts.referenceExecutions += 1;
    return execute({ schema, document, contextValue: context, variableValues: request.variables, operationName: operationName ?? undefined });
  };

  return { executor, stats: () => ({ ...counts }) };
}

/**
 * graphql-jit's errors are frozen look-alikes of graphql-js's; plugins (graphql-armor's
 * suggestion masking) rewrite messages in place, so hand Apollo ordinary GraphQLErrors.
 */
function asGraphqlJsError(error: GraphQLError): GraphQLError {
  const copy = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions });
  (copy as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return copy;
}

/** The executor as the "gateway" Apollo Server accepts: a fixed schema, never updated. */
export function jitGateway(schema: GraphQLSchema, executor: GatewayExecutor): GatewayInterface {
  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {},
  };
}

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
 * - Compiled operations are kept by the hash of the query text and the operation name, in an
 *   LRU bounded by entries and by estimated memory (`COMPILED_BOUNDS`): each distinct document
 *   sent twice used to keep its compiled code for as long as Apollo kept the document, and 3 000
 *   of them took a replica from 0.6 to 3.5 GB (docs/benchmarks.md, "Memory"). Uses are counted
 *   in a second, small LRU, so documents sent once do not push compiled operations out.
 *   Documents that write a finder need inline are never counted nor compiled (document-store.ts).
 * - graphql-js stays the reference: when graphql-jit cannot compile an operation, or rejects
 *   the variables, graphql-js runs it, so every error keeps the shape and message (rewritten
 *   by error-format) the API documents. A rejected variable means no resolver has run yet.
 *
 * - Responses are written by `JSON.stringify`. graphql-jit's own serializer (fast-json-stringify
 *   from the operation's shape) was tried and removed: it builds the text from many small
 *   pieces, which V8 must join before the text is encoded, and that cost as much as it saved
 *   (docs/benchmarks.md, "Issue 14, fourth pass").
 *
 * Apollo Server takes a custom executor through its gateway interface: Apollo still parses,
 * validates (with the query limits), runs every plugin and formats every error; only the
 * execution step is replaced.
 */
import { execute, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { LRUCache } from 'lru-cache';
import { writesSensitiveInputInline, type CacheBounds } from './document-store';
import { queryCost } from './limits';

/** The use of an operation on which it is compiled. */
const COMPILE_ON_USE = 2;

export const COMPILED_BOUNDS: CacheBounds = { maxEntries: 200, maxBytes: 64 * 2 ** 20 };
/** Operations whose uses are counted until they are compiled (a key and a number each). */
const COUNTED_OPERATIONS = 5000;

/**
 * Memory taken by an operation's compiled code, estimated from its cost (the cost limit's
 * count of fields by depth): 0.8–1.4 kB of heap per unit of cost on the committed operations,
 * before V8 compiles the code further.
 */
const COMPILED_BYTES_PER_COST = 2048;

/** null: graphql-jit could not compile it; graphql-js runs it. */
type Compiled = CompiledQuery | null;

export interface OperationExecutor {
  executor: GatewayExecutor;
  /** Operations compiled, and executions by graphql-jit and by graphql-js (for tests). */
  stats(): { compiled: number; jitExecutions: number; referenceExecutions: number };
  /** Compiled operations kept now, and their estimated bytes. */
  cache(): { entries: number; bytes: number };
}

export function createOperationExecutor(schema: GraphQLSchema, bounds: CacheBounds = COMPILED_BOUNDS): OperationExecutor {
  const uses = new LRUCache<string, number>({ max: COUNTED_OPERATIONS });
  const compiledOperations = new LRUCache<string, { compiled: Compiled; bytes: number }>({
    max: bounds.maxEntries,
    maxSize: bounds.maxBytes,
    sizeCalculation: (entry) => entry.bytes,
  });
  const counts = { compiled: 0, jitExecutions: 0, referenceExecutions: 0 };

  const compiledFor = (key: string, document: DocumentNode, operationName: string | undefined): Compiled => {
    const known = compiledOperations.get(key);
    if (known) return known.compiled;
    const used = (uses.get(key) ?? 0) + 1;
    if (used < COMPILE_ON_USE) {
      uses.set(key, used);
      return null;
    }
    uses.delete(key);
    const result = compileQuery(schema, document, operationName);
    const compiled = isCompiledQuery(result) ? result : null;
    if (compiled) counts.compiled += 1;
    const bytes = compiled ? Math.max(1, Math.ceil(queryCost(schema, document) * COMPILED_BYTES_PER_COST)) : 1;
    compiledOperations.set(key, { compiled, bytes });
    return compiled;
  };

  const executor: GatewayExecutor = async ({ document, operationName, queryHash, request, context }) => {
    // A need written into the text would be kept in the compiled code and under a key derived from it: never counted nor compiled.
    // The same text may hold several operations: the one run is part of the key.
    const compiled = writesSensitiveInputInline(document) ? null : compiledFor(`${queryHash}:${operationName ?? ''}`, document, operationName ?? undefined);
    if (compiled) {
      const result = (await compiled.query(undefined, context, request.variables ?? {})) as ExecutionResult;
      // No `data` at all: the variables were rejected before execution; graphql-js words the errors.
      if ('data' in result) {
        counts.jitExecutions += 1;
        return result.errors ? { ...result, errors: result.errors.map(asGraphqlJsError) } : result;
      }
    }
    counts.referenceExecutions += 1;
    return execute({ schema, document, contextValue: context, variableValues: request.variables, operationName: operationName ?? undefined });
  };

  return {
    executor,
    stats: () => ({ ...counts }),
    cache: () => ({ entries: compiledOperations.size, bytes: compiledOperations.calculatedSize }),
  };
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

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
 * - A compiled operation also gets graphql-jit's serializer (fast-json-stringify, from the
 *   operation's shape): the same JSON as `JSON.stringify`, byte for byte, in about 0.7 of its
 *   time on a whole protection plan. Only for successful results, and only for operations that
 *   select no interface (graphql-jit merges the selections on an interface's types shallowly,
 *   which would drop fields) and no custom scalar (it has no shape for one).
 *
 * Apollo Server takes a custom executor through its gateway interface: Apollo still parses,
 * validates (with the query limits), runs every plugin and formats every error; only the
 * execution step is replaced.
 */
import {
  execute,
  getNamedType,
  GraphQLError,
  isAbstractType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  BREAK,
  type DocumentNode,
  type ExecutionResult,
  type FormattedExecutionResult,
  type GraphQLSchema,
} from 'graphql';
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
 * before V8 compiles the code further. graphql-jit's serializer adds about a tenth to that (the
 * whole and brief plans compiled 100 times each: 470–510 bytes of heap per unit of cost with it,
 * 410–460 without).
 */
const COMPILED_BYTES_PER_COST = 2048;

/** null: graphql-jit could not compile it; graphql-js runs it. `serializes`: its `stringify` has the operation's shape. */
type Compiled = { query: CompiledQuery; serializes: boolean } | null;

type Serializer = (result: FormattedExecutionResult) => string;

export interface OperationExecutor {
  executor: GatewayExecutor;
  /** Operations compiled, and executions by graphql-jit and by graphql-js (for tests). */
  stats(): { compiled: number; jitExecutions: number; referenceExecutions: number; jitSerialized: number };
  /** Apollo's `stringifyResult`: a compiled operation's serializer for its successful results, else JSON.stringify. */
  stringifyResult(result: FormattedExecutionResult): string;
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
  const counts = { compiled: 0, jitExecutions: 0, referenceExecutions: 0, jitSerialized: 0 };
  // A result's data (the object Apollo hands back to stringifyResult) → the serializer of the operation that made it.
  const serializers = new WeakMap<object, Serializer>();

  const compiledFor = (key: string, document: DocumentNode, operationName: string | undefined): Compiled => {
    const known = compiledOperations.get(key);
    if (known) return known.compiled;
    const used = (uses.get(key) ?? 0) + 1;
    if (used < COMPILE_ON_USE) {
      uses.set(key, used);
      return null;
    }
    uses.delete(key);
    const compiled = compile(schema, document, operationName);
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
      const result = (await compiled.query.query(undefined, context, request.variables ?? {})) as ExecutionResult;
      // No `data` at all: the variables were rejected before execution; graphql-js words the errors.
      if ('data' in result) {
        counts.jitExecutions += 1;
        if (result.errors) return { ...result, errors: result.errors.map(asGraphqlJsError) };
        if (compiled.serializes && result.data) serializers.set(result.data, compiled.query.stringify as Serializer);
        return result;
      }
    }
    counts.referenceExecutions += 1;
    return execute({ schema, document, contextValue: context, variableValues: request.variables, operationName: operationName ?? undefined });
  };

  const stringifyResult = (result: FormattedExecutionResult): string => {
    // Errors are Apollo's formatted ones and extensions are a plugin's: shapes the operation's serializer does not know.
    const serializer = result.errors === undefined && result.extensions === undefined && result.data ? serializers.get(result.data) : undefined;
    if (serializer) {
      try {
        const text = serializer({ data: result.data });
        counts.jitSerialized += 1;
        return text;
      } catch {
        // A value the shape did not foresee: JSON.stringify writes it as it is.
      }
    }
    return JSON.stringify(result);
  };

  return {
    executor,
    stringifyResult,
    stats: () => ({ ...counts }),
    cache: () => ({ entries: compiledOperations.size, bytes: compiledOperations.calculatedSize }),
  };
}

/** Compiles with graphql-jit's serializer where the operation allows it (see the file's comment), else without. */
function compile(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): Compiled {
  if (!selectsAbstractType(schema, document)) {
    const withSerializer = compileQuery(schema, document, operationName, { customJSONSerializer: true });
    // Not compiled: a custom scalar, which the serializer has no shape for (or a fault that compiling again meets too).
    if (isCompiledQuery(withSerializer)) return { query: withSerializer, serializes: true };
  }
  const plain = compileQuery(schema, document, operationName);
  return isCompiledQuery(plain) ? { query: plain, serializes: false } : null;
}

/** Whether any field of the document (every operation and fragment) has an interface or union type. */
export function selectsAbstractType(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let found = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const type = typeInfo.getType();
        if (type && isAbstractType(getNamedType(type))) {
          found = true;
          return BREAK;
        }
        return undefined;
      },
    }),
  );
  return found;
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

import { createHash } from 'node:crypto';
import { buildSchema, getOperationAST, parse } from 'graphql';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { createOperationExecutor } from '../../../src/graphql/executor';

const schema = buildSchema('type Query { a: Int b: Int c: Int protectionPlan(need: String): Int }');
const rootResolvers = { a: () => 1, b: () => 2, c: () => 3, protectionPlan: () => 4 };

/** What Apollo hands the executor, for one query text. */
function requestFor(query: string) {
  const document = parse(query);
  return {
    document,
    operation: getOperationAST(document)!,
    operationName: null,
    queryHash: createHash('sha256').update(query).digest('hex'),
    request: { query, variables: {} },
    context: {},
  } as unknown as GatewayGraphQLRequestContext;
}

// graphql-js reads the root value; graphql-jit is handed `undefined` as root, so resolve through the schema.
for (const [name, resolve] of Object.entries(rootResolvers)) schema.getQueryType()!.getFields()[name].resolve = resolve;

async function runTwice(executor: ReturnType<typeof createOperationExecutor>, query: string) {
  for (let i = 0; i < 2; i++) await executor.executor(requestFor(query));
}

it('compiles an operation on its second use, even when the document was parsed anew', async () => {
  const executor = createOperationExecutor(schema);
  await runTwice(executor, '{ a }');
  expect(executor.stats()).toMatchObject({ compiled: 1, jitExecutions: 1, referenceExecutions: 1 });
  expect(await executor.executor(requestFor('{ a }'))).toEqual({ data: { a: 1 } });
  expect(executor.stats()).toMatchObject({ compiled: 1, jitExecutions: 2 });
});

it('keeps at most maxEntries compiled operations, dropping the least recently used', async () => {
  const executor = createOperationExecutor(schema, { maxEntries: 2, maxBytes: 2 ** 30 });
  await runTwice(executor, '{ a }');
  await runTwice(executor, '{ b }');
  await executor.executor(requestFor('{ a }')); // a is now more recent than b
  await runTwice(executor, '{ c }');
  expect(executor.cache().entries).toBe(2);
  const compiled = executor.stats().compiled;
  await executor.executor(requestFor('{ a }'));
  await executor.executor(requestFor('{ c }'));
  expect(executor.stats().compiled).toBe(compiled); // still compiled
  await runTwice(executor, '{ b }'); // dropped: compiled again on its second use
  expect(executor.stats().compiled).toBe(compiled + 1);
});

it('keeps at most maxBytes of estimated memory', async () => {
  const probe = createOperationExecutor(schema);
  await runTwice(probe, '{ a }');
  const one = probe.cache().bytes;
  expect(one).toBeGreaterThan(0);
  const executor = createOperationExecutor(schema, { maxEntries: 100, maxBytes: 2 * one });
  for (const field of ['a', 'b', 'c']) await runTwice(executor, `{ ${field} }`);
  expect(executor.cache()).toEqual({ entries: 2, bytes: 2 * one });
  const compiled = executor.stats().compiled;
  await executor.executor(requestFor('{ c }'));
  expect(executor.stats().compiled).toBe(compiled);
});

it('never compiles a document that writes a finder need inline', async () => {
  const executor = createOperationExecutor(schema);
  for (let i = 0; i < 3; i++) expect(await executor.executor(requestFor('{ protectionPlan(need: "x") }'))).toEqual({ data: { protectionPlan: 4 } });
  expect(executor.stats()).toMatchObject({ compiled: 0, referenceExecutions: 3 });
  expect(executor.cache().entries).toBe(0);
});

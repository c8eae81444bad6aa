/**
 * Execution through graphql-jit (src/graphql/executor.ts): every example query answers the same
 * compiled (from its second use) as with graphql-js (its first use), byte for byte; rejected variables of a
 * compiled operation get graphql-js's error; a document that writes a finder need inline is
 * served but never kept in memory (src/graphql/document-store.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { getIntrospectionQuery, Kind, OperationTypeNode, parse, print } from 'graphql';
import { ProtectionPlanDocument } from '../generated/graphql';
import { startTestServer, type TestServer } from '../helpers/server';
import { errorCodes, rawGraphql } from '../helpers/client';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const OPERATIONS = path.join(process.cwd(), 'schema/operations');

/** Every query operation of schema/operations, with the example variables its file gives. */
const queries = fs
  .readdirSync(OPERATIONS)
  .filter((file) => file.endsWith('.graphql'))
  .flatMap((file) => {
    const text = fs.readFileSync(path.join(OPERATIONS, file), 'utf8');
    const example = /^# variables: (.*)$/m.exec(text);
    const variables = example ? (JSON.parse(example[1]) as Record<string, unknown>) : {};
    return parse(text)
      .definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === OperationTypeNode.QUERY)
      .map((d) => [`${file} ${(d as { name?: { value: string } }).name?.value}`, text, (d as { name?: { value: string } }).name?.value, variables] as const);
  });

it('finds the example queries', () => {
  expect(queries.length).toBeGreaterThanOrEqual(20);
});

it.each(queries)('%s answers the same compiled as with graphql-js', async (_name, query, operationName, variables) => {
  const before = server.http.execution.stats();
  const payload = { query, operationName, variables };
  const reference = await rawGraphql(server.url, payload);
  const compiled = await rawGraphql(server.url, payload);
  const again = await rawGraphql(server.url, payload);
  const after = server.http.execution.stats();
  expect(after.referenceExecutions).toBe(before.referenceExecutions + 1);
  expect(after.compiled).toBe(before.compiled + 1);
  expect(after.jitExecutions).toBe(before.jitExecutions + 2);
  expect(compiled.status).toBe(reference.status);
  expect(compiled.text).toBe(reference.text);
  expect(again.text).toBe(reference.text);
});

it('answers an introspection query (what playgrounds and code generators send) the same, byte for byte, once compiled', async () => {
  const payload = { query: getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true }) };
  const before = server.http.execution.stats();
  const reference = await rawGraphql(server.url, payload);
  const compiled = await rawGraphql(server.url, payload);
  const after = server.http.execution.stats();
  expect(after.referenceExecutions).toBe(before.referenceExecutions + 1);
  expect(after.jitExecutions).toBe(before.jitExecutions + 1);
  expect(JSON.parse(reference.text).data.__schema.types.length).toBeGreaterThan(100);
  expect(compiled.text).toBe(reference.text);
});

const need = { country: 'KE', risks: ['DEATH_THREAT'], urgency: 'IMMEDIATE' };

it('answers rejected variables of a compiled operation with graphql-js error, naming no value', async () => {
  const query = print(ProtectionPlanDocument);
  for (let i = 0; i < 2; i++) expect((await rawGraphql(server.url, { query, variables: { need } })).body.errors).toBeUndefined();
  const compiledBefore = server.http.execution.stats().compiled;
  const bad = { need: { ...need, risks: ['NOT_A_RISK_VALUE'] } };
  const compiled = await rawGraphql(server.url, { query, variables: bad });
  // The same operation in a new document (a comment changes its hash): its first use, graphql-js alone.
  const fresh = await rawGraphql(server.url, { query: `${query}\n# another document`, variables: bad });
  expect(server.http.execution.stats().compiled).toBe(compiledBefore);
  expect(compiled.status).toBe(400);
  expect(errorCodes(compiled)).toEqual(['BAD_USER_INPUT']);
  expect(compiled.body).toEqual(fresh.body);
  expect(JSON.stringify(compiled.body)).not.toContain('NOT_A_RISK_VALUE');
});

it('serves a need written into the query text but never keeps that document; a need passed as a variable is kept', async () => {
  const inline = 'query { protectionPlan(need: { country: "KE", risks: [DEATH_THREAT], urgency: IMMEDIATE }, limit: 1) { options { id } } }';
  const kept = server.http.documents.size();
  const before = server.http.execution.stats();
  for (let i = 0; i < 3; i++) {
    const res = await rawGraphql<{ protectionPlan: { options: unknown[] } }>(server.url, { query: inline });
    expect(res.body.data?.protectionPlan.options).toHaveLength(1);
  }
  expect(server.http.documents.size()).toBe(kept);
  // Parsed anew each time, so never compiled either.
  expect(server.http.execution.stats().compiled).toBe(before.compiled);

  const viaVariable = 'query ($need: ProtectionNeedInput!) { protectionPlan(need: $need, limit: 1) { options { id } } }';
  const res = await rawGraphql<{ protectionPlan: { options: unknown[] } }>(server.url, { query: viaVariable, variables: { need } });
  expect(res.body.data?.protectionPlan.options).toHaveLength(1);
  expect(server.http.documents.size()).toBe(kept + 1);
});

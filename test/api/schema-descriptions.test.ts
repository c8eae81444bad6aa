/**
 * The schema is the researcher's manual: every type, field, argument, input field and enum value
 * the API serves has a description, read back through introspection over HTTP as a client sees it.
 */
import { startTestServer, type TestServer } from '../helpers/server';
import { rawGraphql } from '../helpers/client';

// Shallow on purpose: the query limits cap depth, and names and descriptions are all this needs.
const INTROSPECTION = /* GraphQL */ `
  query SchemaDescriptions {
    __schema {
      types {
        name
        description
        fields(includeDeprecated: true) {
          name
          description
          args(includeDeprecated: true) {
            name
            description
          }
        }
        inputFields(includeDeprecated: true) {
          name
          description
        }
        enumValues(includeDeprecated: true) {
          name
          description
        }
      }
    }
  }
`;

interface Described {
  name: string;
  description: string | null;
}
interface IntrospectedType extends Described {
  fields: (Described & { args: Described[] })[] | null;
  inputFields: Described[] | null;
  enumValues: Described[] | null;
}

const BUILT_IN_SCALARS = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);
const described = (element: Described) => (element.description ?? '').trim() !== '';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

it('describes every type, field, argument, input field and enum value', async () => {
  const res = await rawGraphql<{ __schema: { types: IntrospectedType[] } }>(server.url, { query: INTROSPECTION });
  expect(res.body.errors).toBeUndefined();
  const types = res.body.data!.__schema.types.filter((t) => !t.name.startsWith('__') && !BUILT_IN_SCALARS.has(t.name));
  expect(types.length).toBeGreaterThan(0);

  const missing: string[] = [];
  for (const type of types) {
    if (!described(type)) missing.push(type.name);
    for (const field of type.fields ?? []) {
      if (!described(field)) missing.push(`${type.name}.${field.name}`);
      for (const arg of field.args) if (!described(arg)) missing.push(`${type.name}.${field.name}(${arg.name})`);
    }
    for (const input of type.inputFields ?? []) if (!described(input)) missing.push(`${type.name}.${input.name}`);
    for (const value of type.enumValues ?? []) if (!described(value)) missing.push(`${type.name}.${value.name}`);
  }
  expect(missing).toEqual([]);
});

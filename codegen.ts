/**
 * GraphQL Code Generator configuration, the standard way: `npx graphql-codegen --config codegen.ts`
 * (or `npm run codegen`) turns the committed operations in schema/operations/*.graphql into
 * typed documents (test/generated/graphql.ts) that the API tests use. A front end generates its
 * own typed client from schema/schema.graphql with the client preset (see the README).
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: 'schema/operations/*.graphql',
  // Quiet in CI and tests: errors still fail the run.
  silent: true,
  generates: {
    'test/generated/graphql.ts': {
      // typescript-operations 6 emits the input and enum types it needs; the `typescript` plugin would duplicate them.
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};

export default config;

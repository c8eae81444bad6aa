import fs from 'node:fs';
import path from 'node:path';
import 'reflect-metadata';
import { printAppSchema } from '../../src/graphql/schema';

it('schema/schema.graphql is what the code builds (run `npm run schema:emit` after changing types)', () => {
  const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8');
  expect(printAppSchema()).toBe(committed);
});

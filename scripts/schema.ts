/**
 * `npm run schema:emit` writes the SDL the code builds to schema/schema.graphql;
 * `npm run schema:check` fails when the committed file differs (CI runs it).
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printAppSchema } from '../src/graphql/schema';
import { projectRoot } from '../src/shared/project-root';

const file = path.join(projectRoot(), 'schema', 'schema.graphql');
const built = printAppSchema();

if (process.argv.includes('--check')) {
  const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (committed !== built) {
    process.stderr.write('schema/schema.graphql is out of date: run `npm run schema:emit` and commit it.\n');
    process.exit(1);
  }
  process.stdout.write('schema/schema.graphql matches the code.\n');
} else {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, built);
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}

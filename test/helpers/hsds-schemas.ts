/**
 * Open Referral's HSDS 3.0 schemas (vendored under test/fixtures/hsds, see its README) compiled
 * with Ajv. They declare no `$schema`; the spec's openapi.json is OpenAPI 3.1, whose schema
 * dialect is JSON Schema 2020-12, hence Ajv2020. `strict: false`: the schemas carry Frictionless
 * keywords (constraints, datapackage_metadata, core, example) that JSON Schema ignores.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

const DIR = path.join(__dirname, '..', 'fixtures', 'hsds');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) as Record<string, unknown>;

let ajv: Ajv2020 | undefined;
const cache = new Map<string, ValidateFunction>();

export type HsdsSchema = 'organization' | 'organization_list' | 'service' | 'service_list' | 'taxonomy' | 'taxonomy_term';

export function hsdsValidator(name: HsdsSchema): ValidateFunction {
  if (!ajv) {
    ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    // taxonomy_term.json refers to these by relative file name.
    ajv.addSchema(read('schema/taxonomy.json'), 'taxonomy.json');
    ajv.addSchema(read('schema/metadata.json'), 'metadata.json');
  }
  let v = cache.get(name);
  if (!v) {
    v =
      name === 'taxonomy' ? ajv.getSchema('taxonomy.json')! : ajv.compile(read(name.startsWith('taxonomy') ? `schema/${name}.json` : `compiled/${name}.json`));
    cache.set(name, v);
  }
  return v;
}

/** Every object that fails, with its first errors: an empty list when all validate. */
export function hsdsFailures(name: HsdsSchema, objects: readonly unknown[]): { id: unknown; errors: unknown[] }[] {
  const v = hsdsValidator(name);
  return objects.flatMap((o) => (v(o) ? [] : [{ id: (o as { id?: unknown }).id, errors: (v.errors ?? []).slice(0, 5) }]));
}

/** The seeded directory and countries as the finder core's input, read from the seed files. */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { directorySeedFile } from '../../src/modules/directory/seed-schema';
import { countriesSeedFile } from '../../src/modules/geography/seed-schema';
import type { DirectoryInput } from '../../src/modules/finder/core';

const root = path.join(__dirname, '..', '..');

export function seededDirectory(): DirectoryInput {
  const dir = path.join(root, 'seeds', 'directory');
  const out: DirectoryInput = { organizations: [], statePolicies: [], mechanisms: [], programmes: [], countries: [] };
  for (const f of fs
    .readdirSync(dir)
    .filter((x) => /\.ya?ml$/.test(x))
    .sort()) {
    const file = directorySeedFile.parse(parse(fs.readFileSync(path.join(dir, f), 'utf8')));
    (out.organizations as unknown[]).push(...file.organizations);
    (out.statePolicies as unknown[]).push(...file.statePolicies);
    (out.mechanisms as unknown[]).push(...file.mechanisms);
    (out.programmes as unknown[]).push(...file.programmes);
  }
  const countries = countriesSeedFile.parse(parse(fs.readFileSync(path.join(root, 'seeds', 'geography', 'countries.yaml'), 'utf8')));
  return { ...out, countries: countries.countries };
}

/**
 * `npm run data:report`: validates the directory and country seeds (a source without an evidence
 * date fails here, naming the file and line) and prints the data report as Markdown. Exits 1 when
 * an ELIGIBLE path rests on an unconfirmed fact. Reads only files: no database.
 */
import { readSeeds } from '../src/db/seed/loader';
import { directorySeedModule } from '../src/modules/directory/directory.seeder';
import type { DirectorySeedFile } from '../src/modules/directory/seed-schema';
import { countrySeedModule } from '../src/modules/geography/country.seeder';
import type { CountriesSeedFile } from '../src/modules/geography/seed-schema';
import { buildDataReport, renderDataReport } from '../src/modules/finder/data-report';
import type { SeedModule } from '../src/db/seed/types';
import { defaultSeedsDir } from '../src/app/database';
import { today as todayUtc } from '../src/shared/dates';
import { runScript } from './run-script';

runScript(async () => {
  const parsed = readSeeds(process.env.SEEDS_DIR ?? defaultSeedsDir(), [countrySeedModule, directorySeedModule] as SeedModule<unknown>[]);
  const countries = parsed.find((p) => p.module === (countrySeedModule as SeedModule<unknown>))?.data as CountriesSeedFile | undefined;
  if (!countries) throw new Error('no seeds/geography/countries.yaml');
  const directory = { organizations: [], statePolicies: [], mechanisms: [], programmes: [] } as Record<keyof Omit<DirectorySeedFile, never>, unknown[]>;
  for (const p of parsed.filter((x) => x.module === (directorySeedModule as SeedModule<unknown>))) {
    const file = p.data as DirectorySeedFile;
    for (const k of Object.keys(directory) as (keyof DirectorySeedFile)[]) directory[k].push(...file[k]);
  }
  const today = process.env.REPORT_DATE ?? todayUtc();
  const report = buildDataReport(directory as unknown as DirectorySeedFile, countries, today);
  const text = renderDataReport(report);
  if (report.eligibleOnUnconfirmed.length > 0) {
    process.stderr.write(`${text}\n`);
    throw new Error(`${report.eligibleOnUnconfirmed.length} ELIGIBLE paths rest on an unconfirmed fact`);
  }
  return text;
});

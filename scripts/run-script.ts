import { ConfigError } from '../src/config';
import { SeedFileError } from '../src/db/seed/loader';
import { DataDirError } from '../src/db/data-dir';

/** Runs a maintenance script: prints its result, or a clear message and a non-zero exit. */
export function runScript(work: () => Promise<string>): void {
  work().then(
    (message) => {
      process.stdout.write(`${message}\n`);
      process.exit(0);
    },
    (err: unknown) => {
      const config = err instanceof ConfigError || err instanceof SeedFileError;
      const known = config || err instanceof DataDirError;
      process.stderr.write(`${known ? (err as Error).message : ((err as Error).stack ?? String(err))}\n`);
      process.exit(config ? 78 : 1);
    },
  );
}

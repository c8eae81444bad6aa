/**
 * The embedded database's folder (DATA_DIR): held by one process at a time, private to the
 * server's user, and never initialised over files that are not a database.
 *
 * PGlite has no lock of its own: a second process on the same folder (a token script while the
 * server runs) would write to its own copy in memory, and one of the two would lose its writes.
 * The lock is proper-lockfile's: a folder inside DATA_DIR whose time the holder refreshes; it is
 * removed on exit, and one left by a killed process counts as stale after LOCK_STALE_MS.
 */
import fs from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';

export class DataDirError extends Error {
  override name = 'DataDirError';
  constructor(
    message: string,
    readonly reason: 'locked' | 'not-a-database' | 'damaged',
  ) {
    super(message);
  }
}

const LOCK = '.atlas.lock';
/** Entries of DATA_DIR that are ours, not the database's: they do not make a folder "not empty". */
const NOT_DATABASE = new Set([LOCK, 'outbox']);
/** Long enough that a busy event loop (PGlite runs on it) never lets the lock go stale. */
export const LOCK_STALE_MS = 20_000;

/**
 * Takes DATA_DIR for this process: creates it (0700) when absent, refuses a folder that another
 * process holds or that holds files but no database, and makes what is there private. Returns
 * the release.
 */
export async function claimDataDir(dir: string): Promise<() => Promise<void>> {
  // Before anything is written: files PGlite creates are then 0600 and folders 0700.
  process.umask(0o077);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dir, { lockfilePath: path.join(dir, LOCK), stale: LOCK_STALE_MS, onCompromised: lockLost(dir) });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw err;
    throw new DataDirError(
      `DATA_DIR ${dir} is in use by another Protection Atlas process (the server or a script): only one may open it at a time. ` +
        `Stop the other process first. A process that was killed leaves its lock behind; it expires ${LOCK_STALE_MS / 1000} seconds later.`,
      'locked',
    );
  }
  try {
    assertDatabaseOrEmpty(dir);
    makePrivate(dir);
  } catch (err) {
    await release();
    throw err;
  }
  return release;
}

/** Refuses a folder with files but no PG_VERSION: PGlite would run initdb over it and the data would be gone. */
function assertDatabaseOrEmpty(dir: string): void {
  const entries = fs.readdirSync(dir).filter((e) => !NOT_DATABASE.has(e));
  if (entries.length === 0 || fs.existsSync(path.join(dir, 'PG_VERSION'))) return;
  throw new DataDirError(
    `DATA_DIR ${dir} is not empty but holds no database (PG_VERSION is missing): refusing to initialise a new one over it. ` +
      'Restore the folder from a backup, or set DATA_DIR to an empty or absent folder.',
    'not-a-database',
  );
}

/**
 * 0700 folders and 0600 files, whatever umask created them; symbolic links are not followed.
 * Also run after PGlite starts: it unpacks a new database with explicit 0666 modes.
 */
export function makePrivate(dir: string): void {
  fs.chmodSync(dir, 0o700);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) makePrivate(full);
    else if (entry.isFile()) fs.chmodSync(full, 0o600);
  }
}

/** The database as PGlite left it could not be opened: say so, naming the folder, instead of a WASM stack. */
export function damaged(dir: string, cause: unknown): DataDirError {
  const error = new DataDirError(
    `DATA_DIR ${dir} holds a database that could not be opened: its files are damaged or unreadable (for example the write-ahead log or the control file). ` +
      'Nothing was changed. Check that they belong to this user, or restore the folder from a backup.',
    'damaged',
  );
  error.cause = cause;
  return error;
}

/** Another process took the lock (ours went stale or was removed): stop before both write. */
const lockLost = (dir: string) => () => {
  process.stderr.write(`Lost the lock on DATA_DIR ${dir}: another process may be using it. Stopping now to keep the data consistent.\n`);
  process.exit(1);
};

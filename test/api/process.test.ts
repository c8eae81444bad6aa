/**
 * The real process (`node dist/src/main.js`, built by `npm test`'s pretest): fails fast with a
 * clear message on bad config, a taken port or a bad seed file; keeps its data across restarts
 * without reseeding; and exits cleanly on SIGTERM (in-flight requests: see shutdown.test.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '../helpers/database';

const MAIN = path.join(__dirname, '..', '..', 'dist', 'src', 'main.js');

interface Run {
  child: ChildProcess;
  stdout: string[];
  stderr: string;
  exit: Promise<number | null>;
}

function run(env: Record<string, string>): Run {
  const base = { ...process.env };
  delete base.DATABASE_URL; // each test chooses its database explicitly
  const child = spawn(process.execPath, [MAIN], { env: { ...base, HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env } });
  const result: Run = { child, stdout: [], stderr: '', exit: new Promise((resolve) => child.on('exit', (code) => resolve(code))) };
  let buffer = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    result.stdout.push(...lines.filter(Boolean));
  });
  child.stderr!.on('data', (chunk: Buffer) => (result.stderr += chunk.toString()));
  return result;
}

async function listening(r: Run): Promise<string> {
  for (let i = 0; i < 300; i++) {
    const line = r.stdout.map((l) => JSON.parse(l)).find((l) => l.msg?.startsWith('Protection Atlas is listening'));
    if (line) return line.url as string;
    if (r.child.exitCode !== null) throw new Error(`server exited: ${r.stderr}`);
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error('server did not start in 30 s');
}

const countryCount = async (url: string) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ countries { totalCount } }' }),
  });
  return ((await res.json()) as { data: { countries: { totalCount: number } } }).data.countries.totalCount;
};

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-proc-'));

let database: TestDatabase;
/** PGlite on disk by default; the test database when the suite runs on PostgreSQL. */
let storage: () => Record<string, string>;
beforeAll(async () => {
  expect(fs.existsSync(MAIN)).toBe(true);
  database = await createTestDatabase();
  const dir = tmp();
  storage = (): Record<string, string> => (database.url ? { DATABASE_URL: database.url } : { DATA_DIR: dir });
});
afterAll(() => database.drop());

it('refuses a bad configuration, naming the variable', async () => {
  const r = run({ PORT: 'not-a-port', DATA_DIR: 'memory://' });
  expect(await r.exit).toBe(78);
  expect(r.stderr).toMatch(/Invalid configuration:[\s\S]*PORT/);
});

it('says clearly when the port is taken', async () => {
  const blocker = net.createServer();
  await new Promise<void>((res) => blocker.listen(0, '127.0.0.1', res));
  const port = (blocker.address() as net.AddressInfo).port;
  try {
    const r = run({ PORT: String(port), DATA_DIR: 'memory://' });
    expect(await r.exit).toBe(1);
    expect(r.stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
  } finally {
    blocker.close();
  }
});

it('refuses a bad seed file, naming the file, the path and the problem', async () => {
  const seeds = tmp();
  fs.mkdirSync(path.join(seeds, 'geography'));
  fs.writeFileSync(
    path.join(seeds, 'geography', 'countries.yaml'),
    'sources: [{ id: t, url: "https://example.org", title: t, kind: OFFICIAL, access: STORED_COPY, evidenceOn: "2026", readOn: "2026-01-01" }]\ncountries:\n  - { code: K1, names: { en: X }, unMember: true }\n',
  );
  const r = run({ PORT: '0', DATA_DIR: 'memory://', SEEDS_DIR: seeds });
  expect(await r.exit).toBe(1);
  expect(r.stderr).toMatch(/seeds\/geography\/countries\.yaml[\s\S]*countries\[0\]\.code \(line 3\): must be an ISO 3166-1 alpha-2 code/);
});

it('keeps its data across a restart and does not reseed; stops cleanly on SIGTERM', async () => {
  const first = run({ PORT: '0', ...storage() });
  const url = await listening(first);
  const seeded = await countryCount(url);
  expect(seeded).toBeGreaterThanOrEqual(249);
  expect(first.stdout.some((l) => JSON.parse(l).msg === 'seeded an empty database')).toBe(true);
  first.child.kill('SIGTERM');
  expect(await first.exit).toBe(0);
  expect(first.stdout.map((l) => JSON.parse(l).msg)).toContain('stopped');

  const second = run({ PORT: '0', ...storage() });
  const url2 = await listening(second);
  expect(await countryCount(url2)).toBe(seeded);
  expect(second.stdout.some((l) => JSON.parse(l).msg === 'seeded an empty database')).toBe(false);
  second.child.kill('SIGTERM');
  expect(await second.exit).toBe(0);
}, 120_000);

describe('DATA_DIR (embedded PGlite)', () => {
  const made: string[] = [];
  const folder = () => {
    made.push(tmp());
    return path.join(made[made.length - 1], 'data');
  };
  const runs: Run[] = [];
  /** `run`, and the process is killed after the test if a failed assertion left it running. */
  const server = (env: Record<string, string>) => {
    runs.push(run(env));
    return runs[runs.length - 1];
  };
  afterEach(() => runs.splice(0).forEach((r) => r.child.exitCode === null && r.child.signalCode === null && r.child.kill('SIGKILL')));
  afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  const TOKEN_SCRIPT = path.join(__dirname, '..', '..', 'dist', 'scripts', 'token.js');
  const MIGRATE_SCRIPT = path.join(__dirname, '..', '..', 'dist', 'scripts', 'migrate.js');
  const script = (file: string, args: string[], dataDir: string): Promise<{ code: number | null; stderr: string }> =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, [file, ...args], { env: { PATH: process.env.PATH, NODE_ENV: 'test', DATA_DIR: dataDir } });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.on('exit', (code) => resolve({ code, stderr }));
    });
  /** A database made by `npm run migrate` (no seeds), in a fresh folder. */
  const migrated = async () => {
    const dir = folder();
    expect((await script(MIGRATE_SCRIPT, [], dir)).code).toBe(0);
    return dir;
  };
  const listing = (dir: string): string[] => fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

  it('is held by one process: a second server or a token script exits non-zero naming DATA_DIR; free again once the server stops', async () => {
    const dir = folder();
    const first = server({ PORT: '0', DATA_DIR: dir, SEED_ON_START: 'false' });
    await listening(first);

    const second = server({ PORT: '0', DATA_DIR: dir, SEED_ON_START: 'false' });
    expect(await second.exit).toBe(1);
    expect(second.stderr).toContain(`DATA_DIR ${dir} is in use by another Protection Atlas process`);
    expect(second.stdout.some((l) => l.includes('listening'))).toBe(false);

    const revoke = await script(TOKEN_SCRIPT, ['revoke', '--id', '00000000-0000-4000-8000-000000000000'], dir);
    expect(revoke.code).toBe(1);
    expect(revoke.stderr).toContain(`DATA_DIR ${dir} is in use`);
    expect(revoke.stderr).toContain('revokeApiToken mutation');

    first.child.kill('SIGTERM');
    expect(await first.exit).toBe(0);
    expect(await script(TOKEN_SCRIPT, ['list'], dir)).toEqual({ code: 0, stderr: '' });
  }, 120_000);

  it.each([
    ['PG_VERSION removed', (dir: string) => fs.rmSync(path.join(dir, 'PG_VERSION'))],
    [
      'only other files',
      (dir: string) => {
        fs.rmSync(dir, { recursive: true });
        fs.mkdirSync(dir);
        fs.writeFileSync(path.join(dir, 'notes.txt'), 'not a database');
      },
    ],
  ])(
    'refuses a folder that is not empty and not a database (%s), changing and seeding nothing',
    async (_case, damage) => {
      const dir = await migrated();
      damage(dir);
      const before = listing(dir);
      const r = server({ PORT: '0', DATA_DIR: dir });
      expect(await r.exit).toBe(1);
      expect(r.stderr).toContain(`DATA_DIR ${dir} is not empty but holds no database (PG_VERSION is missing)`);
      expect(r.stdout.some((l) => JSON.parse(l).msg === 'seeded an empty database')).toBe(false);
      expect(listing(dir)).toEqual(before);
    },
    60_000,
  );

  it.each([
    ['control file', 'global/pg_control'],
    ['write-ahead log', 'pg_wal/000000010000000000000001'],
  ])(
    'fails on a damaged %s with a message naming DATA_DIR, not a WASM stack',
    async (_case, file) => {
      const dir = await migrated();
      const target = path.join(dir, file);
      const fd = fs.openSync(target, 'r+');
      const garbage = Buffer.alloc(Math.min(fs.statSync(target).size, 1 << 20), 0x5a);
      fs.writeSync(fd, garbage, 0, garbage.length, 0);
      fs.closeSync(fd);
      const r = server({ PORT: '0', DATA_DIR: dir });
      expect(await r.exit).toBe(1);
      expect(r.stderr).toContain(`DATA_DIR ${dir} holds a database that could not be opened`);
      expect(r.stderr).not.toMatch(/wasm|RuntimeError|Aborted| {4}at /);
    },
    60_000,
  );

  it('keeps the folder private to its user (0700 folders, 0600 files) whatever the umask, and repairs an existing one', async () => {
    const dir = folder();
    const open = (d: string) =>
      listing(d)
        .map((e) => path.join(d, e))
        .concat(d)
        .filter((p) => !fs.lstatSync(p).isSymbolicLink() && (fs.statSync(p).mode & 0o077) !== 0)
        .map((p) => path.relative(d, p) || '.');
    const start = async () => {
      const previous = process.umask(0); // the child inherits it
      const r = server({ PORT: '0', DATA_DIR: dir, SEED_ON_START: 'false' });
      process.umask(previous);
      await listening(r);
      return r;
    };

    const first = await start();
    expect(open(dir)).toEqual([]);
    first.child.kill('SIGTERM');
    expect(await first.exit).toBe(0);

    // A folder left world-writable (copied, restored from a backup) is made private at start.
    for (const e of listing(dir)) fs.chmodSync(path.join(dir, e), fs.statSync(path.join(dir, e)).isDirectory() ? 0o777 : 0o666);
    fs.chmodSync(dir, 0o777);
    expect(open(dir).length).toBeGreaterThan(10);
    const second = await start();
    expect(open(dir)).toEqual([]);
    second.child.kill('SIGTERM');
    expect(await second.exit).toBe(0);
  }, 120_000);
});

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

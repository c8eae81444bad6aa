/** The token CLI end to end: `node dist/scripts/token.js` on a temporary database, then the tokens on a real server. */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { startTestServer } from '../helpers/server';
import { rawGraphql } from '../helpers/client';
import { hashToken } from '../../src/shared/tokens';

const root = path.join(__dirname, '..', '..');
const script = path.join(root, 'dist', 'scripts', 'token.js');
let database: TestDatabase;
let dataDir: string;
let dbEnv: Record<string, string>;

beforeAll(async () => {
  // `npm test` builds dist/ first (pretest); build here when the test runs alone on a fresh clone.
  if (!fs.existsSync(script)) await promisify(execFile)('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root });
  database = await createTestDatabase();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-token-cli-'));
  dbEnv = database.url ? { DATABASE_URL: database.url } : { DATA_DIR: dataDir };
});
afterAll(async () => {
  await database.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { PATH: process.env.PATH, NODE_ENV: 'test', LOG_LEVEL: 'silent', ...dbEnv };
    execFile('node', [script, ...args], { cwd: root, env }, (err, stdout, stderr) => resolve({ code: err ? Number(err.code) : 0, stdout, stderr }));
  });
}

it.each([
  [[]],
  [['launch']],
  [['create', '--role', 'EDITOR']],
  [['create', '--name', 'Jane']],
  [['create', '--name', 'Jane', '--role', 'ROOT']],
  [['create', '--name', 'Jane', '--role', 'EDITOR', '--colour', 'red']],
  [['revoke']],
  [['revoke', '--id', 'abc']],
  [['list', 'extra']],
])('refuses bad arguments %j with a usage message and exit code 2', async (args) => {
  const res = await cli(...args);
  expect(res.code).toBe(2);
  expect(res.stdout).toBe('');
  expect(res.stderr).toContain('usage: token');
});

it('creates, lists and revokes tokens; the server accepts exactly the active ones', async () => {
  const created = await cli('create', '--role', 'EDITOR', '--role', 'MODERATOR', '--name', 'Jane (editor)');
  expect(created.code).toBe(0);
  // stdout is the token alone, so `TOKEN=$(npm run -s token:create -- …)` captures it.
  expect(created.stdout).toMatch(/^pa_[A-Za-z0-9_-]{43}\n$/);
  const token = created.stdout.trim();
  const id = /Issued token ([0-9a-f-]{36})/.exec(created.stderr)![1];

  const other = await cli('create', '--role', 'ADMIN', '--name', 'Old laptop');
  const otherToken = other.stdout.trim();
  const otherId = /Issued token ([0-9a-f-]{36})/.exec(other.stderr)![1];

  const revoked = await cli('revoke', '--id', otherId);
  expect(revoked).toMatchObject({ code: 0, stdout: expect.stringContaining(`Revoked token ${otherId}`) });
  const again = await cli('revoke', '--id', otherId);
  expect(again.code).toBe(1);
  expect(again.stderr).toContain('No active token');

  const listed = await cli('list');
  expect(listed.code).toBe(0);
  const [header, ...lines] = listed.stdout.trim().split('\n');
  expect(header.split(/\s{2,}/)).toEqual(['id', 'name', 'roles', 'created', 'last used', 'revoked']);
  expect(lines).toHaveLength(2);
  expect(lines.find((l) => l.startsWith(id))).toMatch(/Jane \(editor\)\s+EDITOR,MODERATOR\s+\d{4}-\S+Z\s+-\s+-$/);
  expect(lines.find((l) => l.startsWith(otherId))).toMatch(/Old laptop\s+ADMIN\s+\d{4}-\S+Z\s+-\s+\d{4}-\S+Z$/);
  for (const out of [created.stderr, other.stderr, listed.stdout, listed.stderr, revoked.stdout]) {
    expect(out).not.toContain(hashToken(token));
    expect(out).not.toContain(token);
    expect(out).not.toContain(hashToken(otherToken));
  }

  const server = await startTestServer({ SEED_ON_START: 'false', ...dbEnv });
  try {
    const viewer = (t: string) => rawGraphql(server.url, { query: '{ viewer { name roles } }' }, { authorization: `Bearer ${t}` });
    expect((await viewer(token)).body.data).toEqual({ viewer: { name: 'Jane (editor)', roles: ['EDITOR', 'MODERATOR'] } });
    expect((await viewer(otherToken)).body.data).toEqual({ viewer: null });
  } finally {
    await server.close();
  }
  expect((await cli('list')).stdout).toMatch(new RegExp(`${id}.*Z\\s+\\d{4}-\\S+Z\\s+-\\n`)); // last used is now set
});

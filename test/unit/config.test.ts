import { ConfigError, loadConfig } from '../../src/config';

it('has safe defaults', () => {
  const c = loadConfig({});
  expect(c).toMatchObject({ PORT: 4000, HOST: '127.0.0.1', NODE_ENV: 'development', LOG_LEVEL: 'info', SEED_ON_START: true });
  expect(c.dataDir).toMatch(/data$/);
  expect(loadConfig({ DATA_DIR: 'memory://' }).dataDir).toBeNull();
});

it('parses TRUST_PROXY as Express expects it', () => {
  expect(loadConfig({}).TRUST_PROXY).toBe(false);
  expect(loadConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
  expect(loadConfig({ TRUST_PROXY: 'loopback' }).TRUST_PROXY).toBe('loopback');
});

it.each([
  ['PORT', 'eighty'],
  ['PORT', '70000'],
  ['DATABASE_URL', 'mysql://x'],
  ['LOG_LEVEL', 'loud'],
  ['NODE_ENV', 'staging'],
  ['SEED_ON_START', 'yes-please'],
  ['MAX_BODY_BYTES', '17'],
  ['TRUST_PROXY', 'everyone'],
  ['METRICS_TOKEN', 'too-short'],
  ['METRICS_TOKEN', 'has a space in the middle of it'],
  ['REDIS_KEY_PREFIX', 'no spaces allowed'],
])('rejects a bad %s naming the variable but not the value', (name, value) => {
  let error: unknown;
  try {
    loadConfig({ [name]: value });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ConfigError);
  expect((error as Error).message).toContain(name);
  expect((error as Error).message).not.toContain(value);
});

/**
 * Rate limits: the RateLimit middleware with a fake resolver context, in memory and shared
 * through Redis (redis://127.0.0.1:6379, or REDIS_TEST_URL; CI runs one), and the in-memory
 * fallback when Redis is down.
 */
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import Redis from 'ioredis';
import type { ResolverData } from 'type-graphql';
import { ConfigError, loadConfig } from '../../src/config';
import type { AppContext } from '../../src/graphql/context';
import { createLogger } from '../../src/logger';
import { RateLimit, RateLimits, type RateLimitOptions } from '../../src/shared/rate-limit';
import { startTestServer } from '../helpers/server';

const REDIS_URL = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';
const logLines: string[] = [];
const logger = createLogger('info', new Writable({ write: (chunk, _enc, done) => (logLines.push(chunk.toString()), done()) }));

/** Runs `RateLimit(options)` for one call, as type-graphql would, against `limits`. */
function call(limits: RateLimits, options: RateLimitOptions, clientKey: string): Promise<unknown> {
  const context = { services: { rateLimits: limits }, clientKey } as unknown as AppContext;
  return Promise.resolve(RateLimit(options)({ context } as ResolverData<AppContext>, async () => 'resolved'));
}

/** A unique key per run, so runs sharing a Redis do not count each other's requests. */
const uniqueKey = (name: string) => `test.${name}.${randomBytes(4).toString('hex')}`;

async function expectLimited(promise: Promise<unknown>, maxSeconds: number) {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
  const retry = (err as { extensions: { retryAfterSeconds: number } }).extensions.retryAfterSeconds;
  expect(retry).toBeGreaterThanOrEqual(1);
  expect(retry).toBeLessThanOrEqual(maxSeconds);
}

describe('in memory', () => {
  const limits = new RateLimits();

  it('lets `points` calls through per client and window, then answers RATE_LIMITED with retryAfterSeconds', async () => {
    const options = { key: uniqueKey('memory'), points: 2, durationSeconds: 60 };
    expect(await call(limits, options, '203.0.113.1')).toBe('resolved');
    expect(await call(limits, options, '203.0.113.1')).toBe('resolved');
    await expectLimited(call(limits, options, '203.0.113.1'), 60);
    // Other clients and other keys have their own budgets.
    expect(await call(limits, options, '203.0.113.2')).toBe('resolved');
    expect(await call(limits, { ...options, key: uniqueKey('other') }, '203.0.113.1')).toBe('resolved');
  });

  it('refuses one key declared with two different limits, and non-positive limits', async () => {
    const key = uniqueKey('twice');
    await call(limits, { key, points: 5, durationSeconds: 60 }, 'c');
    await expect(call(limits, { key, points: 6, durationSeconds: 60 }, 'c')).rejects.toThrow('declared twice');
    expect(() => RateLimit({ key, points: 0, durationSeconds: 60 })).toThrow('positive integers');
  });
});

it('validates REDIS_URL without echoing it', () => {
  expect(loadConfig({ REDIS_URL: 'rediss://:secret@cache.example:6380/0' }).REDIS_URL).toBe('rediss://:secret@cache.example:6380/0');
  expect(loadConfig({}).REDIS_URL).toBeUndefined();
  expect(() => loadConfig({ REDIS_URL: 'http://:secret@cache.example' })).toThrow(ConfigError);
  expect(() => loadConfig({ REDIS_URL: 'http://:secret@cache.example' })).toThrow(/REDIS_URL: must be a redis:\/\/ or rediss:\/\/ URL/);
  expect(() => loadConfig({ REDIS_URL: 'http://:secret@cache.example' })).not.toThrow(/secret/);
});

describe('shared through Redis', () => {
  let replicaA: RateLimits;
  let replicaB: RateLimits;

  beforeAll(async () => {
    const probe = new Redis(REDIS_URL, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on('error', () => undefined);
    try {
      await probe.connect();
      await probe.ping();
    } catch (err) {
      throw new Error(
        `Redis is not reachable at ${REDIS_URL} (${(err as Error).message}): start one (CI provides it), e.g. \`redis-server\` or \`docker run -p 6379:6379 redis:7\``,
        { cause: err },
      );
    } finally {
      probe.disconnect();
    }
    replicaA = RateLimits.create(REDIS_URL, logger);
    replicaB = RateLimits.create(REDIS_URL, logger);
  });
  afterAll(async () => {
    await replicaA?.close();
    await replicaB?.close();
  });

  it('counts one budget across replicas', async () => {
    const options = { key: uniqueKey('redis'), points: 3, durationSeconds: 30 };
    // The first calls may land before the connection is ready: those are counted in memory (insurance).
    await waitUntilReady(replicaA);
    await waitUntilReady(replicaB);
    expect(await call(replicaA, options, '198.51.100.7')).toBe('resolved');
    expect(await call(replicaB, options, '198.51.100.7')).toBe('resolved');
    expect(await call(replicaA, options, '198.51.100.7')).toBe('resolved');
    await expectLimited(call(replicaB, options, '198.51.100.7'), 30);
    await expectLimited(call(replicaA, options, '198.51.100.7'), 30);
    expect(await call(replicaB, options, '198.51.100.8')).toBe('resolved');
  });

  it('is what a server started with REDIS_URL uses, and the server closes it on stop', async () => {
    const server = await startTestServer({ REDIS_URL, SEED_ON_START: 'false' });
    try {
      const options = { key: uniqueKey('server'), points: 1, durationSeconds: 30 };
      await waitUntilReady(server.services.rateLimits);
      await waitUntilReady(replicaA);
      expect(await call(server.services.rateLimits, options, '198.51.100.9')).toBe('resolved');
      await expectLimited(call(replicaA, options, '198.51.100.9'), 30);
    } finally {
      await server.close();
    }
    // quit() was sent: the connection ends (the test times out if it never does).
    const redis = (server.services.rateLimits as unknown as { redis: Redis }).redis;
    if (redis.status !== 'end') await new Promise((resolve) => redis.once('end', resolve));
  });
});

it('falls back to limiting in memory when Redis is unreachable, and logs that without the URL', async () => {
  // Port 1: nothing listens there, so every command fails at once.
  const limits = RateLimits.create('redis://:hunter2@127.0.0.1:1', logger);
  try {
    const options = { key: uniqueKey('fallback'), points: 1, durationSeconds: 60 };
    expect(await call(limits, options, '192.0.2.1')).toBe('resolved');
    await expectLimited(call(limits, options, '192.0.2.1'), 60);
    await new Promise((r) => setTimeout(r, 200)); // let the connection error be reported
    const warnings = logLines.filter((l) => l.includes('Redis unreachable'));
    expect(warnings).toHaveLength(1);
    expect(logLines.join('')).not.toContain('hunter2');
    expect(logLines.join('')).not.toContain('192.0.2.1');
  } finally {
    await limits.close();
  }
});

/** Waits for a registry's Redis connection (test only: the server never waits, it falls back). */
async function waitUntilReady(limits: RateLimits) {
  const redis = (limits as unknown as { redis: Redis }).redis;
  if (redis.status !== 'ready') await new Promise((resolve) => redis.once('ready', resolve));
}

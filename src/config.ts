/**
 * Every setting comes from the environment, parsed once at start. A bad value stops the
 * process with a message naming the variable (never its value: it may be a secret).
 */
import path from 'node:path';
import { z } from 'zod';
import { parseDataKey } from './modules/supporters/crypto';

const isDataKey = (v: string) => {
  try {
    parseDataKey(v);
    return true;
  } catch {
    return false;
  }
};

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const boolFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const envSchema = z.object({
  // The quick start runs in development (dev DATA_KEY, with a loud warning); deployments set production.
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  SEED_ON_START: boolFlag.default(true),
  /** Folder of seed files; defaults to the project's `seeds/`. */
  SEEDS_DIR: z.string().min(1).optional(),
  /** Largest accepted request body, in bytes. */
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(10_000_000).default(100_000),
  /** Origins allowed by CORS, comma separated; empty means same-origin only. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  /**
   * Express `trust proxy`: unset or `false` uses the socket address as the client (for rate
   * limits); behind a load balancer set the number of proxies or their addresses, or every
   * client shares one limit.
   */
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d{1,2}|[0-9a-fA-F.:/, ]+|loopback|linklocal|uniquelocal)$/, 'must be true, false, a hop count, or proxy addresses')
    .default('false')
    .transform((v): boolean | number | string => (v === 'true' ? true : v === 'false' ? false : /^\d+$/.test(v) ? Number(v) : v)),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  /** Shares rate limits between replicas; unset keeps them in memory. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/\S+$/, 'must be a redis:// or rediss:// URL')
    .optional(),
  /** Prefix of every Redis key, so deployments (or test runs) sharing one Redis count apart. */
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_.-]{1,64}$/, 'must be 1 to 64 letters, digits, colons, dots, dashes or underscores')
    .default('atlas:'),
  /**
   * Bearer token that /metrics requires when set (docs/operations.md). Unset: /metrics is open
   * outside production and not served in production.
   */
  METRICS_TOKEN: z
    .string()
    .regex(/^[\x21-\x7e]{16,256}$/, 'must be 16 to 256 printable characters without spaces (openssl rand -hex 32)')
    .optional(),
  /**
   * Query cost (as the cost limit counts it) an anonymous client may spend per minute; requests
   * with a token are not counted. A whole protection plan costs ~200, a chatbot plan ~100.
   */
  ANONYMOUS_QUERY_COST_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000_000_000).default(100_000),
  /** Supporters' mail: smtp:// or smtps:// URL (credentials included); unset writes .eml files to <DATA_DIR>/outbox. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).max(200).default('Protection Atlas <no-reply@localhost>'),
  /** Base of the links sent by e-mail (confirmation, unsubscribe, data-rights requests). */
  PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/[^\s?#]+$/, 'must be an http:// or https:// URL without query or fragment')
    .transform((v) => v.replace(/\/+$/, ''))
    .default('http://127.0.0.1:4000'),
  /** Key for supporters' personal data (32 bytes, base64 or hex); required in production, see `dataKeyOf`. */
  DATA_KEY: z
    .string()
    .refine((v) => isDataKey(v), 'must be 32 random bytes encoded as base64 or hex (openssl rand -base64 32)')
    .optional(),
  /** Minutes between runs of the supporters' retention job in the server (fractions allowed); 0 turns it off. */
  RETENTION_INTERVAL_MINUTES: z.coerce.number().min(0).max(10_080).default(60),
});

export type Config = z.infer<typeof envSchema> & {
  /** Resolved DATA_DIR, or null for an in-memory database (tests). */
  dataDir: string | null;
  isProduction: boolean;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment. `DATA_DIR=memory://` keeps the embedded database in memory. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const provided = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(provided);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const cfg = parsed.data;
  return {
    ...cfg,
    dataDir: cfg.DATA_DIR === 'memory://' ? null : path.resolve(cfg.DATA_DIR),
    isProduction: cfg.NODE_ENV === 'production',
  };
}

/** Used outside production when DATA_KEY is unset: public, so it protects nothing. */
const DEVELOPMENT_DATA_KEY = Buffer.from('protection-atlas-development-key-not-a-secret!!'.slice(0, 32), 'utf8');

/**
 * The supporters' data key. Required when NODE_ENV is production: without it the server does
 * not start. Elsewhere a fixed, public development key is used, and the caller must log a loud
 * warning (`devDefault`).
 */
export function dataKeyOf(config: Pick<Config, 'DATA_KEY' | 'isProduction'>): { key: Buffer; devDefault: boolean } {
  if (config.DATA_KEY) return { key: parseDataKey(config.DATA_KEY), devDefault: false };
  if (config.isProduction) {
    throw new ConfigError([
      'DATA_KEY: is required in production (32 random bytes as base64 or hex: openssl rand -base64 32; keep it safe, data encrypted with it cannot be read without it)',
    ]);
  }
  return { key: DEVELOPMENT_DATA_KEY, devDefault: true };
}

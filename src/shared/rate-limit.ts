/**
 * Per-client rate limits for mutations: `@UseMiddleware(RateLimit({ key, points, durationSeconds }))`.
 *
 * Counters live in memory by default. With REDIS_URL they are shared by every replica through
 * Redis; when Redis is unreachable each replica falls back to counting in memory (insurance
 * limiter), so an outage loosens the limits to per-replica ones instead of failing requests.
 * Limiters are created once per server (on first use of a key) and held by `services.rateLimits`.
 * Clients are keyed by `ctx.clientKey` (their IP), which is never logged.
 */
import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { MiddlewareFn } from 'type-graphql';
import type { Logger } from '../logger';
import { AppError, ErrorCode } from './errors';

export interface RateLimitOptions {
  /** Names the counter, e.g. `supporters.signature`; one key, one set of limits. */
  key: string;
  /** Requests allowed per client in each window. */
  points: number;
  durationSeconds: number;
}

export interface RateLimitsOptions {
  /** Prefix of the Redis keys (REDIS_KEY_PREFIX), so deployments or test runs sharing a Redis count apart; `atlas:` by default. */
  keyPrefix?: string;
  /** Called with the limit's key (a name declared in the code, never a client's key) when a request is refused: metrics. */
  onRefusal?: (limit: string) => void;
}

export class RateLimits {
  private readonly limiters = new Map<string, { limiter: RateLimiterAbstract; options: RateLimitOptions }>();
  private readonly keyPrefix: string;
  private readonly onRefusal: (limit: string) => void;
  private redisDown = false;

  /** In memory without `redis`; shared through `redis` (an ioredis client with `enableOfflineQueue: false`) with it. */
  constructor(
    private readonly redis: Redis | null = null,
    options: RateLimitsOptions = {},
  ) {
    this.keyPrefix = `${options.keyPrefix ?? 'atlas:'}rl:`;
    this.onRefusal = options.onRefusal ?? (() => undefined);
  }

  /** From the configuration: Redis when `redisUrl` is set. Connection trouble is logged once per outage, without the URL (it may hold a password). */
  static create(redisUrl: string | undefined, logger: Logger, options: RateLimitsOptions = {}): RateLimits {
    if (!redisUrl) return new RateLimits(null, options);
    // No offline queue: while Redis is down a command fails at once and the in-memory insurance limiter answers.
    // A short disconnectTimeout: on shutdown, do not wait 2 s (the default) for a socket that never opened.
    const redis = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, disconnectTimeout: 200 });
    const limits = new RateLimits(redis, options);
    redis.on('error', (err: NodeJS.ErrnoException) => {
      if (limits.redisDown) return;
      limits.redisDown = true;
      logger.warn({ errCode: err.code }, 'rate limits: Redis unreachable, counting in memory in this replica until it is back');
    });
    redis.on('ready', () => {
      if (limits.redisDown) logger.info('rate limits: Redis reachable again, limits are shared');
      limits.redisDown = false;
    });
    return limits;
  }

  /** True while limits are shared through Redis, false while it is unreachable; null without Redis. */
  get shared(): boolean | null {
    if (!this.redis) return null;
    return !this.redisDown && this.redis.status === 'ready';
  }

  /** Takes `points` (one by default) from `clientKey`'s budget for `options.key`; throws RATE_LIMITED when it is spent. */
  consume(options: RateLimitOptions, clientKey: string, points = 1): Promise<void> {
    // Chained rather than awaited: every anonymous GraphQL request comes through here (the query budget).
    return this.limiterFor(options)
      .consume(clientKey, points)
      .then(
        () => undefined,
        (err: unknown) => {
          if (!(err instanceof RateLimiterRes)) throw err;
          this.onRefusal(options.key);
          const retryAfterSeconds = Math.max(1, Math.ceil(err.msBeforeNext / 1000));
          throw new AppError(ErrorCode.RATE_LIMITED, `Too many requests: try again in ${retryAfterSeconds} seconds`, { retryAfterSeconds });
        },
      );
  }

  /**
   * Takes one point from `key`'s budget without throwing: false when it is spent. For limits
   * whose key is not the caller (a recipient's keyed hash), where the answer must not change.
   */
  async tryConsume(options: RateLimitOptions, key: string): Promise<boolean> {
    try {
      await this.limiterFor(options).consume(key);
      return true;
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err;
      this.onRefusal(options.key);
      return false;
    }
  }

  async close(): Promise<void> {
    if (!this.redis) return;
    await this.redis.quit().catch(() => this.redis!.disconnect());
  }

  private limiterFor(options: RateLimitOptions): RateLimiterAbstract {
    const known = this.limiters.get(options.key);
    if (known) {
      if (known.options.points !== options.points || known.options.durationSeconds !== options.durationSeconds) {
        throw new Error(`Rate limit ${options.key} is declared twice with different limits`);
      }
      return known.limiter;
    }
    const common = { keyPrefix: this.keyPrefix + options.key, points: options.points, duration: options.durationSeconds };
    const limiter = this.redis
      ? new RateLimiterRedis({ ...common, storeClient: this.redis, rejectIfRedisNotReady: true, insuranceLimiter: new RateLimiterMemory(common) })
      : new RateLimiterMemory(common);
    this.limiters.set(options.key, { limiter, options });
    return limiter;
  }
}

/** What the middleware reads from a request's context (the GraphQL context has both). */
export interface RateLimitedContext {
  services: { rateLimits: RateLimits };
  /** The client's key (its IP); never logged. */
  clientKey: string;
}

/** Middleware limiting a field per client: `@UseMiddleware(RateLimit({ key: 'supporters.signature', points: 60, durationSeconds: 600 }))`. */
export function RateLimit(options: RateLimitOptions): MiddlewareFn<RateLimitedContext> {
  if (!Number.isInteger(options.points) || options.points < 1 || !Number.isInteger(options.durationSeconds) || options.durationSeconds < 1) {
    throw new Error(`Rate limit ${options.key}: points and durationSeconds must be positive integers`);
  }
  return async ({ context }, next) => {
    await context.services.rateLimits.consume(options, context.clientKey);
    return next();
  };
}

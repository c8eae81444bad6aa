/**
 * The server's metrics, served in Prometheus's text format by prom-client (docs/operations.md
 * lists them). One registry per server, never prom-client's global one: two servers in one
 * process (tests) keep their own counts.
 *
 * Privacy: every label value comes from a list fixed when the server starts (operation names
 * from schema/operations/, the schema's root fields, error codes, outcomes, rate-limit names
 * declared in the code). Nothing a request sends (a finder need, a country from it, an e-mail,
 * a name, a free-text operation name) can become a label: an unknown value is counted as `other`.
 *
 * Cost: what requests record lives in preallocated grids (a slot per combination of label
 * values, a Float64Array of histogram buckets); recording is an index lookup and a few array
 * writes, with no allocation. Everything else (the read model, the pool, the process) is read
 * only when /metrics is scraped.
 */
import { collectDefaultMetrics, Counter, Gauge, Registry, type Metric } from 'prom-client';

/** Seconds: from a fast in-memory answer (~1 ms) to a slow whole plan under load. */
export const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;

/** The value a label takes for anything outside its fixed list. */
export const OTHER = 'other';

export interface LabelDimension {
  name: string;
  /** Every value the label may take; the last one catches everything else. */
  values: readonly string[];
}

/** Index of each value of a dimension, for the hot path (a Map lookup, no allocation). */
export class LabelIndex {
  private readonly positions = new Map<string, number>();
  readonly other: number;

  constructor(readonly dimension: LabelDimension) {
    dimension.values.forEach((v, i) => this.positions.set(v, i));
    const other = this.positions.get(OTHER);
    if (other === undefined) throw new Error(`Label ${dimension.name} needs an '${OTHER}' value`);
    this.other = other;
  }

  of(value: string | undefined): number {
    return value === undefined ? this.other : (this.positions.get(value) ?? this.other);
  }
}

type Labels = Record<string, string>;

/** The labels of a grid slot: the slot is a mixed-radix number, one digit per dimension. */
function labelsOf(dimensions: readonly LabelDimension[], slot: number): Labels {
  const values: string[] = [];
  for (let d = dimensions.length - 1; d >= 0; d--) {
    const size = dimensions[d].values.length;
    values[d] = dimensions[d].values[slot % size];
    slot = Math.floor(slot / size);
  }
  return Object.fromEntries(dimensions.map((d, i) => [d.name, values[i]]));
}

const slotCount = (dimensions: readonly LabelDimension[]) => dimensions.reduce((n, d) => n * d.values.length, 1);

/**
 * A counter over a fixed grid of label values, registered as a prom-client metric (prom-client
 * reads `get()` when scraped). Only slots that were counted are exported.
 */
export class GridCounter {
  readonly type = 'counter';
  readonly aggregator = 'sum';
  private readonly counts: Float64Array;

  constructor(
    readonly name: string,
    readonly help: string,
    readonly dimensions: readonly LabelDimension[],
  ) {
    this.counts = new Float64Array(slotCount(dimensions));
  }

  /** `slot`: the dimensions' indexes as one number (first dimension most significant). */
  inc(slot: number, by = 1): void {
    this.counts[slot] += by;
  }

  get() {
    const values: { labels: Labels; value: number }[] = [];
    this.counts.forEach((value, slot) => {
      if (value > 0) values.push({ labels: labelsOf(this.dimensions, slot), value });
    });
    return { name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values };
  }

  reset(): void {
    this.counts.fill(0);
  }
}

/** A histogram over a fixed grid of label values; only observed slots are exported. */
export class GridHistogram {
  readonly type = 'histogram';
  readonly aggregator = 'sum';
  private readonly buckets: Float64Array;
  private readonly sums: Float64Array;
  private readonly counts: Float64Array;

  constructor(
    readonly name: string,
    readonly help: string,
    readonly dimensions: readonly LabelDimension[],
    private readonly upperBounds: readonly number[] = LATENCY_BUCKETS,
  ) {
    const slots = slotCount(dimensions);
    this.buckets = new Float64Array(slots * upperBounds.length);
    this.sums = new Float64Array(slots);
    this.counts = new Float64Array(slots);
  }

  observe(slot: number, value: number): void {
    this.sums[slot] += value;
    this.counts[slot] += 1;
    const bounds = this.upperBounds;
    for (let b = 0; b < bounds.length; b++) {
      if (value <= bounds[b]) {
        this.buckets[slot * bounds.length + b] += 1;
        return;
      }
    }
  }

  get() {
    const values: { labels: Labels; value: number; metricName: string }[] = [];
    const bounds = this.upperBounds;
    this.counts.forEach((count, slot) => {
      if (count === 0) return;
      const labels = labelsOf(this.dimensions, slot);
      let cumulative = 0;
      bounds.forEach((le, b) => {
        cumulative += this.buckets[slot * bounds.length + b];
        values.push({ labels: { ...labels, le: String(le) }, value: cumulative, metricName: `${this.name}_bucket` });
      });
      values.push({ labels: { ...labels, le: '+Inf' }, value: count, metricName: `${this.name}_bucket` });
      values.push({ labels, value: this.sums[slot], metricName: `${this.name}_sum` });
      values.push({ labels, value: count, metricName: `${this.name}_count` });
    });
    return { name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values };
  }

  reset(): void {
    this.buckets.fill(0);
    this.sums.fill(0);
    this.counts.fill(0);
  }
}

/** What a finder plan ended as. */
export const PLAN_OUTCOMES = ['ok', 'invalid_need', 'not_ready', OTHER] as const;
export type PlanOutcome = (typeof PLAN_OUTCOMES)[number];

/** The database pool as /metrics reports it. */
export interface PoolStats {
  /** Connections the pool may open. */
  max: number;
  /** Connections open now, in use and idle. */
  open: number;
  idle: number;
  /** Units of work waiting for a connection (PostgreSQL's pool only). */
  waiting: number;
}

/** What the server's state gauges read when /metrics is scraped (wired by the composition root). */
export interface MetricSources {
  readModel(): { version: number; builtAt: Date | null; candidates: number };
  pool(): PoolStats;
  /** True while the LISTEN connection of the change feed is up (always true on PGlite). */
  changeFeedListening(): boolean;
  /** Rate limits: true when shared through a reachable Redis, false while Redis is down, null without REDIS_URL. */
  rateLimitsShared(): boolean | null;
}

export class AppMetrics {
  readonly registry = new Registry();
  private readonly planOutcomes = new LabelIndex({ name: 'outcome', values: PLAN_OUTCOMES });
  private readonly plans = this.custom(
    new GridCounter('atlas_finder_plans_total', 'Protection plans the finder built (GraphQL and MCP), by outcome', [this.planOutcomes.dimension]),
  );
  private readonly planSeconds = this.custom(
    new GridHistogram('atlas_finder_plan_duration_seconds', "Time the finder's core took to build a plan from the read model, in seconds", []),
  );
  private readonly rebuildFailures = new Counter({
    name: 'atlas_finder_read_model_rebuild_failures_total',
    help: 'Rebuilds of the finder read model that failed (the previous model stays in use)',
    registers: [this.registry],
  });
  private readonly refusals = new Counter({
    name: 'atlas_rate_limit_refusals_total',
    help: 'Requests refused by a rate limit, by the limit’s name as declared in the code',
    labelNames: ['limit'],
    registers: [this.registry],
  });

  /** `processMetrics`: prom-client's process and Node.js metrics (CPU, memory, event loop, GC). */
  constructor(options: { processMetrics?: boolean } = {}) {
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry });
  }

  /** Registers a grid metric (prom-client calls its `get()` when scraped). */
  custom<T extends GridCounter | GridHistogram>(metric: T): T {
    this.registry.registerMetric(metric as unknown as Metric);
    return metric;
  }

  /** A plan built (or refused) by the finder, and how long its core took (histogram: built plans only). */
  readonly planned = (outcome: PlanOutcome, seconds: number): void => {
    this.plans.inc(this.planOutcomes.of(outcome));
    if (outcome === 'ok') this.planSeconds.observe(0, seconds);
  };

  readonly readModelRebuildFailed = (): void => {
    this.rebuildFailures.inc();
  };

  /** `limit`: the rate limit's key, a name declared in the code (never a client's key). */
  readonly rateLimitRefused = (limit: string): void => {
    this.refusals.inc({ limit });
  };

  /** Gauges read from the running server when scraped. */
  watch(sources: MetricSources): void {
    const registers = [this.registry];
    new Gauge({
      name: 'atlas_finder_read_model_version',
      help: 'Version of the finder read model in this process: 1 after start, +1 per rebuild (rebuilt on every committed directory or country change)',
      registers,
      collect() {
        this.set(sources.readModel().version);
      },
    });
    new Gauge({
      name: 'atlas_finder_read_model_age_seconds',
      help: 'Seconds since the finder read model in use was built',
      registers,
      collect() {
        const builtAt = sources.readModel().builtAt;
        if (builtAt) this.set((Date.now() - builtAt.getTime()) / 1000);
      },
    });
    new Gauge({
      name: 'atlas_finder_read_model_candidates',
      help: 'Offers (candidates) in the finder read model in use',
      registers,
      collect() {
        this.set(sources.readModel().candidates);
      },
    });
    new Gauge({
      name: 'atlas_db_pool_connections',
      help: 'Database connections by state: in_use, idle (PGlite: one connection)',
      labelNames: ['state'],
      registers,
      collect() {
        const pool = sources.pool();
        this.set({ state: 'in_use' }, pool.open - pool.idle);
        this.set({ state: 'idle' }, pool.idle);
      },
    });
    new Gauge({
      name: 'atlas_db_pool_max_connections',
      help: 'Connections the database pool may open (DATABASE_POOL_SIZE; 1 on PGlite)',
      registers,
      collect() {
        this.set(sources.pool().max);
      },
    });
    new Gauge({
      name: 'atlas_db_pool_waiting',
      help: 'Units of work waiting for a free database connection (PostgreSQL)',
      registers,
      collect() {
        this.set(sources.pool().waiting);
      },
    });
    new Gauge({
      name: 'atlas_change_feed_listening',
      help: "1 while the change feed's LISTEN connection is up (this replica hears other replicas' edits), else 0",
      registers,
      collect() {
        this.set(sources.changeFeedListening() ? 1 : 0);
      },
    });
    // Only with REDIS_URL: without it, limits are per process by configuration, not by failure.
    if (sources.rateLimitsShared() === null) return;
    new Gauge({
      name: 'atlas_rate_limits_shared',
      help: 'With REDIS_URL: 1 while rate limits are shared through Redis, 0 while Redis is unreachable and this replica counts alone',
      registers,
      collect() {
        this.set(sources.rateLimitsShared() ? 1 : 0);
      },
    });
  }
}

/**
 * The finder's service: holds the current read model of the directory and answers plans from
 * it, in memory — a plan runs no SQL statement.
 *
 * The model is built at start from the directory's snapshot and the countries, and rebuilt
 * when the change feed reports a committed change to `directory` or `countries` (in this
 * process or in another replica on the same PostgreSQL). Rebuilds are debounced (a burst of
 * edits costs one rebuild), never overlap, and swap the model in one assignment: a plan sees
 * either the old model or the new one, never a mix. A failed rebuild keeps the old model and
 * retries.
 *
 * Privacy: the need is only passed to the pure core. It is never logged, stored or cached, and
 * the core's errors name the field without repeating a value.
 */
import type { Logger } from '../../logger';
import type { ChangeFeed } from '../../db/change-feed';
import type { CountryRow } from '../geography/country.entity';
import type { CountrySeed } from '../geography/seed-schema';
import type { MechanismSeed, OrganizationSeed, ProgrammeSeed, StatePolicySeed } from '../directory/seed-schema';
import { performance } from 'node:perf_hooks';
import { buildProtectionPlan, buildReadModel, FinderInputError, type ProtectionNeed, type ProtectionPlan, type ReadModel } from './core';

/** The directory's records in the seed shapes (DirectoryService.snapshot). */
export interface DirectorySnapshotShape {
  organizations: OrganizationSeed[];
  statePolicies: StatePolicySeed[];
  mechanisms: MechanismSeed[];
  programmes: ProgrammeSeed[];
}

export interface FinderSources {
  /** The directory; absent while the directory module is not wired (the model then has no offers). */
  directory?: { snapshot(): Promise<DirectorySnapshotShape> };
  countries: { all(): Promise<CountryRow[]> };
  changes: ChangeFeed;
}

/** What metrics hear from the finder: never the need, only how a plan ended and how long it took. */
export interface FinderObserver {
  planned(outcome: 'ok' | 'invalid_need' | 'not_ready' | 'other', seconds: number): void;
  readModelRebuildFailed(): void;
}

export interface FinderServiceOptions {
  /** Wait this long after a change notification before rebuilding (edits come in bursts). */
  debounceMs?: number;
  /** Wait this long before retrying a failed rebuild. */
  retryMs?: number;
  observer?: FinderObserver;
}

const NO_OBSERVER: FinderObserver = { planned: () => undefined, readModelRebuildFailed: () => undefined };

export const FINDER_TOPICS = ['directory', 'countries'] as const;

/**
 * Bounds on a need's lists and on a plan's length, checked by every entry point (the GraphQL
 * resolver, the MCP tool) before the core sees the need; no value is echoed.
 */
export const MAX_NEED_LIST = { risks: 20, profiles: 20, languages: 20, threatFrom: 5 } as const;
export const MAX_PLAN_LIMIT = 200;

/** Country rows as the core's country seeds (each acceptance fact with its own date). */
export function countriesForFinder(rows: readonly CountryRow[]): CountrySeed[] {
  return rows.map((r) => ({
    code: r.code,
    names: Object.fromEntries(Object.entries(r.names).filter((e): e is [string, string] => typeof e[1] === 'string')) as CountrySeed['names'],
    unMember: r.unMember,
    memberships: [...r.memberships],
    procedures: { ...r.procedures },
    instruments: { ...r.instruments },
    leastDeveloped: r.leastDeveloped,
  }));
}

export class FinderService {
  private model: ReadModel | null = null;
  private modelVersion = 0;
  private builtAtMs = 0;
  private unsubscribers: (() => void)[] = [];
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private dirty = false;
  private stopped = false;
  private logger: Logger | null = null;
  private readonly debounceMs: number;
  private readonly retryMs: number;
  private readonly observer: FinderObserver;
  /** The clock plans are made with (staleness depends on it). Replaceable in tests. */
  clock: () => Date = () => new Date();

  constructor(
    private readonly sources: FinderSources,
    options: FinderServiceOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? 50;
    this.retryMs = options.retryMs ?? 1_000;
    this.observer = options.observer ?? NO_OBSERVER;
  }

  /** Builds the first model and subscribes to changes. Call after the change feed has started. */
  async start(logger?: Logger): Promise<void> {
    this.logger = logger ?? null;
    this.stopped = false;
    if (this.unsubscribers.length === 0) {
      this.unsubscribers = FINDER_TOPICS.map((t) => this.sources.changes.subscribe(t, () => this.scheduleRebuild()));
    }
    await this.rebuildNow();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const off of this.unsubscribers) off();
    this.unsubscribers = [];
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** The current model's version (1 after start, +1 per rebuild) and build time, for tests and metrics. */
  get version(): number {
    return this.modelVersion;
  }
  get builtAt(): Date | null {
    return this.builtAtMs ? new Date(this.builtAtMs) : null;
  }
  get candidateCount(): number {
    return this.model?.candidates.length ?? 0;
  }

  /** The read model in use (immutable); null before start. */
  get readModel(): ReadModel | null {
    return this.model;
  }

  /**
   * A plan for `need`, from memory. Throws FinderInputError (field named, value never
   * repeated) for a need that cannot be evaluated.
   */
  plan(need: ProtectionNeed, options: { locale?: string; limit?: number } = {}): ProtectionPlan {
    const model = this.model;
    if (!model) {
      this.observer.planned('not_ready', 0);
      throw new Error('The protection finder is not ready');
    }
    const started = performance.now();
    try {
      const plan = buildProtectionPlan(model, need, { now: this.clock(), locale: options.locale, limit: options.limit });
      this.observer.planned('ok', (performance.now() - started) / 1000);
      return plan;
    } catch (err) {
      this.observer.planned(err instanceof FinderInputError ? 'invalid_need' : 'other', (performance.now() - started) / 1000);
      throw err;
    }
  }

  /** Resolves once no rebuild is pending or running (tests, graceful operations). */
  async settled(): Promise<void> {
    while (this.timer || this.running) {
      if (this.running) await this.running.catch(() => undefined);
      else await new Promise((r) => setTimeout(r, this.debounceMs));
    }
  }

  /** Rebuilds soon: debounced, and never two at once (a change during a rebuild triggers one more). */
  scheduleRebuild(delayMs = this.debounceMs): void {
    if (this.stopped) return;
    if (this.running) {
      this.dirty = true;
      return;
    }
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.rebuildNow().catch(() => undefined);
    }, delayMs);
    this.timer.unref?.();
  }

  /** Rebuilds now (waits for a running rebuild first). */
  async rebuildNow(): Promise<void> {
    while (this.running) await this.running.catch(() => undefined);
    this.dirty = false;
    const run = this.build().finally(() => {
      this.running = null;
      if (this.dirty && !this.stopped) {
        this.dirty = false;
        this.scheduleRebuild(0);
      }
    });
    this.running = run;
    try {
      await run;
    } catch (err) {
      // Keep serving the previous model; try again later. Only the error's kind is logged.
      this.logger?.error({ errName: (err as Error).name }, 'finder read model rebuild failed; keeping the previous model');
      this.observer.readModelRebuildFailed();
      if (!this.model) throw err;
      this.scheduleRebuild(this.retryMs);
    }
  }

  private async build(): Promise<void> {
    const [snapshot, countryRows] = [this.sources.directory ? await this.sources.directory.snapshot() : null, await this.sources.countries.all()];
    const countries = countriesForFinder(countryRows);
    const model = buildReadModel({
      organizations: snapshot?.organizations ?? [],
      statePolicies: snapshot?.statePolicies ?? [],
      mechanisms: snapshot?.mechanisms ?? [],
      programmes: snapshot?.programmes ?? [],
      countries,
    });
    // One assignment: plans in flight keep the model they started with.
    this.model = model;
    this.modelVersion += 1;
    this.builtAtMs = Date.now();
    this.logger?.info({ version: this.modelVersion, candidates: model.candidates.length }, 'finder read model built');
  }
}

/**
 * The services of every module, created once per process, each given the collaborators it uses
 * (never the container itself): the one place that knows how they fit together.
 */
import type { Database } from '../db/database';
import { ChangeFeed } from '../db/change-feed';
import type { Logger } from '../logger';
import { FinderService } from '../modules/finder/finder.service';
import { CountryService } from '../modules/geography/country.service';
import { DirectoryService } from '../modules/directory/directory.service';
import { AccessService } from '../modules/access/access.service';
import { AuditService } from '../modules/access/audit.service';
import { ContentService } from '../modules/content/content.service';
import { SupportersService, type SupportersRuntime } from '../modules/supporters/supporters.service';
import { offlineSupportersRuntime } from '../modules/supporters/runtime';
import { RateLimits } from '../shared/rate-limit';
import { AppMetrics } from '../shared/metrics';

export interface ContainerOptions {
  /** Mail, encryption and links for supporters; offline (no mail sent, development key) when absent. */
  supportersRuntime?: SupportersRuntime;
  /** Rate limiters, created once per server (reporting refusals to `metrics`); in memory when absent. */
  rateLimits?: RateLimits;
  /** This server's metrics registry; a fresh one (without process metrics) when absent. */
  metrics?: AppMetrics;
}

export class Container {
  readonly countries: CountryService;
  readonly directory: DirectoryService;
  readonly access: AccessService;
  readonly audit: AuditService;
  readonly content: ContentService;
  /** Change notifications (LISTEN/NOTIFY): writers publish inside their transaction, read models subscribe. */
  readonly changes: ChangeFeed;
  /** The protection finder's in-memory read model (rebuilt on directory/countries changes). */
  readonly finder: FinderService;
  readonly supporters: SupportersService;
  readonly rateLimits: RateLimits;
  /** What /metrics serves: the services report into it, and it reads their state when scraped. */
  readonly metrics: AppMetrics;

  constructor(
    readonly db: Database,
    options: ContainerOptions = {},
  ) {
    this.metrics = options.metrics ?? new AppMetrics();
    this.countries = new CountryService(db);
    this.rateLimits = options.rateLimits ?? new RateLimits(null, { onRefusal: this.metrics.rateLimitRefused });
    this.audit = new AuditService(db);
    this.access = new AccessService(db, this.audit);
    this.content = new ContentService(db, this.audit);
    this.changes = new ChangeFeed(db);
    this.directory = new DirectoryService(db, this.audit, this.changes);
    this.finder = new FinderService({ directory: this.directory, countries: this.countries, changes: this.changes }, { observer: this.metrics });
    this.supporters = new SupportersService(db, this.audit, options.supportersRuntime ?? offlineSupportersRuntime(), this.rateLimits, {
      content: this.content,
      countries: this.countries,
    });
    this.metrics.watch({
      readModel: () => ({ version: this.finder.version, builtAt: this.finder.builtAt, candidates: this.finder.candidateCount }),
      pool: () => db.poolStats(),
      changeFeedListening: () => this.changes.listening,
      rateLimitsShared: () => this.rateLimits.shared,
    });
  }

  /** Listens for changes, then builds the finder's first read model (the database is open). */
  async start(logger: Logger): Promise<void> {
    await this.changes.start(logger);
    await this.finder.start(logger);
  }

  /** The reverse: the finder, the change feed, the rate limits' Redis connection. The database stays open. */
  async stop(): Promise<void> {
    await this.finder.stop();
    await this.changes.stop();
    await this.rateLimits.close();
  }
}

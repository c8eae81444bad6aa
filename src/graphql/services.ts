/** The services of every module, created once per process, and the per-request loaders. */
import type { Database } from '../db/database';
import { ChangeFeed } from '../db/change-feed';
import { FinderService } from '../modules/finder/finder.service';
import { CountryService } from '../modules/geography/country.service';
import { DirectoryService } from '../modules/directory/directory.service';
import { AccessService } from '../modules/access/access.service';
import { AuditService } from '../modules/access/audit.service';
import { ContentService } from '../modules/content/content.service';
import { SupportersService, type SupportersRuntime } from '../modules/supporters/supporters.service';
import { offlineSupportersRuntime } from '../modules/supporters/runtime';
import type { Viewer } from './context';
import { RateLimits } from '../shared/rate-limit';

export class Services {
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
  /** Rate limiters, created once per server; in memory unless given a Redis-backed registry. */
  readonly rateLimits: RateLimits;

  constructor(readonly db: Database, supportersRuntime?: SupportersRuntime, rateLimits?: RateLimits) {
    this.countries = new CountryService(db);
    this.rateLimits = rateLimits ?? new RateLimits();
    this.audit = new AuditService(db);
    this.access = new AccessService(db, this.audit);
    this.content = new ContentService(db, this.audit);
    this.changes = new ChangeFeed(db);
    this.directory = new DirectoryService(db, this.audit, this.changes);
    this.finder = new FinderService(this);
    this.supporters = new SupportersService(db, this.audit, supportersRuntime ?? offlineSupportersRuntime(), this.rateLimits);
  }

  createLoaders() {
    return {
      country: this.countries.createLoader(),
      content: this.content.createLoaders(),
      directory: this.directory.createLoaders(),
      campaignSupport: this.supporters.createSupportLoader(),
    };
  }

  /** Resolves a bearer token to a viewer; anonymous without one. */
  async authenticate(authorization: string | undefined): Promise<Viewer | null> {
    return this.access.authenticate(authorization);
  }
}

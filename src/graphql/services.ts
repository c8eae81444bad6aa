/** The services of every module, created once per process, and the per-request loaders. */
import type { Database } from '../db/database';
import { ChangeFeed } from '../db/change-feed';
import { CountryService } from '../modules/geography/country.service';
import type { Viewer } from './context';

export class Services {
  readonly countries: CountryService;
  /** Change notifications (LISTEN/NOTIFY): writers publish inside their transaction, read models subscribe. */
  readonly changes: ChangeFeed;

  constructor(readonly db: Database) {
    this.countries = new CountryService(db);
    this.changes = new ChangeFeed(db);
  }

  createLoaders() {
    return {
      country: this.countries.createLoader(),
    };
  }

  /** Resolves a bearer token to a viewer; anonymous without one. */
  async authenticate(_authorization: string | undefined): Promise<Viewer | null> {
    return null;
  }
}

/** Reads the directory and the countries through their services and maps them to HSDS (hsds.core.ts). */
import type { DirectoryService } from '../directory/directory.service';
import type { CountryService } from '../geography/country.service';
import type { DirectoryFilter } from '../directory/directory.filter';
import type { Locale } from '../../shared/locales';
import { toHsdsDataset, type HsdsCountryInput, type HsdsDataset } from './hsds.core';

export class HsdsService {
  /** The whole directory per locale, kept while the version is the same. */
  private readonly cache = new Map<Locale, { version: number; dataset: Promise<HsdsDataset> }>();

  /**
   * @param version changes whenever the directory or the countries change: the finder's read
   * model version, which its change feed subscription bumps (so HSDS is as fresh as the finder).
   */
  constructor(
    private readonly directory: Pick<DirectoryService, 'exportRecords'>,
    private readonly countries: Pick<CountryService, 'all'>,
    private readonly version: () => number,
  ) {}

  /** The live (not archived) records matching `filter`, as HSDS objects in `locale`; the whole directory is cached. */
  async dataset(locale: Locale, filter: DirectoryFilter = {}): Promise<HsdsDataset> {
    if (Object.keys(filter).length > 0) return this.build(locale, filter);
    const version = this.version();
    const hit = this.cache.get(locale);
    if (hit && hit.version === version) return hit.dataset;
    const dataset = this.build(locale, filter);
    this.cache.set(locale, { version, dataset });
    // A failed build is not kept: the next request tries again.
    dataset.catch(() => this.cache.get(locale)?.dataset === dataset && this.cache.delete(locale));
    return dataset;
  }

  private async build(locale: Locale, filter: DirectoryFilter): Promise<HsdsDataset> {
    const [{ stored }, countries] = await Promise.all([this.directory.exportRecords({ ...filter, includeArchived: false }), this.countries.all()]);
    const live = stored.filter((s) => !s.record.archivedAt);
    return toHsdsDataset(live, countries as HsdsCountryInput[], locale);
  }
}

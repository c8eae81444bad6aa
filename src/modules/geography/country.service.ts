/** Countries: the geography module's data access, used by its resolvers and by other modules. */
import DataLoader from 'dataloader';
import type { Database } from '../../db/database';
import { keysetPage, type CursorKey, type Page, type SortKey } from '../../shared/relay';
import type { RegionalSystem } from '../taxonomy/values';
import { CountryRow } from './country.entity';

export interface CountryFilter {
  system?: RegionalSystem;
  unMember?: boolean;
  search?: string;
}

/** Countries by code (unique): the keyset ordering of the list, and a row's sort key for cursors. */
const COUNTRY_ORDER: SortKey[] = [{ sql: 'c.code', type: 'text' }];
export const countryKey = (r: CountryRow): CursorKey => [r.code];

export class CountryService {
  constructor(private readonly db: Database) {}

  async list(filter: CountryFilter, page: Page): Promise<{ rows: CountryRow[]; total: number }> {
    return this.db.read(async (m) => {
      const qb = m.getRepository(CountryRow).createQueryBuilder('c');
      if (filter.system) qb.andWhere(':system = ANY(c.memberships)', { system: filter.system });
      if (filter.unMember !== undefined) qb.andWhere('c.un_member = :un', { un: filter.unMember });
      if (filter.search) {
        // Matches the code or a name in any locale; the pattern's wildcards are escaped.
        const pattern = `%${filter.search.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
        qb.andWhere(`(c.code = upper(:exact) OR EXISTS (SELECT 1 FROM jsonb_each_text(c.names) n WHERE n.value ILIKE :pattern))`, {
          exact: filter.search,
          pattern,
        });
      }
      return keysetPage<CountryRow, typeof qb>(qb, COUNTRY_ORDER, page);
    });
  }

  async all(): Promise<CountryRow[]> {
    return this.db.read((m) => m.getRepository(CountryRow).find({ order: { code: 'ASC' } }));
  }

  async byCodes(codes: readonly string[]): Promise<(CountryRow | null)[]> {
    const rows = await this.db.read((m) =>
      m
        .getRepository(CountryRow)
        .createQueryBuilder('c')
        .where('c.code = ANY(:codes)', { codes: [...codes] })
        .getMany(),
    );
    const byCode = new Map(rows.map((r) => [r.code, r]));
    return codes.map((c) => byCode.get(c) ?? null);
  }

  /** One loader per request: every country looked up in a request costs one statement. */
  createLoader(): DataLoader<string, CountryRow | null> {
    return new DataLoader((codes) => this.byCodes(codes));
  }
}

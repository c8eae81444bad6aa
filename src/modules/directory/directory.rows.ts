/**
 * Every record (archived ones too) with its offers and channels, held in memory: the directory
 * is small and read-mostly, so reads take rows from here instead of fetching and hydrating
 * whole rows (with their JSON columns) on every request. Loaded lazily in three statements,
 * dropped after every change: a committed write of this process (read-after-write) and the
 * change feed (other replicas, reconnections). Filters and search still run in SQL, which
 * returns only ids and sort keys.
 */
import type { ContactChannelRow, DirectoryRecordRow, OfferRow } from './directory.entity';
import type { StoredRecord } from './directory.store';

export interface DirectoryRowIndex {
  byId: ReadonlyMap<string, StoredRecord>;
  /** Non-archived records by slug. */
  bySlug: ReadonlyMap<string, DirectoryRecordRow>;
  /** Offers of non-archived records by slug. */
  offerBySlug: ReadonlyMap<string, OfferRow>;
}

const NONE: readonly never[] = [];

export function indexRows(stored: StoredRecord[]): DirectoryRowIndex {
  const byId = new Map<string, StoredRecord>();
  const bySlug = new Map<string, DirectoryRecordRow>();
  const offerBySlug = new Map<string, OfferRow>();
  for (const s of stored) {
    byId.set(s.record.id, s);
    if (s.record.archivedAt !== null) continue;
    bySlug.set(s.record.slug, s.record);
    for (const o of s.offers) offerBySlug.set(o.slug, o);
  }
  return { byId, bySlug, offerBySlug };
}

export const offersOf = (index: DirectoryRowIndex, recordId: string): readonly OfferRow[] => index.byId.get(recordId)?.offers ?? NONE;
export const channelsOf = (index: DirectoryRowIndex, recordId: string): readonly ContactChannelRow[] => index.byId.get(recordId)?.channels ?? NONE;

export class DirectoryRows {
  private current: Promise<DirectoryRowIndex> | null = null;

  constructor(private readonly load: () => Promise<StoredRecord[]>) {}

  /** The rows as of the last change (a load started before a change is never handed out after it). */
  get(): Promise<DirectoryRowIndex> {
    if (!this.current) {
      const loading = this.load().then(indexRows);
      this.current = loading;
      loading.catch(() => {
        if (this.current === loading) this.current = null;
      });
    }
    return this.current;
  }

  /** Drops the rows; the next read loads them again. */
  invalidate(): void {
    this.current = null;
  }
}

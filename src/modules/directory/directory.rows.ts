/**
 * Every record (archived ones too) with its offers and channels, held in memory: the directory
 * is small and read-mostly, so reads take rows from here instead of fetching and hydrating
 * whole rows (with their JSON columns) on every request. Loaded lazily in three statements,
 * dropped after every change: a committed write of this process (read-after-write) and the
 * change feed (other replicas, reconnections). Filters and search run in SQL, which returns
 * only ids and sort keys; its answers are kept with the rows until the same change (`remember`):
 * PostgreSQL's stemmers and ts_rank decide the search, and a repeated page costs no statement.
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

/** How many SQL answers one generation keeps (oldest dropped first): distinct list pages are few between changes. */
export const MAX_ANSWERS = 1000;

/** What is known between two changes: the rows (loaded on first use) and the SQL answers read since. */
interface Generation {
  index: Promise<DirectoryRowIndex> | null;
  answers: Map<string, Promise<unknown>>;
}

export class DirectoryRows {
  private current: Generation = { index: null, answers: new Map() };

  constructor(private readonly load: () => Promise<StoredRecord[]>) {}

  /** The rows as of the last change (a load started before a change is never handed out after it). */
  get(): Promise<DirectoryRowIndex> {
    const generation = this.current;
    if (!generation.index) {
      const loading = this.load().then(indexRows);
      generation.index = loading;
      loading.catch(() => {
        if (generation.index === loading) generation.index = null;
      });
    }
    return generation.index;
  }

  /**
   * The answer of a read that depends only on the directory's tables (and the countries'):
   * computed once per `key` until the next change, so a repeated list page costs no statement.
   * An answer computed across a change is never kept for after it: it belongs to the dropped generation.
   */
  remember<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const answers = this.current.answers;
    const known = answers.get(key) as Promise<T> | undefined;
    if (known) return known;
    if (answers.size >= MAX_ANSWERS) answers.delete(answers.keys().next().value!);
    const answer = compute();
    answers.set(key, answer);
    answer.catch(() => {
      if (answers.get(key) === answer) answers.delete(key);
    });
    return answer;
  }

  /** Drops the rows and the answers; the next read loads them again. */
  invalidate(): void {
    this.current = { index: null, answers: new Map() };
  }
}

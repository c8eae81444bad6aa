/** The directory: snapshot for the finder, filtered lists, loaders, and editors' changes. */
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import type { ChangeFeed } from '../../db/change-feed';
import type { Viewer } from '../access/viewer';
import type { AuditService } from '../access/audit.service';
import { badInput, notFound } from '../../shared/errors';
import { firstPage, type CursorKey, type Page } from '../../shared/relay';
import { today } from '../../shared/dates';
import { ContactChannelRow, DirectoryRecordRow, OfferRow, TYPE_OF_KIND, type RecordKind } from './directory.entity';
import {
  mechanism,
  newestEvidence,
  organization,
  programme,
  provenance,
  statePolicy,
  type MechanismSeed,
  type OrganizationSeed,
  type ProgrammeSeed,
  type StatePolicySeed,
} from './seed-schema';
import { toRows, toSeed, type RecordSeed } from './mapping';
import { insertRecord, loadRecords, replaceRecord } from './directory.store';
import { channelsOf, DirectoryRows, offersOf, type DirectoryRowIndex } from './directory.rows';
import { filterKey, offerAppliesIn, pageQuery, type DirectoryFilter } from './directory.filter';

export interface DirectorySnapshot {
  organizations: OrganizationSeed[];
  statePolicies: StatePolicySeed[];
  mechanisms: MechanismSeed[];
  programmes: ProgrammeSeed[];
}

export const SCHEMA_OF_KIND: Record<RecordKind, z.ZodType> = {
  ORGANIZATION: organization,
  STATE_POLICY: statePolicy,
  MECHANISM: mechanism,
  PROGRAMME: programme,
};

/** The part of a seed holding its offers, for error paths. */
const OFFERS_KEY: Record<RecordKind, string | null> = { ORGANIZATION: 'services', STATE_POLICY: 'commitments', MECHANISM: 'procedures', PROGRAMME: null };

const pathOf = (base: string, p: readonly PropertyKey[]) =>
  p.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : `${acc}.${String(k)}`), base);

/** Validates a record against its seed schema; the error names the first faulty field by its path under `base`. */
export function parseRecord(kind: RecordKind, value: unknown, base: string): RecordSeed {
  const result = SCHEMA_OF_KIND[kind].safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw badInput(pathOf(base, issue.path), issue.message);
  }
  return { kind, seed: result.data } as RecordSeed;
}

/** A record's offers filtered by a country's applying set, once per set and list (both live until the next change): the same array for every request. */
const filtered = new WeakMap<ReadonlySet<string>, WeakMap<readonly OfferRow[], OfferRow[]>>();
function applyingOffers(applying: ReadonlySet<string>, offers: readonly OfferRow[]): OfferRow[] {
  let byList = filtered.get(applying);
  if (!byList) filtered.set(applying, (byList = new WeakMap()));
  let kept = byList.get(offers);
  if (!kept) byList.set(offers, (kept = offers.filter((o) => applying.has(o.id))));
  return kept;
}

/** A lookup in the rows in memory (no batching to do: the rows are loaded once per change, not per request). */
type MemoryLoader<K, V> = (key: K) => Promise<V>;

export interface RecordKey {
  kind: RecordKind;
  slug: string;
}

export class DirectoryService {
  /** The rows in memory (directory.rows.ts), dropped after every change. */
  private readonly rows: DirectoryRows;

  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly changes: ChangeFeed,
  ) {
    this.rows = new DirectoryRows(() => this.db.read((m) => loadRecords(m, { includeArchived: true })));
    // Lists filtered by country read the countries' table too.
    for (const topic of ['directory', 'countries']) changes.subscribe(topic, () => this.rows.invalidate());
  }

  /** A write in one transaction; the rows in memory are dropped once it ends, so this process's next read sees it. */
  private async write<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(work);
    } finally {
      this.rows.invalidate();
    }
  }

  /** Records by id from memory; ids it lacks (written by another replica whose notice has not arrived) reload it once. */
  private async recordsById(ids: string[]): Promise<DirectoryRecordRow[]> {
    let index = await this.rows.get();
    if (ids.some((id) => !index.byId.has(id))) {
      this.rows.invalidate();
      index = await this.rows.get();
    }
    return ids.flatMap((id) => {
      const found = index.byId.get(id);
      return found ? [found.record] : [];
    });
  }

  /** Every non-archived record in the seed shapes, ordered by slug (the finder's read model input). */
  async snapshot(): Promise<DirectorySnapshot> {
    const stored = await this.db.read((m) => loadRecords(m, {}));
    const out: DirectorySnapshot = { organizations: [], statePolicies: [], mechanisms: [], programmes: [] };
    for (const s of stored) {
      const r = toSeed(s);
      if (r.kind === 'ORGANIZATION') out.organizations.push(r.seed);
      else if (r.kind === 'STATE_POLICY') out.statePolicies.push(r.seed);
      else if (r.kind === 'MECHANISM') out.mechanisms.push(r.seed);
      else out.programmes.push(r.seed);
    }
    return out;
  }

  /**
   * One page of matching records (one more when a next page exists), their sort keys, and the
   * total: one statement whatever the page size, and none when the same page was read since the
   * last change (its ids and keys are kept with the rows; the key, which holds a search's text,
   * stays in this process's memory and is never logged).
   */
  async list(filter: DirectoryFilter, page: Page): Promise<{ rows: DirectoryRecordRow[]; keys: CursorKey[]; total: number }> {
    const hits = await this.rows.remember(filterKey(filter, page), () =>
      this.db.read(async (m) => {
        const { sql, params } = pageQuery(filter, page);
        const found: { total: number; id: string | null; rank: number; kind: string; slug: string }[] = await m.query(sql, params);
        return found;
      }),
    );
    const found = hits.filter((h) => h.id !== null);
    const rows = await this.recordsById(found.map((h) => h.id!));
    const kept = new Set(rows.map((r) => r.id));
    return { rows, keys: found.filter((h) => kept.has(h.id!)).map((h) => [h.rank, h.kind, h.slug]), total: hits[0]?.total ?? 0 };
  }

  /** Whole records (seed shapes with their rows) for the export: three statements. */
  async exportRecords(filter: DirectoryFilter): Promise<{ stored: Awaited<ReturnType<typeof loadRecords>>; total: number }> {
    const { rows, total } = await this.list(filter, firstPage(100_000));
    const stored = rows.length ? await this.db.read((m) => loadRecords(m, { ids: rows.map((r) => r.id), includeArchived: true })) : [];
    const order = new Map(rows.map((r, i) => [r.id, i]));
    stored.sort((a, b) => order.get(a.record.id)! - order.get(b.record.id)!);
    return { stored, total };
  }

  /** The ids of every offer that applies in a country (SQL decides: coverage and jurisdiction rules), kept until the next change. */
  private offersApplyingIn(country: string): Promise<ReadonlySet<string>> {
    return this.rows.remember(`offers-in:${country}`, async () => {
      const applying: { id: string }[] = await this.db.read((m) =>
        m.query(`SELECT x.id FROM directory_offer x JOIN country c ON c.code = $1 WHERE ${offerAppliesIn('x', 'c')}`, [country]),
      );
      return new Set(applying.map((a) => a.id));
    });
  }

  /**
   * Lookups for the resolvers (a DataLoader's `load`, with nothing to batch): offers, channels
   * and records come from the rows in memory (no statement once loaded); offers for a country
   * cost one statement (ids only) per country per change.
   */
  createLoaders() {
    const fromMemory =
      <K, V>(pick: (index: DirectoryRowIndex, key: K) => V): MemoryLoader<K, V> =>
      async (key) =>
        pick(await this.rows.get(), key);
    const reader = <K, V>(load: MemoryLoader<K, V>) => ({ load });
    return {
      offers: reader(fromMemory<string, OfferRow[]>((index, id) => offersOf(index, id) as OfferRow[])),
      /** A record's offers that apply to a country (the list filter's rules): the country's offers are read once per change. */
      offersForCountry: reader<{ recordId: string; country: string }, OfferRow[]>(async ({ recordId, country }) => {
        const index = await this.rows.get();
        return applyingOffers(await this.offersApplyingIn(country), offersOf(index, recordId));
      }),
      channels: reader(fromMemory<string, ContactChannelRow[]>((index, id) => channelsOf(index, id) as ContactChannelRow[])),
      /** Any record, archived ones too (an offer's parent). */
      recordById: reader(fromMemory<string, DirectoryRecordRow | null>((index, id) => index.byId.get(id)?.record ?? null)),
      /** Non-archived records by slug (for `node(id)` and lookups by slug). */
      recordBySlug: reader(fromMemory<string, DirectoryRecordRow | null>((index, slug) => index.bySlug.get(slug) ?? null)),
      /** Offers of non-archived records by slug. */
      offerBySlug: reader(fromMemory<string, OfferRow | null>((index, slug) => index.offerBySlug.get(slug) ?? null)),
    };
  }

  /** Creates a record (validated against its seed schema), audited and announced in the same transaction. */
  async create(kind: RecordKind, value: unknown, viewer: Viewer): Promise<DirectoryRecordRow> {
    const input = parseRecord(kind, value, 'input.record');
    return this.write(async (m) => {
      await this.assertSlugsFree(m, input, null);
      const id = await insertRecord(m, toRows(input));
      return this.afterChange(m, id, 'create', null, viewer);
    });
  }

  /** Replaces a record's content; its slug (part of its global id) cannot change. */
  async update(key: RecordKey, value: unknown, viewer: Viewer): Promise<DirectoryRecordRow> {
    const input = parseRecord(key.kind, value, 'input.record');
    if (input.seed.slug !== key.slug) throw badInput('input.record.slug', 'must stay the slug of the record (it is part of its id)');
    return this.write(async (m) => {
      const current = await this.current(m, key);
      await this.assertSlugsFree(m, input, current.record.id);
      await replaceRecord(m, current.record.id, toRows(input));
      return this.afterChange(m, current.record.id, 'update', toSeed(current).seed, viewer);
    });
  }

  /** Archives a record: it leaves every list and the finder, and stays in the database and the audit log. */
  async archive(key: RecordKey, viewer: Viewer): Promise<DirectoryRecordRow> {
    return this.write(async (m) => {
      const current = await this.current(m, key);
      await m.query(`UPDATE directory_record SET archived_at = now(), updated_at = now() WHERE id = $1`, [current.record.id]);
      return this.afterChange(m, current.record.id, 'archive', toSeed(current).seed, viewer);
    });
  }

  /**
   * Records that a person checked the record against these sources, which replace the current
   * ones; `verifiedOn` becomes the date of the newest evidence among them, never the day of typing.
   */
  async markVerified(key: RecordKey, change: { sources: unknown }, viewer: Viewer): Promise<DirectoryRecordRow> {
    const parsed = provenance.sources.safeParse(change.sources);
    if (!parsed.success) throw badInput(pathOf('input.sources', parsed.error.issues[0].path), parsed.error.issues[0].message);
    const sources = parsed.data;
    const future = sources.findIndex((s) => s.readOn > today());
    if (future >= 0) throw badInput(`input.sources[${future}].readOn`, 'cannot be in the future');
    const verifiedOn = newestEvidence(sources);
    return this.write(async (m) => {
      const current = await this.current(m, key);
      await m.query(`UPDATE directory_record SET verified_on = $2, sources = $3::jsonb, updated_at = now() WHERE id = $1`, [
        current.record.id,
        verifiedOn,
        JSON.stringify(sources),
      ]);
      return this.afterChange(m, current.record.id, 'verify', toSeed(current).seed, viewer);
    });
  }

  private async current(m: EntityManager, key: RecordKey) {
    const [current] = await loadRecords(m, { slugs: [key.slug] });
    if (!current || current.record.kind !== key.kind) throw notFound(TYPE_OF_KIND[key.kind]);
    return current;
  }

  /** Slugs identify records and offers everywhere (ids, the finder): refuse one used by another record. */
  private async assertSlugsFree(m: EntityManager, input: RecordSeed, ownId: string | null): Promise<void> {
    const offersKey = OFFERS_KEY[input.kind];
    const offers: { slug: string }[] = offersKey ? (input.seed as unknown as Record<string, { slug: string }[]>)[offersKey] : [];
    const seen = new Set<string>();
    offers.forEach((o, i) => {
      if (seen.has(o.slug)) throw badInput(`input.record.${offersKey}[${i}].slug`, 'is used twice in this record');
      seen.add(o.slug);
    });
    const taken: { slug: string; what: string }[] = await m.query(
      `SELECT slug, 'record' AS what FROM directory_record WHERE slug = $1 AND id IS DISTINCT FROM $3::uuid
       UNION ALL SELECT slug, 'offer' FROM directory_offer WHERE slug = ANY($2) AND record_id IS DISTINCT FROM $3::uuid`,
      [input.seed.slug, offers.map((o) => o.slug), ownId],
    );
    for (const t of taken) {
      if (t.what === 'record') throw badInput('input.record.slug', 'is already used by another record');
      throw badInput(`input.record.${offersKey}[${offers.findIndex((o) => o.slug === t.slug)}].slug`, 'is already used by another record');
    }
  }

  private async afterChange(m: EntityManager, id: string, action: string, before: unknown, viewer: Viewer): Promise<DirectoryRecordRow> {
    const [after] = await loadRecords(m, { ids: [id], includeArchived: true });
    await this.audit.record(m, {
      viewer,
      action,
      entityType: TYPE_OF_KIND[after.record.kind],
      entityId: after.record.slug,
      before,
      after: { ...toSeed(after).seed, archived: after.record.archivedAt !== null },
    });
    // The finder rebuilds its read model when this commits (and not if it rolls back).
    await this.changes.publish(m, 'directory');
    return after.record;
  }
}

/**
 * Campaign content: pages, campaigns and defender spotlights. Reads for the public see only
 * PUBLISHED records; editors see drafts too. Every change runs in one transaction with its
 * audit event, after validation of the whole resulting record: nothing is half-written.
 */
import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import type { Viewer } from '../access/viewer';
import type { AuditService } from '../access/audit.service';
import { AppError, ErrorCode, badInput, notFound } from '../../shared/errors';
import { keysetPage, keyValue, msOf, type CursorKey, type Page, type SortKey } from '../../shared/relay';
import { today } from '../../shared/dates';
import { isUuid } from '../../shared/uuid';
import type { LocalizedText } from '../taxonomy/localized';
import { CampaignRow, PageRow, SpotlightConsentRow, SpotlightRow } from './content.entity';
import type { PageKind } from './seed-schema';
import {
  campaignRecord,
  consentRecord,
  pageRecord,
  spotlightRecord,
  validate,
  type CampaignRecord,
  type ConsentRecord,
  type PageRecord,
  type SpotlightRecord,
} from './validation';

/** The GraphQL input calls `countryCode` `country`. */
const SPOTLIGHT_INPUT_NAMES = { countryCode: 'country' };

/** Signing is open from startsOn to endsOn inclusive (an absent bound is open-ended), for a published campaign. */
export function isSigningOpen(c: Pick<CampaignRow, 'status' | 'startsOn' | 'endsOn'>, on: string = today()): boolean {
  return c.status === 'PUBLISHED' && (!c.startsOn || c.startsOn <= on) && (!c.endsOn || on <= c.endsOn);
}

/**
 * Who may see what (the public reads below and other modules' reads through this service): a
 * published campaign; a published spotlight with a consent in force.
 */
const PUBLIC_CAMPAIGN = `c.status = 'PUBLISHED'`;
const PUBLIC_SPOTLIGHT = `s.status = 'PUBLISHED' AND s.consent_id IS NOT NULL`;
const isPublicSpotlight = (s: Pick<SpotlightRow, 'status' | 'consentId'>) => s.status === 'PUBLISHED' && s.consentId !== null;

const isUniqueViolation = (e: unknown) =>
  (e as { code?: string; driverError?: { code?: string } }).code === '23505' || (e as { driverError?: { code?: string } }).driverError?.code === '23505';

/** Snapshots for the audit log. A spotlight's name and story are left out: the log outlives a withdrawn consent. */
const pageSnapshot = (r: PageRow) => ({ ...r, createdAt: undefined, updatedAt: undefined });
const campaignSnapshot = (r: CampaignRow) => ({ ...r, createdAt: undefined, updatedAt: undefined });
const spotlightSnapshot = (r: SpotlightRow) => ({
  countryCode: r.countryCode,
  isPseudonym: r.isPseudonym,
  profiles: r.profiles,
  status: r.status,
  publishedAt: r.publishedAt,
  consentId: r.consentId,
});

/** The lists' keyset orderings (the last key unique) and each row's sort key, for cursors. */
const PAGE_ORDER: SortKey[] = [
  { sql: 'p.sort_order', type: 'int' },
  { sql: 'p.slug', type: 'text' },
];
export const pageKey = (r: PageRow): CursorKey => [r.order, r.slug];
const CAMPAIGN_ORDER: SortKey[] = [
  { sql: msOf('c.created_at'), type: 'timestamptz', desc: true },
  { sql: 'c.slug', type: 'text' },
];
export const campaignKey = (r: CampaignRow): CursorKey => [keyValue(r.createdAt), r.slug];
const SPOTLIGHT_ORDER: SortKey[] = [
  { sql: `coalesce(${msOf('s.published_at')}, '-infinity')`, type: 'timestamptz', desc: true },
  { sql: msOf('s.created_at'), type: 'timestamptz', desc: true },
  { sql: 's.id::text', type: 'text' },
];
export const spotlightKey = (r: SpotlightRow): CursorKey => [keyValue(r.publishedAt), keyValue(r.createdAt), r.id];

export class ContentService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
  ) {}

  // ---- reads ----------------------------------------------------------------------------

  async listPages(filter: { kind?: PageKind; campaignId?: string; includeDrafts: boolean }, page: Page) {
    return this.db.read(async (m) => {
      const qb = m.getRepository(PageRow).createQueryBuilder('p');
      if (!filter.includeDrafts) qb.andWhere(`p.status = 'PUBLISHED'`);
      if (filter.kind) qb.andWhere('p.kind = :kind', { kind: filter.kind });
      if (filter.campaignId) qb.andWhere('p.campaign_id = :cid', { cid: filter.campaignId });
      return keysetPage<PageRow, typeof qb>(qb, PAGE_ORDER, page);
    });
  }

  async pageBySlug(slug: string, includeDrafts: boolean): Promise<PageRow | null> {
    const row = await this.db.read((m) => m.getRepository(PageRow).findOneBy({ slug }));
    return row && (includeDrafts || row.status === 'PUBLISHED') ? row : null;
  }

  async listCampaigns(filter: { includeDrafts: boolean }, page: Page) {
    return this.db.read(async (m) => {
      const qb = m.getRepository(CampaignRow).createQueryBuilder('c');
      if (!filter.includeDrafts) qb.andWhere(PUBLIC_CAMPAIGN);
      return keysetPage<CampaignRow, typeof qb>(qb, CAMPAIGN_ORDER, page);
    });
  }

  async campaignBySlug(slug: string, includeDrafts: boolean): Promise<CampaignRow | null> {
    const row = await this.db.read((m) => m.getRepository(CampaignRow).findOneBy({ slug }));
    return row && (includeDrafts || row.status === 'PUBLISHED') ? row : null;
  }

  /** For other modules (supporters): a campaign by id, whatever its status. */
  async campaignById(id: string): Promise<CampaignRow | null> {
    if (!isUuid(id)) return null;
    return this.db.read((m) => m.getRepository(CampaignRow).findOneBy({ id }));
  }

  /** For other modules (supporters): a published campaign by id or slug, or null. */
  async publishedCampaign(key: string): Promise<CampaignRow | null> {
    if (!isUuid(key)) return this.campaignBySlug(key, false);
    const row = await this.campaignById(key);
    return row?.status === 'PUBLISHED' ? row : null;
  }

  /** For other modules (supporters): a campaign by id or slug that can be signed today (`isSigningOpen`), or null. */
  async campaignOpenForSigning(key: string): Promise<CampaignRow | null> {
    const row = await this.publishedCampaign(key);
    return row && isSigningOpen(row) ? row : null;
  }

  /** For other modules (supporters): a spotlight the public may see, or null. */
  async publicSpotlight(id: string): Promise<SpotlightRow | null> {
    if (!isUuid(id)) return null;
    const row = await this.db.read((m) => m.getRepository(SpotlightRow).findOneBy({ id }));
    return row && isPublicSpotlight(row) ? row : null;
  }

  /**
   * For other modules' records attached to campaign content (solidarity messages): the ids of
   * every campaign and spotlight the public may see at this moment, so those records follow their
   * target's visibility with nothing to clean up when a campaign is unpublished or a consent withdrawn.
   */
  async publicTargetIds(): Promise<{ campaigns: string[]; spotlights: string[] }> {
    return this.db.read(async (m) => {
      const campaigns: { id: string }[] = await m.query(`SELECT c.id FROM campaign c WHERE ${PUBLIC_CAMPAIGN}`);
      const spotlights: { id: string }[] = await m.query(`SELECT s.id FROM defender_spotlight s WHERE ${PUBLIC_SPOTLIGHT}`);
      return { campaigns: campaigns.map((c) => c.id), spotlights: spotlights.map((s) => s.id) };
    });
  }

  async listSpotlights(filter: { countryCode?: string; includeDrafts: boolean }, page: Page) {
    return this.db.read(async (m) => {
      const qb = m.getRepository(SpotlightRow).createQueryBuilder('s');
      if (!filter.includeDrafts) qb.andWhere(PUBLIC_SPOTLIGHT);
      if (filter.countryCode) qb.andWhere('s.country_code = :cc', { cc: filter.countryCode });
      return keysetPage<SpotlightRow, typeof qb>(qb, SPOTLIGHT_ORDER, page);
    });
  }

  private byIds<T extends { id: string }>(entity: new () => T) {
    return async (ids: readonly string[]): Promise<(T | null)[]> => {
      const valid = ids.filter(isUuid);
      const rows = valid.length
        ? await this.db.read((m) => m.getRepository(entity).createQueryBuilder('x').where('x.id = ANY(:ids)', { ids: valid }).getMany())
        : [];
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    };
  }

  /** One set per request: each kind of record looked up in a request costs one statement. */
  createLoaders() {
    return {
      page: new DataLoader(this.byIds(PageRow)),
      campaign: new DataLoader(this.byIds(CampaignRow)),
      spotlight: new DataLoader(this.byIds(SpotlightRow)),
      spotlightConsent: new DataLoader(this.byIds(SpotlightConsentRow)),
    };
  }

  // ---- pages ----------------------------------------------------------------------------

  async createPage(viewer: Viewer, input: Omit<PageRecord, 'status' | 'publishedOn'>): Promise<PageRow> {
    const record = validate(pageRecord, { ...input, status: 'DRAFT', publishedOn: null });
    return this.db.transaction(async (m) => {
      const campaignId = await this.campaignIdFor(m, record.campaign);
      const row = await this.insertOrConflict(m, PageRow, 'slug', { ...pageColumns(record), campaignId });
      await this.audit.record(m, { viewer, action: 'create', entityType: 'Page', entityId: row.id, before: null, after: pageSnapshot(row) });
      return row;
    });
  }

  async updatePage(viewer: Viewer, id: string, patch: Partial<PageRecord>, action = 'update'): Promise<PageRow> {
    return this.db.transaction(async (m) => {
      const before = await this.lock(m, PageRow, id, 'Page');
      const current = await this.pageRecordOf(m, before);
      const record = validate(pageRecord, { ...current, ...definedOnly(patch) });
      const campaignId = await this.campaignIdFor(m, record.campaign);
      const after = await this.saveOrConflict(m, PageRow, before, { ...pageColumns(record), campaignId }, 'slug');
      await this.audit.record(m, { viewer, action, entityType: 'Page', entityId: id, before: pageSnapshot(before), after: pageSnapshot(after) });
      return after;
    });
  }

  async publishPage(viewer: Viewer, id: string, publishedOn: string | undefined): Promise<PageRow> {
    return this.updatePage(viewer, id, { status: 'PUBLISHED', publishedOn: publishedOn ?? (await this.currentPublishedOn(id)) ?? today() }, 'publish');
  }

  async unpublishPage(viewer: Viewer, id: string): Promise<PageRow> {
    return this.updatePage(viewer, id, { status: 'DRAFT' }, 'unpublish');
  }

  private async currentPublishedOn(id: string): Promise<string | null> {
    if (!isUuid(id)) return null;
    const row = await this.db.read((m) => m.getRepository(PageRow).findOneBy({ id }));
    return row?.publishedOn ?? null;
  }

  /** The row as the validator sees it (its texts are read back, not trusted: validate() checks them). */
  private async pageRecordOf(m: EntityManager, row: PageRow): Promise<Record<string, unknown>> {
    const campaign = row.campaignId ? await m.getRepository(CampaignRow).findOneBy({ id: row.campaignId }) : null;
    return {
      slug: row.slug,
      kind: row.kind,
      status: row.status,
      publishedOn: row.publishedOn,
      campaign: campaign?.slug ?? null,
      order: row.order,
      title: row.title,
      summary: row.summary,
      body: row.body,
      sources: row.sources,
      verifiedOn: row.verifiedOn,
    };
  }

  private async campaignIdFor(m: EntityManager, slug: string | null): Promise<string | null> {
    if (!slug) return null;
    const row = await m.getRepository(CampaignRow).findOneBy({ slug });
    if (!row) throw badInput('campaign', 'no campaign has this slug');
    return row.id;
  }

  // ---- campaigns ------------------------------------------------------------------------

  async createCampaign(viewer: Viewer, input: CampaignRecord): Promise<CampaignRow> {
    const record = validate(campaignRecord, withPublicationDate(input));
    return this.db.transaction(async (m) => {
      const row = await this.insertOrConflict(m, CampaignRow, 'slug', record);
      await this.audit.record(m, { viewer, action: 'create', entityType: 'Campaign', entityId: row.id, before: null, after: campaignSnapshot(row) });
      return row;
    });
  }

  async updateCampaign(viewer: Viewer, id: string, patch: Partial<CampaignRecord>): Promise<CampaignRow> {
    return this.db.transaction(async (m) => {
      const before = await this.lock(m, CampaignRow, id, 'Campaign');
      const { id: _id, createdAt: _c, updatedAt: _u, ...current } = before;
      const record = validate(campaignRecord, withPublicationDate({ ...current, ...definedOnly(patch) }));
      const after = await this.saveOrConflict(m, CampaignRow, before, record, 'slug');
      const action = before.status !== after.status ? (after.status === 'PUBLISHED' ? 'publish' : 'unpublish') : 'update';
      await this.audit.record(m, { viewer, action, entityType: 'Campaign', entityId: id, before: campaignSnapshot(before), after: campaignSnapshot(after) });
      return after;
    });
  }

  // ---- spotlights -----------------------------------------------------------------------

  async createSpotlight(viewer: Viewer, input: SpotlightRecord): Promise<SpotlightRow> {
    const record = validate(spotlightRecord, input, SPOTLIGHT_INPUT_NAMES);
    return this.db.transaction(async (m) => {
      await this.requireCountry(m, record.countryCode);
      const row = await this.insertOrConflict(m, SpotlightRow, null, { ...record, status: 'DRAFT', publishedAt: null, consentId: null });
      await this.audit.record(m, { viewer, action: 'create', entityType: 'DefenderSpotlight', entityId: row.id, before: null, after: spotlightSnapshot(row) });
      return row;
    });
  }

  /** Edits the story; `published: true` needs a consent in force, `false` unpublishes. */
  async updateSpotlight(viewer: Viewer, id: string, patch: Partial<SpotlightRecord> & { published?: boolean }): Promise<SpotlightRow> {
    return this.db.transaction(async (m) => {
      const before = await this.lock(m, SpotlightRow, id, 'DefenderSpotlight');
      const { published, ...fields } = patch;
      const record = validate(
        spotlightRecord,
        {
          displayName: before.displayName,
          isPseudonym: before.isPseudonym,
          countryCode: before.countryCode,
          focus: before.focus,
          story: before.story,
          profiles: before.profiles,
          ...definedOnly(fields),
        },
        SPOTLIGHT_INPUT_NAMES,
      );
      if (record.countryCode !== before.countryCode) await this.requireCountry(m, record.countryCode);
      let status = before.status;
      let publishedAt = before.publishedAt;
      if (published === true && before.status !== 'PUBLISHED') {
        if (!before.consentId) throw badInput('published', 'a spotlight can only be published with a recorded consent');
        status = 'PUBLISHED';
        publishedAt = new Date();
      } else if (published === false) {
        status = 'DRAFT';
      }
      const after = await this.saveOrConflict(
        m,
        SpotlightRow,
        before,
        { ...record, status, publishedAt: status === 'PUBLISHED' ? publishedAt : before.publishedAt },
        null,
      );
      const action = before.status !== after.status ? (after.status === 'PUBLISHED' ? 'publish' : 'unpublish') : 'update';
      await this.audit.record(m, {
        viewer,
        action,
        entityType: 'DefenderSpotlight',
        entityId: id,
        before: spotlightSnapshot(before),
        after: spotlightSnapshot(after),
      });
      return after;
    });
  }

  /** Records who consented, when and to what; `publish` publishes in the same transaction. */
  async recordConsent(viewer: Viewer, spotlightId: string, input: ConsentRecord, publish: boolean): Promise<SpotlightRow> {
    const consent = validate(consentRecord, input);
    return this.db.transaction(async (m) => {
      const before = await this.lock(m, SpotlightRow, spotlightId, 'DefenderSpotlight');
      const [inserted]: { id: string }[] = await m.query(
        `INSERT INTO spotlight_consent (spotlight_id, given_by, given_on, scope, recorded_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [spotlightId, consent.givenBy, consent.givenOn, consent.scope, viewer.name],
      );
      const publishNow = publish && before.status !== 'PUBLISHED';
      await m.query(
        `UPDATE defender_spotlight SET consent_id = $2, status = CASE WHEN $3 THEN 'PUBLISHED' ELSE status END,
           published_at = CASE WHEN $3 THEN now() ELSE published_at END, updated_at = now() WHERE id = $1`,
        [spotlightId, inserted.id, publishNow],
      );
      const after = (await m.getRepository(SpotlightRow).findOneBy({ id: spotlightId }))!;
      await this.audit.record(m, {
        viewer,
        action: 'record-consent',
        entityType: 'DefenderSpotlight',
        entityId: spotlightId,
        before: spotlightSnapshot(before),
        after: { ...spotlightSnapshot(after), consent: { givenBy: consent.givenBy, givenOn: consent.givenOn } },
      });
      return after;
    });
  }

  /** Withdrawal: the consent is marked withdrawn and the spotlight unpublished, in one transaction. */
  async withdrawConsent(viewer: Viewer, spotlightId: string): Promise<SpotlightRow> {
    return this.db.transaction(async (m) => {
      const before = await this.lock(m, SpotlightRow, spotlightId, 'DefenderSpotlight');
      if (!before.consentId) throw new AppError(ErrorCode.CONFLICT, 'This spotlight has no consent in force');
      await m.query(`UPDATE spotlight_consent SET withdrawn_at = now(), withdrawn_by = $2 WHERE id = $1`, [before.consentId, viewer.name]);
      await m.query(`UPDATE defender_spotlight SET consent_id = NULL, status = 'DRAFT', updated_at = now() WHERE id = $1`, [spotlightId]);
      const after = (await m.getRepository(SpotlightRow).findOneBy({ id: spotlightId }))!;
      await this.audit.record(m, {
        viewer,
        action: 'withdraw-consent',
        entityType: 'DefenderSpotlight',
        entityId: spotlightId,
        before: spotlightSnapshot(before),
        after: spotlightSnapshot(after),
      });
      return after;
    });
  }

  /** Consent records of a spotlight, newest first (editors only). */
  async consentsOf(spotlightId: string): Promise<SpotlightConsentRow[]> {
    return this.db.read((m) => m.getRepository(SpotlightConsentRow).find({ where: { spotlightId }, order: { recordedAt: 'DESC' } }));
  }

  private async requireCountry(m: EntityManager, code: string): Promise<void> {
    const rows: unknown[] = await m.query(`SELECT 1 FROM country WHERE code = $1`, [code]);
    if (rows.length === 0) throw badInput('country', 'is not a known country code');
  }

  // ---- helpers --------------------------------------------------------------------------

  /** Reads the row for update (FOR UPDATE on PostgreSQL) or throws NOT_FOUND. */
  private async lock<T extends { id: string }>(m: EntityManager, entity: new () => T, id: string, what: string): Promise<T> {
    const row = isUuid(id) ? await m.getRepository(entity).createQueryBuilder('x').setLock('pessimistic_write').where('x.id = :id', { id }).getOne() : null;
    if (!row) throw notFound(what);
    return row;
  }

  private async insertOrConflict<T extends { id: string }>(m: EntityManager, entity: new () => T, unique: string | null, values: object): Promise<T> {
    try {
      const repo = m.getRepository(entity);
      const saved = await repo.save(repo.create({ ...values, id: crypto.randomUUID() } as unknown as T));
      return (await repo.findOneBy({ id: saved.id } as never))!;
    } catch (e) {
      if (unique && isUniqueViolation(e)) throw badInput(unique, 'is already used by another record');
      throw e;
    }
  }

  private async saveOrConflict<T extends { id: string }>(m: EntityManager, entity: new () => T, before: T, values: object, unique: string | null): Promise<T> {
    try {
      const repo = m.getRepository(entity);
      await repo.save({ ...before, ...values } as T);
      return (await repo.findOneBy({ id: before.id } as never))!;
    } catch (e) {
      if (unique && isUniqueViolation(e)) throw badInput(unique, 'is already used by another record');
      throw e;
    }
  }
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A campaign published without a date is published today. */
function withPublicationDate<T extends { status: string; publishedOn: string | null }>(record: T): T {
  return record.status === 'PUBLISHED' && !record.publishedOn ? { ...record, publishedOn: today() } : record;
}

function pageColumns(r: PageRecord) {
  return {
    slug: r.slug,
    kind: r.kind,
    status: r.status,
    publishedOn: r.publishedOn,
    order: r.order,
    title: r.title as LocalizedText,
    summary: r.summary as LocalizedText | null,
    body: r.body as LocalizedText,
    sources: r.sources,
    verifiedOn: r.verifiedOn,
  };
}

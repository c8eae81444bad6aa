/**
 * The audit log: who (which token) changed what, with the values before and after.
 *
 * Other modules call `record` with the EntityManager of the transaction that makes the change,
 * so the change and its record commit together or not at all.
 *
 * The log must never hold personal data. Callers pass only non-personal fields: directory and
 * content modules may pass the edited record's fields; supporter modules pass ids and status
 * changes only (never an e-mail, a name or a message). `redact` lists keys to strip wherever
 * they appear in `before`/`after`, as a second line of defence for snapshots built from rows.
 */
import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import type { Viewer } from './viewer';
import { keysetPage, keyValue, msOf, type CursorKey, type Page, type SortKey } from '../../shared/relay';
import { AuditEventRow } from './audit-event.entity';

export interface AuditEventInput {
  viewer: Viewer;
  /** A verb, e.g. `create`, `update`, `delete`, `publish`, `moderate`. */
  action: string;
  /** The GraphQL type name, e.g. `Organization`. */
  entityType: string;
  entityId: string;
  /** JSON-serialisable snapshots; null before a creation and after a deletion. */
  before: unknown;
  after: unknown;
  /** Keys removed from `before` and `after` at any depth. */
  redact?: string[];
}

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
}

function withoutKeys(value: unknown, keys: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => withoutKeys(v, keys));
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => !keys.has(k))
      .map(([k, v]) => [k, withoutKeys(v, keys)]),
  );
}

/** Newest first, then by id (unique): the keyset ordering of the list, and a row's sort key for cursors. */
const AUDIT_ORDER: SortKey[] = [
  { sql: msOf('e.occurred_at'), type: 'timestamptz', desc: true },
  { sql: 'e.id::text', type: 'text' },
];
export const auditKey = (r: AuditEventRow): CursorKey => [keyValue(r.occurredAt), r.id];

export class AuditService {
  constructor(private readonly db: Database) {}

  /** Writes one audit event inside the caller's transaction (`manager`). */
  async record(manager: EntityManager, event: AuditEventInput): Promise<void> {
    const redact = new Set(event.redact ?? []);
    const snapshot = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(withoutKeys(v, redact)));
    await manager.query(
      `INSERT INTO audit_event (actor_token_id, actor_name, action, entity_type, entity_id, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [event.viewer.tokenId, event.viewer.name, event.action, event.entityType, event.entityId, snapshot(event.before), snapshot(event.after)],
    );
  }

  /** Events, newest first, optionally for one entity type or one entity. */
  async list(filter: AuditFilter, page: Page): Promise<{ rows: AuditEventRow[]; total: number }> {
    return this.db.read(async (m) => {
      const qb = m.getRepository(AuditEventRow).createQueryBuilder('e');
      if (filter.entityType !== undefined) qb.andWhere('e.entity_type = :type', { type: filter.entityType });
      if (filter.entityId !== undefined) qb.andWhere('e.entity_id = :id', { id: filter.entityId });
      return keysetPage<AuditEventRow, typeof qb>(qb, AUDIT_ORDER, page);
    });
  }
}

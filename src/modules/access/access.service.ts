/**
 * API tokens: issuing, revoking, and turning an Authorization header into a viewer.
 *
 * A token is `pa_` + 32 random bytes in base64url: the prefix makes a leaked token easy to
 * recognise (secret scanners, logs). Only its SHA-256 is stored. A fast hash is right here:
 * the token has 256 bits of entropy, so there is nothing to brute-force, and a slow hash would
 * cost every request. Lookups are by hash through a unique index; an attacker cannot steer the
 * hash of a guess, so that comparison leaks nothing useful by its timing.
 */
import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import type { Viewer } from './viewer';
import { badInput } from '../../shared/errors';
import { hashToken } from '../../shared/tokens';
import { isUuid } from '../../shared/uuid';
import { firstPage, keysetPage, keyValue, msOf, type CursorKey, type Page, type SortKey } from '../../shared/relay';
import { ApiTokenRow } from './api-token.entity';
import type { AuditService } from './audit.service';
import { isRole, type Role } from './roles';

export const TOKEN_PREFIX = 'pa_';
const TOKEN_PATTERN = /^pa_[A-Za-z0-9_-]{43}$/;
const BEARER = /^Bearer +(\S+)$/i;

/** How long a lookup (found or not) is reused: a revocation reaches other replicas within this time. */
const CACHE_TTL_MS = 30_000;
/** Bounds memory when a client sends many different unknown tokens. */
const CACHE_MAX_ENTRIES = 10_000;
/** `last_used_at` is written at most this often per token, not on every request. */
const LAST_USED_RESOLUTION = '1 minute';

export interface IssueTokenInput {
  name: string;
  roles: Role[];
}

export type ApiTokenSummary = Omit<ApiTokenRow, 'tokenHash'>;

/** Every column but the hash. */
const SUMMARY = { id: true, name: true, roles: true, createdAt: true, lastUsedAt: true, revokedAt: true } as const;

/** Newest first, then by id (unique): the keyset ordering of the list, and a row's sort key for cursors. */
const TOKEN_ORDER: SortKey[] = [
  { sql: msOf('t.created_at'), type: 'timestamptz', desc: true },
  { sql: 't.id::text', type: 'text' },
];
export const tokenKey = (r: ApiTokenSummary): CursorKey => [keyValue(r.createdAt), r.id];

export class AccessService {
  private readonly cache = new Map<string, { viewer: Viewer | null; expiresAt: number }>();

  /** `audit` records revocations made through the API; the command line has no viewer to record. */
  constructor(
    private readonly db: Database,
    private readonly audit?: AuditService,
  ) {}

  /** Creates a token and returns its plaintext, which is never stored nor shown again. Joins `manager`'s transaction when given. */
  async issueToken(input: IssueTokenInput, manager?: EntityManager): Promise<{ token: string; id: string }> {
    const name = input.name.trim();
    if (name.length < 1 || name.length > 100) throw badInput('name', 'must be 1 to 100 characters');
    if (input.roles.length === 0) throw badInput('roles', 'must name at least one role');
    if (!input.roles.every(isRole)) throw badInput('roles', 'must be EDITOR, MODERATOR or ADMIN');
    const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
    const insert = (m: EntityManager) =>
      m.query(`INSERT INTO api_token (name, roles, token_hash) VALUES ($1, $2, $3) RETURNING id`, [
        name,
        [...new Set(input.roles)].sort(),
        hashToken(token),
      ]) as Promise<{ id: string }[]>;
    const [{ id }] = manager ? await insert(manager) : await this.db.transaction(insert);
    return { token, id };
  }

  /**
   * Revokes a token at once in this process (other replicas within the cache TTL), audited as
   * `viewer` when given; null when no active token has that id.
   */
  async revokeToken(id: string, viewer?: Viewer): Promise<ApiTokenSummary | null> {
    if (!isUuid(id)) throw badInput('id', 'must be a UUID');
    const revoked = await this.db.transaction(async (m) => {
      // Wrapped in a SELECT so both drivers return plain rows (an UPDATE's raw result differs).
      const rows: { id: string }[] = await m.query(
        `WITH revoked AS (UPDATE api_token SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id) SELECT id FROM revoked`,
        [id],
      );
      if (rows.length === 0) return null;
      const row = await m.getRepository(ApiTokenRow).findOneOrFail({ where: { id }, select: SUMMARY });
      if (viewer) {
        if (!this.audit) throw new Error('AccessService needs an AuditService to revoke as a viewer');
        await this.audit.record(m, {
          viewer,
          action: 'revoke',
          entityType: 'ApiToken',
          entityId: id,
          before: { revokedAt: null },
          after: { revokedAt: row.revokedAt },
        });
      }
      return row;
    });
    for (const [hash, entry] of this.cache) if (entry.viewer?.tokenId === id) this.cache.delete(hash);
    return revoked;
  }

  /** Tokens, newest first, without hashes; every token when no page is given. */
  async listTokens(page?: Page): Promise<{ rows: ApiTokenSummary[]; total: number }> {
    return this.db.read(async (m) => {
      const qb = m
        .getRepository(ApiTokenRow)
        .createQueryBuilder('t')
        .select(Object.keys(SUMMARY).map((k) => `t.${k}`));
      return keysetPage<ApiTokenSummary, typeof qb>(qb, TOKEN_ORDER, page ?? firstPage(1_000_000));
    });
  }

  /** The viewer for an `Authorization: Bearer pa_…` header; null (anonymous) when absent, malformed, unknown or revoked. */
  async authenticate(authorization: string | undefined): Promise<Viewer | null> {
    const token = authorization ? BEARER.exec(authorization.trim())?.[1] : undefined;
    if (!token || !TOKEN_PATTERN.test(token)) return null;
    const hash = hashToken(token);
    const cached = this.cache.get(hash);
    if (cached && cached.expiresAt > Date.now()) return cached.viewer;
    const viewer = await this.lookUp(hash);
    if (this.cache.size >= CACHE_MAX_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(hash, { viewer, expiresAt: Date.now() + CACHE_TTL_MS });
    return viewer;
  }

  private lookUp(hash: string): Promise<Viewer | null> {
    return this.db.transaction(async (m) => {
      const rows: { id: string; name: string; roles: Role[] }[] = await m.query(
        `SELECT id, name, roles FROM api_token WHERE token_hash = $1 AND revoked_at IS NULL`,
        [hash],
      );
      if (rows.length === 0) return null;
      const { id, name, roles } = rows[0];
      await m.query(
        `UPDATE api_token SET last_used_at = now()
         WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '${LAST_USED_RESOLUTION}')`,
        [id],
      );
      return { tokenId: id, name, roles };
    });
  }
}

/**
 * Every SQL statement on the supporters' tables — supporter_signature, solidarity_message,
 * newsletter_subscription, data_rights_request — for the services and the retention job.
 *
 * Each function runs on the EntityManager it is given, so the caller decides what one
 * transaction holds. Values arrive already encrypted (`*Enc`) and hashed (`emailHash`,
 * `tokenHash`): nothing here sees personal data in clear, and nothing here logs.
 */
import type { EntityManager } from 'typeorm';
import { keysetCondition, msOf, orderByOf, type Page, type SortKey } from '../../shared/relay';

/** Kinds of data-rights request (the `kind` column). */
export const RIGHTS_REQUEST_KINDS = ['EXPORT', 'RECTIFY', 'ERASE', 'RESTRICT'] as const;
export type RightsRequestKind = (typeof RIGHTS_REQUEST_KINDS)[number];

export type MessageStatus = 'PENDING' | 'APPROVED' | 'REJECTED';
export type MessageTargetKind = 'CAMPAIGN' | 'SPOTLIGHT';

/** Rows of a data-modifying statement, the same on both drivers (wrapped in a CTE). */
async function changedRows<T>(m: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  return (await m.query(`WITH changed AS (${sql}) SELECT * FROM changed`, params)) as T[];
}

/** How many rows a data-modifying statement (without RETURNING) changed, the same on both drivers. */
async function changedCount(m: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const [{ n }]: { n: number }[] = await m.query(`WITH changed AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM changed`, params);
  return n;
}

// ------------------------------------------------------------------ signatures

/** What anonymising a (confirmed) signature sets: no name, address, hash or consent; the day only. */
const ANONYMISE = `email_hash = NULL, email_enc = NULL, name_enc = NULL, hand_over_name = false, campaign_updates = false,
  guardian_permission = false, signed_at = date_trunc('day', signed_at), anonymised_at = now()`;

export interface PendingSignature {
  campaignId: string;
  emailHash: string;
  emailEnc: string;
  nameEnc: string;
  country: string | null;
  handOverName: boolean;
  campaignUpdates: boolean;
  guardianPermission: boolean;
  tokenHash: string;
  linkDays: number;
}

/**
 * Stores a pending signature, or gives a still pending one these values and this token (the
 * unique (campaign_id, email_hash) settles concurrent signatures). Null when the address's
 * signature of the campaign is already confirmed: it is left as it is. `inserted` is true for a
 * new row only.
 */
export async function upsertPendingSignature(m: EntityManager, s: PendingSignature): Promise<{ id: string; inserted: boolean } | null> {
  const [row] = await changedRows<{ id: string; inserted: boolean }>(
    m,
    `INSERT INTO supporter_signature (campaign_id, email_hash, email_enc, name_enc, country, hand_over_name, campaign_updates, guardian_permission,
       confirm_token_hash, confirm_expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now() + make_interval(days => $10))
     ON CONFLICT (campaign_id, email_hash) DO UPDATE SET email_enc = EXCLUDED.email_enc, name_enc = EXCLUDED.name_enc,
       country = EXCLUDED.country, hand_over_name = EXCLUDED.hand_over_name, campaign_updates = EXCLUDED.campaign_updates,
       guardian_permission = EXCLUDED.guardian_permission, signed_at = now(),
       confirm_token_hash = EXCLUDED.confirm_token_hash, confirm_expires_at = EXCLUDED.confirm_expires_at
       WHERE supporter_signature.confirmed_at IS NULL
     RETURNING id, (xmax = 0) AS inserted`,
    [s.campaignId, s.emailHash, s.emailEnc, s.nameEnc, s.country, s.handOverName, s.campaignUpdates, s.guardianPermission, s.tokenHash, s.linkDays],
  );
  return row ?? null;
}

/**
 * Double opt-in: confirms the pending row (a signature or a subscription) whose unexpired token
 * has this hash, and forgets the token; false when there is none. One statement for both tables,
 * which share the confirmation columns.
 */
async function confirmPending(m: EntityManager, table: 'supporter_signature' | 'newsletter_subscription', tokenHash: string): Promise<boolean> {
  const confirmed = await changedRows(
    m,
    `UPDATE ${table} SET confirmed_at = now(), confirm_token_hash = NULL, confirm_expires_at = NULL
     WHERE confirm_token_hash = $1 AND confirm_expires_at > now() AND confirmed_at IS NULL RETURNING id`,
    [tokenHash],
  );
  return confirmed.length > 0;
}

/** Confirms the pending signature whose unexpired token has this hash; false when there is none. */
export const confirmSignature = (m: EntityManager, tokenHash: string) => confirmPending(m, 'supporter_signature', tokenHash);

/** Confirmed signatures and distinct countries per campaign, in one statement; campaigns without any are absent. */
export async function confirmedSignatureCounts(
  m: EntityManager,
  campaignIds: readonly string[],
): Promise<{ campaign_id: string; n: number; countries: number }[]> {
  return m.query(
    `SELECT campaign_id, count(*)::int AS n, count(DISTINCT country)::int AS countries
     FROM supporter_signature WHERE campaign_id = ANY($1::uuid[]) AND confirmed_at IS NOT NULL GROUP BY campaign_id`,
    [[...campaignIds]],
  );
}

export interface SignatureRow {
  id: string;
  name_enc: string;
  email_enc: string;
  country: string | null;
  hand_over_name: boolean;
  campaign_updates: boolean;
  guardian_permission: boolean;
  signed_at: Date | string;
}

/** Oldest first, then by id (unique): the keyset ordering of signatures, and a row's sort key for cursors. */
const SIGNATURE_ORDER: SortKey[] = [
  { sql: msOf('signed_at'), type: 'timestamptz' },
  { sql: 'id::text', type: 'text' },
];

/** A page of a campaign's confirmed, not anonymised signatures, oldest first (one more when a next page exists), and their number. */
export async function confirmedSignatures(m: EntityManager, campaignId: string, page: Page): Promise<{ rows: SignatureRow[]; total: number }> {
  const where = `campaign_id = $1 AND anonymised_at IS NULL AND confirmed_at IS NOT NULL`;
  const [{ total }]: { total: number }[] = await m.query(`SELECT count(*)::int AS total FROM supporter_signature WHERE ${where}`, [campaignId]);
  const params: unknown[] = [campaignId];
  const after = keysetCondition(SIGNATURE_ORDER, page, (v) => `$${params.push(v)}`) ?? 'true';
  const rows: SignatureRow[] = await m.query(
    `SELECT id, name_enc, email_enc, country, hand_over_name, campaign_updates, guardian_permission, signed_at
     FROM supporter_signature WHERE ${where} AND ${after} ORDER BY ${orderByOf(SIGNATURE_ORDER)} LIMIT $${params.push(page.limit + 1)}`,
    params,
  );
  return { rows, total };
}

// ------------------------------------------------------------------ solidarity messages

export interface NewMessage {
  targetKind: MessageTargetKind;
  campaignId: string | null;
  spotlightId: string | null;
  emailHash: string;
  emailEnc: string;
  nameEnc: string;
  bodyEnc: string;
  showFirstName: boolean;
  guardianPermission: boolean;
}

/** Stores a message for moderation (PENDING), consented to forwarding. */
export async function insertMessage(m: EntityManager, msg: NewMessage): Promise<void> {
  await m.query(
    `INSERT INTO solidarity_message (target_kind, campaign_id, spotlight_id, email_hash, email_enc, name_enc, body_enc, show_first_name, forward_consent, guardian_permission)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, true, $9)`,
    [msg.targetKind, msg.campaignId, msg.spotlightId, msg.emailHash, msg.emailEnc, msg.nameEnc, msg.bodyEnc, msg.showFirstName, msg.guardianPermission],
  );
}

export interface MessageRow {
  id: string;
  target_kind: MessageTargetKind;
  campaign_id: string | null;
  spotlight_id: string | null;
  name_enc: string;
  email_enc: string;
  body_enc: string;
  show_first_name: boolean;
  forward_consent: boolean;
  guardian_permission: boolean;
  status: MessageStatus;
  created_at: Date | string;
  moderated_at: Date | string | null;
}

export interface MessageFilter {
  status: MessageStatus;
  /** Only messages whose sender still consents to forwarding. */
  forwardableOnly: boolean;
  campaignId?: string;
  spotlightId?: string;
  id?: string;
  /** Only messages to these campaigns or spotlights (the ones the public may see). */
  targets?: { campaigns: string[]; spotlights: string[] };
}

/** Newest first, then by id (unique): the keyset ordering of messages, and a row's sort key for cursors. */
const MESSAGE_ORDER: SortKey[] = [
  { sql: msOf('created_at'), type: 'timestamptz', desc: true },
  { sql: 'id::text', type: 'text' },
];

/** A page of messages, newest first (one more when a next page exists), and their number. */
export async function messages(m: EntityManager, filter: MessageFilter, page: Page): Promise<{ rows: MessageRow[]; total: number }> {
  const where = ['status = $1'];
  const params: unknown[] = [filter.status];
  if (filter.forwardableOnly) where.push('forward_consent');
  if (filter.targets) {
    where.push(
      `(campaign_id = ANY($${params.push(filter.targets.campaigns)}::uuid[]) OR spotlight_id = ANY($${params.push(filter.targets.spotlights)}::uuid[]))`,
    );
  }
  if (filter.campaignId) where.push(`campaign_id = $${params.push(filter.campaignId)}`);
  if (filter.spotlightId) where.push(`spotlight_id = $${params.push(filter.spotlightId)}`);
  if (filter.id !== undefined) where.push(`id = $${params.push(filter.id)}`);
  const [{ total }]: { total: number }[] = await m.query(`SELECT count(*)::int AS total FROM solidarity_message WHERE ${where.join(' AND ')}`, params);
  const after = keysetCondition(MESSAGE_ORDER, page, (v) => `$${params.push(v)}`) ?? 'true';
  const rows: MessageRow[] = await m.query(
    `SELECT * FROM solidarity_message WHERE ${where.join(' AND ')} AND ${after} ORDER BY ${orderByOf(MESSAGE_ORDER)}
     LIMIT $${params.push(page.limit + 1)}`,
    params,
  );
  return { rows, total };
}

/** A message's status, its row locked for the rest of the transaction; null when there is no such message. */
export async function lockMessageStatus(m: EntityManager, id: string): Promise<MessageStatus | null> {
  const found: { status: MessageStatus }[] = await m.query(`SELECT status FROM solidarity_message WHERE id = $1 FOR UPDATE`, [id]);
  return found[0]?.status ?? null;
}

export async function setMessageStatus(m: EntityManager, id: string, status: MessageStatus): Promise<MessageRow> {
  const [row] = await changedRows<MessageRow>(m, `UPDATE solidarity_message SET status = $2, moderated_at = now() WHERE id = $1 RETURNING *`, [id, status]);
  return row;
}

// ------------------------------------------------------------------ newsletter

/** An address's subscription, its row locked for the rest of the transaction; null when there is none. */
export async function lockSubscription(m: EntityManager, emailHash: string): Promise<{ id: string; confirmed_at: Date | null } | null> {
  const found: { id: string; confirmed_at: Date | null }[] = await m.query(
    `SELECT id, confirmed_at FROM newsletter_subscription WHERE email_hash = $1 FOR UPDATE`,
    [emailHash],
  );
  return found[0] ?? null;
}

/** Stores an unconfirmed subscription, or gives an existing one this address spelling, locale and token. */
export async function upsertPendingSubscription(
  m: EntityManager,
  s: { emailHash: string; emailEnc: string; locale: string; tokenHash: string; linkDays: number },
): Promise<void> {
  await m.query(
    `INSERT INTO newsletter_subscription (email_hash, email_enc, locale, confirm_token_hash, confirm_expires_at)
     VALUES ($1, $2, $3, $4, now() + make_interval(days => $5))
     ON CONFLICT (email_hash) DO UPDATE SET email_enc = EXCLUDED.email_enc, locale = EXCLUDED.locale,
       confirm_token_hash = EXCLUDED.confirm_token_hash, confirm_expires_at = EXCLUDED.confirm_expires_at`,
    [s.emailHash, s.emailEnc, s.locale, s.tokenHash, s.linkDays],
  );
}

/** Confirms the subscription whose unexpired token has this hash; false when there is none. */
export const confirmSubscription = (m: EntityManager, tokenHash: string) => confirmPending(m, 'newsletter_subscription', tokenHash);

export async function deleteSubscription(m: EntityManager, id: string): Promise<void> {
  await m.query(`DELETE FROM newsletter_subscription WHERE id = $1`, [id]);
}

/** Every confirmed subscription, oldest first. */
export async function confirmedSubscriptions(m: EntityManager): Promise<{ id: string; email_enc: string }[]> {
  return m.query(`SELECT id, email_enc FROM newsletter_subscription WHERE confirmed_at IS NOT NULL ORDER BY created_at, id`);
}

// ------------------------------------------------------------------ data-rights requests

export async function insertRightsRequest(
  m: EntityManager,
  r: { kind: RightsRequestKind; emailHash: string; tokenHash: string; payloadEnc: string | null; linkHours: number },
): Promise<void> {
  await m.query(
    `INSERT INTO data_rights_request (kind, email_hash, token_hash, payload_enc, expires_at)
     VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5))`,
    [r.kind, r.emailHash, r.tokenHash, r.payloadEnc, r.linkHours],
  );
}

/** Marks the open, unexpired request of one of `kinds` whose token has this hash as done, and returns it; null when there is none. */
export async function completeRightsRequest(
  m: EntityManager,
  tokenHash: string,
  kinds: RightsRequestKind[],
): Promise<{ id: string; kind: RightsRequestKind; email_hash: string; payload_enc: string | null } | null> {
  const [req] = await changedRows<{ id: string; kind: RightsRequestKind; email_hash: string; payload_enc: string | null }>(
    m,
    `UPDATE data_rights_request SET completed_at = now()
     WHERE token_hash = $1 AND kind = ANY($2::text[]) AND completed_at IS NULL AND expires_at > now()
     RETURNING id, kind, email_hash, payload_enc`,
    [tokenHash, kinds],
  );
  return req ?? null;
}

/** What was asked for is done: the request keeps no personal payload. */
export async function clearRequestPayload(m: EntityManager, id: string): Promise<void> {
  await m.query(`UPDATE data_rights_request SET payload_enc = NULL WHERE id = $1`, [id]);
}

export interface HeldAbout {
  signatures: (Omit<SignatureRow, 'id'> & { slug: string; confirmed_at: Date | string | null })[];
  messages: MessageRow[];
  newsletter: { email_enc: string; locale: string; created_at: Date | string; confirmed_at: Date | string | null }[];
  requests: { kind: RightsRequestKind; created_at: Date | string; expires_at: Date | string; completed_at: Date | string | null }[];
}

/** Every row held about an address (an export). */
export async function heldAbout(m: EntityManager, emailHash: string): Promise<HeldAbout> {
  return {
    signatures: await m.query(
      `SELECT c.slug, s.name_enc, s.email_enc, s.country, s.hand_over_name, s.campaign_updates, s.guardian_permission, s.signed_at, s.confirmed_at
       FROM supporter_signature s JOIN campaign c ON c.id = s.campaign_id WHERE s.email_hash = $1 ORDER BY s.signed_at`,
      [emailHash],
    ),
    messages: await m.query(`SELECT * FROM solidarity_message WHERE email_hash = $1 ORDER BY created_at`, [emailHash]),
    newsletter: await m.query(`SELECT email_enc, locale, created_at, confirmed_at FROM newsletter_subscription WHERE email_hash = $1`, [emailHash]),
    requests: await m.query(`SELECT kind, created_at, expires_at, completed_at FROM data_rights_request WHERE email_hash = $1 ORDER BY created_at`, [
      emailHash,
    ]),
  };
}

/** Rectification: the new (encrypted) name on every signature and message of the address. */
export async function renameAddress(m: EntityManager, emailHash: string, nameEnc: string): Promise<void> {
  await m.query(`UPDATE supporter_signature SET name_enc = $2 WHERE email_hash = $1`, [emailHash, nameEnc]);
  await m.query(`UPDATE solidarity_message SET name_enc = $2 WHERE email_hash = $1`, [emailHash, nameEnc]);
}

/** Restriction and objection: stops the chosen processing of the address's data. */
export async function restrictAddress(
  m: EntityManager,
  emailHash: string,
  stop: { newsletter: boolean; forwarding: boolean; nameHandOver: boolean; campaignUpdates: boolean },
): Promise<void> {
  if (stop.newsletter) await m.query(`DELETE FROM newsletter_subscription WHERE email_hash = $1`, [emailHash]);
  if (stop.forwarding) await m.query(`UPDATE solidarity_message SET forward_consent = false WHERE email_hash = $1`, [emailHash]);
  if (stop.nameHandOver) await m.query(`UPDATE supporter_signature SET hand_over_name = false WHERE email_hash = $1`, [emailHash]);
  if (stop.campaignUpdates) await m.query(`UPDATE supporter_signature SET campaign_updates = false WHERE email_hash = $1`, [emailHash]);
}

/**
 * Erases everything held about an address: confirmed signatures keep only campaign, country and
 * day as an anonymous count, unconfirmed ones (never counted) are deleted; messages and the
 * newsletter subscription are deleted; requests keep no payload (their hash and dates stay, to
 * show the request was answered, until retention).
 */
export async function eraseAddress(m: EntityManager, emailHash: string): Promise<void> {
  await m.query(`DELETE FROM supporter_signature WHERE email_hash = $1 AND confirmed_at IS NULL`, [emailHash]);
  await m.query(`UPDATE supporter_signature SET ${ANONYMISE} WHERE email_hash = $1`, [emailHash]);
  await m.query(`DELETE FROM solidarity_message WHERE email_hash = $1`, [emailHash]);
  await m.query(`DELETE FROM newsletter_subscription WHERE email_hash = $1`, [emailHash]);
  await m.query(`UPDATE data_rights_request SET payload_enc = NULL WHERE email_hash = $1`, [emailHash]);
}

// ------------------------------------------------------------------ retention

/** `days` before `now`, in SQL, for the retention statements below ($1 and $2). */
const CUTOFF = `$1::timestamptz - make_interval(days => $2)`;

/** Anonymises confirmed signatures given more than `days` before `now`; returns how many. */
export function anonymiseSignaturesOlderThan(m: EntityManager, now: Date, days: number): Promise<number> {
  return changedCount(m, `UPDATE supporter_signature SET ${ANONYMISE} WHERE anonymised_at IS NULL AND confirmed_at IS NOT NULL AND signed_at < ${CUTOFF}`, [
    now.toISOString(),
    days,
  ]);
}

/** Deletes signatures never confirmed whose link had expired at `now` (they were never counted); returns how many. */
export function deleteExpiredUnconfirmedSignatures(m: EntityManager, now: Date): Promise<number> {
  return changedCount(m, `DELETE FROM supporter_signature WHERE confirmed_at IS NULL AND confirm_expires_at < $1::timestamptz`, [now.toISOString()]);
}

/** Deletes messages sent more than `days` before `now`; returns how many. */
export function deleteMessagesOlderThan(m: EntityManager, now: Date, days: number): Promise<number> {
  return changedCount(m, `DELETE FROM solidarity_message WHERE created_at < ${CUTOFF}`, [now.toISOString(), days]);
}

/** Deletes newsletter sign-ups never confirmed and made more than `days` before `now`; returns how many. */
export function deleteUnconfirmedSubscriptionsOlderThan(m: EntityManager, now: Date, days: number): Promise<number> {
  return changedCount(m, `DELETE FROM newsletter_subscription WHERE confirmed_at IS NULL AND created_at < ${CUTOFF}`, [now.toISOString(), days]);
}

/** Deletes data-rights requests closed (answered, or expired unanswered) more than `days` before `now`; returns how many. */
export function deleteRequestsClosedBefore(m: EntityManager, now: Date, days: number): Promise<number> {
  return changedCount(m, `DELETE FROM data_rights_request WHERE coalesce(completed_at, expires_at) < ${CUTOFF}`, [now.toISOString(), days]);
}

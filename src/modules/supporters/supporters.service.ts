/**
 * Supporters: signatures, solidarity messages, the newsletter and data-subject rights.
 *
 * Rules kept everywhere here:
 * - names, addresses and messages are written only encrypted, addresses also as a keyed hash;
 * - nothing personal goes to the logger, an error message or the audit log (ids and statuses only);
 * - an answer never tells whether an address is known: the same work is done and the same
 *   response given either way (a mail is always sent to the address, only its owner reads it);
 * - tokens sent by e-mail are single-use, expire, and are stored only as hashes.
 */
import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import type { Viewer } from '../access/viewer';
import type { Logger } from '../../logger';
import { AppError, ErrorCode, badInput } from '../../shared/errors';
import { MailDeliveryError, type Mailer, type OutgoingMail } from '../../shared/mail/mailer';
import type { RateLimits } from '../../shared/rate-limit';
import type { Page } from '../../shared/relay';
import type { AuditService } from '../access/audit.service';
import { ContentService } from '../content/content.service';
import { CountryService } from '../geography/country.service';
import type { PersonalDataCipher } from './crypto';
import { hashToken } from '../../shared/tokens';
import { isUuid } from '../../shared/uuid';
import { UnsubscribeTokens, isTokenShaped, newToken, type SupporterLinks } from './links';
import { CONFIRMATION_LINK_DAYS, RIGHTS_REQUEST_LINK_HOURS } from './privacy-notice/policy';
import {
  alreadySignedMail,
  signatureConfirmationMail,
  newsletterAlreadySubscribedMail,
  newsletterConfirmationMail,
  newsletterIssueMail,
  rightsRequestMail,
  type RightsRequestKind,
} from './mails';
import { NEWSLETTER_MAILS_PER_ADDRESS } from './rate-limits';
import { checkAge, checkCountry, checkEmail, checkMessage, checkName, firstNameOf } from './validation';

export interface SupportersRuntime {
  cipher: PersonalDataCipher;
  unsubscribeTokens: UnsubscribeTokens;
  mailer: Mailer;
  links: SupporterLinks;
  logger: Logger;
}

/** Processing a supporter can stop (restriction / objection / withdrawal of consent). */
export const RESTRICTABLE_PURPOSES = ['NEWSLETTER', 'FORWARD_SOLIDARITY_MESSAGE', 'NAME_HAND_OVER', 'CAMPAIGN_UPDATES'] as const;
export type RestrictablePurpose = (typeof RESTRICTABLE_PURPOSES)[number];

export type MessageStatus = 'PENDING' | 'APPROVED' | 'REJECTED';
export type MessageTarget = { kind: 'CAMPAIGN'; campaign: string } | { kind: 'SPOTLIGHT'; spotlight: string };

export interface SignInput {
  campaignId: string;
  name: string;
  email: string;
  country?: string | null;
  over18: boolean;
  guardianPermission?: boolean | null;
  handOverName: boolean;
  newsletter: boolean;
  campaignUpdates: boolean;
  solidarityMessage?: string | null;
  forwardSolidarityMessage: boolean;
  locale: string;
}

export interface MessageInput {
  target: { kind: 'CAMPAIGN'; id: string } | { kind: 'SPOTLIGHT'; id: string };
  name: string;
  email: string;
  text: string;
  showFirstName: boolean;
  consentToForward: boolean;
  over18: boolean;
  guardianPermission?: boolean | null;
}

export interface PublicMessageRow {
  id: string;
  targetKind: 'CAMPAIGN' | 'SPOTLIGHT';
  targetId: string;
  text: string;
  signedAs: string;
  createdAt: Date;
}

export interface ModerationMessageRow extends PublicMessageRow {
  signerName: string;
  status: MessageStatus;
  forwardConsent: boolean;
  moderatedAt: Date | null;
}

export interface SignatureAdminRow {
  id: string;
  name: string;
  email: string;
  country: string | null;
  handOverName: boolean;
  campaignUpdates: boolean;
  guardianPermission: boolean;
  signedAt: Date;
}

export interface CampaignSupport {
  signatureCount: number;
  supporterCountriesCount: number;
}

const invalidToken = () => badInput('token', 'is invalid, already used or expired');

/** Rows of a data-modifying statement, the same on both drivers (wrapped in a CTE). */
async function rows<T>(m: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  return (await m.query(`WITH changed AS (${sql}) SELECT * FROM changed`, params)) as T[];
}

export class SupportersService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly runtime: SupportersRuntime,
    private readonly rateLimits: RateLimits,
    /** Campaigns, spotlights and countries are read through their modules. */
    private readonly modules: { content: ContentService; countries: CountryService } = { content: new ContentService(db, audit), countries: new CountryService(db) },
  ) {}

  private get cipher() {
    return this.runtime.cipher;
  }

  /** Sends a mail; a delivery failure becomes SERVICE_UNAVAILABLE, which says nothing about the address. */
  private async send(mail: OutgoingMail): Promise<void> {
    try {
      await this.runtime.mailer.send(mail);
    } catch (err) {
      if (err instanceof MailDeliveryError) throw new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The e-mail could not be sent; please try again later');
      throw err;
    }
  }

  // ---------------------------------------------------------------- campaigns and targets

  /** A published campaign's id from its uuid or slug, or null; `openForSigning` also checks its dates. */
  async findCampaign(key: string, openForSigning = false): Promise<string | null> {
    const row = openForSigning ? await this.modules.content.campaignOpenForSigning(key) : await this.modules.content.publishedCampaign(key);
    return row?.id ?? null;
  }

  /** A public spotlight's id, or null. */
  async findSpotlight(id: string): Promise<string | null> {
    return (await this.modules.content.publicSpotlight(id))?.id ?? null;
  }

  // ---------------------------------------------------------------- signatures

  /**
   * Signs a campaign. The signature counts only once its address is confirmed through the
   * e-mailed link, so the public count cannot tell whether an address had signed: a new or
   * still unconfirmed address gets a confirmation link (the form's latest values replace the
   * pending ones, and a new token replaces the old), a confirmed one a note that nothing changed.
   * Signing twice with the same address (any case or spacing) counts once: the unique
   * (campaign_id, email_hash) constraint with ON CONFLICT settles races in the database. The
   * caller learns nothing: same answer, same work, one mail to the address either way.
   */
  async sign(input: SignInput): Promise<void> {
    const name = checkName(input.name);
    const email = checkEmail(input.email);
    const country = checkCountry(input.country);
    const { guardianPermission } = checkAge(input.over18, input.guardianPermission);
    const message = input.solidarityMessage ? checkMessage(input.solidarityMessage, 'solidarityMessage') : null;
    if (message && !input.forwardSolidarityMessage) {
      throw badInput('forwardSolidarityMessage', 'must be true to send a solidarity message (it is forwarded to defenders after moderation)');
    }
    if (country) {
      const [known] = await this.modules.countries.byCodes([country]);
      if (!known) throw badInput('country', 'is not a known country code');
    }
    const emailHash = this.cipher.emailHash(email);
    // The recipient's mail budget is checked first: past it nothing is stored (a stored token
    // without its mail would only disable the link already sent) and nothing is sent.
    if (await this.rateLimits.tryConsume(NEWSLETTER_MAILS_PER_ADDRESS, emailHash)) {
      const token = newToken();
      const emailEnc = this.cipher.encrypt(email);
      const nameEnc = this.cipher.encrypt(name);
      const mail = await this.db.transaction(async (m) => {
        const [campaign]: { title: { en: string } }[] = await m.query(`SELECT title FROM campaign WHERE id = $1`, [input.campaignId]);
        const [signature] = await rows<{ id: string; inserted: boolean }>(
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
          [input.campaignId, emailHash, emailEnc, nameEnc, country, input.handOverName, input.campaignUpdates, guardianPermission, hashToken(token), CONFIRMATION_LINK_DAYS],
        );
        // No row: the address had already confirmed its signature, which stays as it was.
        if (!signature) return alreadySignedMail(email, campaign.title.en);
        // A message comes with a first signature only, so re-signing cannot flood moderators.
        if (message && signature.inserted) {
          await m.query(
            `INSERT INTO solidarity_message (target_kind, campaign_id, email_hash, email_enc, name_enc, body_enc, show_first_name, forward_consent, guardian_permission)
             VALUES ('CAMPAIGN', $1, $2, $3, $4, $5, false, true, $6)`,
            [input.campaignId, emailHash, emailEnc, nameEnc, this.cipher.encrypt(message), guardianPermission],
          );
        }
        return signatureConfirmationMail(email, token, campaign.title.en, this.runtime.links);
      });
      await this.send(mail);
    } else {
      this.runtime.logger.warn({ kind: 'signature-confirmation' }, 'mail not sent: this address had enough of them recently');
    }
    if (input.newsletter) await this.subscribe(email, input.locale);
  }

  /** Confirms the signature the token was mailed for: from now on it counts. */
  async confirmSignature(token: string): Promise<void> {
    if (!isTokenShaped(token)) throw invalidToken();
    const confirmed = await this.db.transaction((m) =>
      rows(
        m,
        `UPDATE supporter_signature SET confirmed_at = now(), confirm_token_hash = NULL, confirm_expires_at = NULL
         WHERE confirm_token_hash = $1 AND confirm_expires_at > now() AND confirmed_at IS NULL RETURNING id`,
        [hashToken(token)],
      ),
    );
    if (confirmed.length === 0) throw invalidToken();
  }

  async countsFor(campaignIds: readonly string[]): Promise<CampaignSupport[]> {
    const found: { campaign_id: string; n: number; countries: number }[] = await this.db.read((m) =>
      m.query(
        `SELECT campaign_id, count(*)::int AS n, count(DISTINCT country)::int AS countries
         FROM supporter_signature WHERE campaign_id = ANY($1::uuid[]) AND confirmed_at IS NOT NULL GROUP BY campaign_id`,
        [[...campaignIds]],
      ),
    );
    const byId = new Map(found.map((r) => [r.campaign_id, r]));
    return campaignIds.map((id) => ({ signatureCount: byId.get(id)?.n ?? 0, supporterCountriesCount: byId.get(id)?.countries ?? 0 }));
  }

  /** One statement per request for every campaign's counts. */
  createSupportLoader(): DataLoader<string, CampaignSupport> {
    return new DataLoader((ids) => this.countsFor(ids));
  }

  /** ADMIN: the confirmed signatures of a campaign, decrypted. The read itself is audited (counts only). */
  async signatures(viewer: Viewer, campaignId: string, page: Page): Promise<{ rows: SignatureAdminRow[]; total: number }> {
    return this.db.transaction(async (m) => {
      const [{ total }]: { total: number }[] = await m.query(
        `SELECT count(*)::int AS total FROM supporter_signature WHERE campaign_id = $1 AND anonymised_at IS NULL AND confirmed_at IS NOT NULL`,
        [campaignId],
      );
      const found: Record<string, unknown>[] = await m.query(
        `SELECT id, name_enc, email_enc, country, hand_over_name, campaign_updates, guardian_permission, signed_at
         FROM supporter_signature WHERE campaign_id = $1 AND anonymised_at IS NULL AND confirmed_at IS NOT NULL
         ORDER BY signed_at, id OFFSET $2 LIMIT $3`,
        [campaignId, page.offset, page.limit],
      );
      await this.audit.record(m, {
        viewer,
        action: 'read-personal-data',
        entityType: 'Campaign',
        entityId: campaignId,
        before: null,
        after: { signaturesShown: found.length },
      });
      return {
        total,
        rows: found.map((r) => ({
          id: String(r.id),
          name: this.cipher.decrypt(String(r.name_enc)),
          email: this.cipher.decrypt(String(r.email_enc)),
          country: (r.country as string | null) ?? null,
          handOverName: Boolean(r.hand_over_name),
          campaignUpdates: Boolean(r.campaign_updates),
          guardianPermission: Boolean(r.guardian_permission),
          signedAt: new Date(r.signed_at as string),
        })),
      };
    });
  }

  // ---------------------------------------------------------------- solidarity messages

  async sendMessage(input: MessageInput): Promise<void> {
    const name = checkName(input.name);
    const email = checkEmail(input.email);
    const text = checkMessage(input.text);
    const { guardianPermission } = checkAge(input.over18, input.guardianPermission);
    if (!input.consentToForward) throw badInput('consentToForward', 'must be true: a message is sent only to be forwarded after moderation');
    const targetId = input.target.kind === 'CAMPAIGN' ? await this.findCampaign(input.target.id) : await this.findSpotlight(input.target.id);
    if (!targetId) throw badInput(input.target.kind === 'CAMPAIGN' ? 'campaignId' : 'spotlightId', 'does not name a published campaign or spotlight');
    await this.db.transaction((m) =>
      m.query(
        `INSERT INTO solidarity_message (target_kind, campaign_id, spotlight_id, email_hash, email_enc, name_enc, body_enc, show_first_name, forward_consent, guardian_permission)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, true, $9)`,
        [
          input.target.kind,
          input.target.kind === 'CAMPAIGN' ? targetId : null,
          input.target.kind === 'SPOTLIGHT' ? targetId : null,
          this.cipher.emailHash(email),
          this.cipher.encrypt(email),
          this.cipher.encrypt(name),
          this.cipher.encrypt(text),
          input.showFirstName,
          guardianPermission,
        ],
      ),
    );
  }

  private toMessage(r: Record<string, unknown>): ModerationMessageRow {
    const name = this.cipher.decrypt(String(r.name_enc));
    return {
      id: String(r.id),
      targetKind: r.target_kind as 'CAMPAIGN' | 'SPOTLIGHT',
      targetId: String(r.campaign_id ?? r.spotlight_id),
      text: this.cipher.decrypt(String(r.body_enc)),
      signedAs: r.show_first_name ? firstNameOf(name) : 'Anonymous',
      signerName: name,
      status: r.status as MessageStatus,
      forwardConsent: Boolean(r.forward_consent),
      createdAt: new Date(r.created_at as string),
      moderatedAt: r.moderated_at ? new Date(r.moderated_at as string) : null,
    };
  }

  /**
   * Messages, newest first. Public callers get APPROVED messages whose sender still consents
   * to forwarding and whose target the public may see (`publicTargetsOnly`); moderators may
   * ask for any status.
   */
  async messages(
    filter: { status: MessageStatus; campaignId?: string; spotlightId?: string; id?: string; forwardableOnly: boolean; publicTargetsOnly?: boolean },
    page: Page,
  ): Promise<{ rows: ModerationMessageRow[]; total: number }> {
    const where = ['status = $1'];
    const params: unknown[] = [filter.status];
    if (filter.forwardableOnly) where.push('forward_consent');
    if (filter.publicTargetsOnly) {
      // A message is public only while its target is (the content module's rule), checked on every read.
      const targets = await this.modules.content.publicTargetIds();
      where.push(`(campaign_id = ANY($${params.push(targets.campaigns)}::uuid[]) OR spotlight_id = ANY($${params.push(targets.spotlights)}::uuid[]))`);
    }
    if (filter.campaignId) where.push(`campaign_id = $${params.push(filter.campaignId)}`);
    if (filter.spotlightId) where.push(`spotlight_id = $${params.push(filter.spotlightId)}`);
    if (filter.id !== undefined) {
      if (!isUuid(filter.id)) return { rows: [], total: 0 };
      where.push(`id = $${params.push(filter.id)}`);
    }
    return this.db.read(async (m) => {
      const [{ total }]: { total: number }[] = await m.query(`SELECT count(*)::int AS total FROM solidarity_message WHERE ${where.join(' AND ')}`, params);
      const found: Record<string, unknown>[] = await m.query(
        `SELECT * FROM solidarity_message WHERE ${where.join(' AND ')} ORDER BY created_at DESC, id
         OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
        [...params, page.offset, page.limit],
      );
      return { total, rows: found.map((r) => this.toMessage(r)) };
    });
  }

  /** MODERATOR: approve or reject a pending (or earlier moderated) message; audited with ids and statuses only. */
  async moderate(viewer: Viewer, id: string, decision: 'APPROVED' | 'REJECTED'): Promise<ModerationMessageRow | null> {
    if (!isUuid(id)) return null;
    return this.db.transaction(async (m) => {
      const before: { status: MessageStatus }[] = await m.query(`SELECT status FROM solidarity_message WHERE id = $1 FOR UPDATE`, [id]);
      if (before.length === 0) return null;
      const [row] = await rows<Record<string, unknown>>(
        m,
        `UPDATE solidarity_message SET status = $2, moderated_at = now() WHERE id = $1 RETURNING *`,
        [id, decision],
      );
      await this.audit.record(m, {
        viewer,
        action: 'moderate',
        entityType: 'SolidarityMessage',
        entityId: id,
        before: { status: before[0].status },
        after: { status: decision },
      });
      return this.toMessage(row);
    });
  }

  // ---------------------------------------------------------------- newsletter

  /**
   * Double opt-in: a new or unconfirmed address gets a confirmation link (single-use, expiring);
   * a confirmed one gets a note that nothing changed. Same response either way.
   */
  async subscribe(emailInput: string, locale: string): Promise<void> {
    const email = checkEmail(emailInput);
    const emailHash = this.cipher.emailHash(email);
    // Checked first, so a flood changes neither the stored token nor the mailbox.
    if (!(await this.rateLimits.tryConsume(NEWSLETTER_MAILS_PER_ADDRESS, emailHash))) {
      this.runtime.logger.warn({ kind: 'newsletter-confirmation' }, 'mail not sent: this address had enough of them recently');
      return;
    }
    const token = newToken();
    const mail = await this.db.transaction(async (m) => {
      const existing: { id: string; confirmed_at: Date | null }[] = await m.query(
        `SELECT id, confirmed_at FROM newsletter_subscription WHERE email_hash = $1 FOR UPDATE`,
        [emailHash],
      );
      if (existing[0]?.confirmed_at) {
        return newsletterAlreadySubscribedMail(email, this.runtime.unsubscribeTokens.issue(existing[0].id), this.runtime.links);
      }
      await m.query(
        `INSERT INTO newsletter_subscription (email_hash, email_enc, locale, confirm_token_hash, confirm_expires_at)
         VALUES ($1, $2, $3, $4, now() + make_interval(days => $5))
         ON CONFLICT (email_hash) DO UPDATE SET email_enc = EXCLUDED.email_enc, locale = EXCLUDED.locale,
           confirm_token_hash = EXCLUDED.confirm_token_hash, confirm_expires_at = EXCLUDED.confirm_expires_at`,
        [emailHash, this.cipher.encrypt(email), locale, hashToken(token), CONFIRMATION_LINK_DAYS],
      );
      return newsletterConfirmationMail(email, token, this.runtime.links);
    });
    await this.send(mail);
  }

  async confirmSubscription(token: string): Promise<void> {
    if (!isTokenShaped(token)) throw invalidToken();
    const confirmed = await this.db.transaction((m) =>
      rows(
        m,
        `UPDATE newsletter_subscription SET confirmed_at = now(), confirm_token_hash = NULL, confirm_expires_at = NULL
         WHERE confirm_token_hash = $1 AND confirm_expires_at > now() AND confirmed_at IS NULL RETURNING id`,
        [hashToken(token)],
      ),
    );
    if (confirmed.length === 0) throw invalidToken();
  }

  /** Unsubscribes and deletes the address at once (retention: 0 days after withdrawal). Idempotent. */
  async unsubscribe(token: string): Promise<void> {
    const id = this.runtime.unsubscribeTokens.verify(token);
    if (!id) throw invalidToken();
    await this.db.transaction((m) => m.query(`DELETE FROM newsletter_subscription WHERE id = $1`, [id]));
  }

  /** ADMIN: sends an issue to every confirmed subscriber, each with their own unsubscribe link. */
  async sendNewsletter(viewer: Viewer, subject: string, body: string): Promise<number> {
    const subs: { id: string; email_enc: string }[] = await this.db.read((m) =>
      m.query(`SELECT id, email_enc FROM newsletter_subscription WHERE confirmed_at IS NOT NULL ORDER BY created_at, id`),
    );
    for (const sub of subs) {
      const to = this.cipher.decrypt(sub.email_enc);
      await this.send(newsletterIssueMail(to, subject, body, this.runtime.unsubscribeTokens.issue(sub.id), this.runtime.links));
    }
    await this.db.transaction((m) =>
      this.audit.record(m, { viewer, action: 'send-newsletter', entityType: 'Newsletter', entityId: 'newsletter', before: null, after: { recipients: subs.length } }),
    );
    return subs.length;
  }

  // ---------------------------------------------------------------- data-subject rights

  /**
   * Starts a request: stores the kind, the address's hash and the token's hash, and mails the
   * token to the address. Identical work and answer whether or not anything is held.
   */
  async requestRight(kind: RightsRequestKind, emailInput: string, payload?: unknown): Promise<void> {
    const email = checkEmail(emailInput);
    const token = newToken();
    await this.db.transaction((m) =>
      m.query(
        `INSERT INTO data_rights_request (kind, email_hash, token_hash, payload_enc, expires_at)
         VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5))`,
        [kind, this.cipher.emailHash(email), hashToken(token), payload === undefined ? null : this.cipher.encrypt(JSON.stringify(payload)), RIGHTS_REQUEST_LINK_HOURS],
      ),
    );
    await this.send(rightsRequestMail(kind, email, token, this.runtime.links));
  }

  /** Marks a request done and returns it, inside the caller's transaction; null when the token is not usable. */
  private async consume(m: EntityManager, token: string, kinds: RightsRequestKind[]) {
    if (!isTokenShaped(token)) return null;
    const [req] = await rows<{ id: string; kind: RightsRequestKind; email_hash: string; payload_enc: string | null }>(
      m,
      `UPDATE data_rights_request SET completed_at = now()
       WHERE token_hash = $1 AND kind = ANY($2::text[]) AND completed_at IS NULL AND expires_at > now()
       RETURNING id, kind, email_hash, payload_enc`,
      [hashToken(token), kinds],
    );
    return req ?? null;
  }

  /** Access and portability: everything held about the address, as JSON. */
  async exportData(token: string): Promise<Record<string, unknown>> {
    return this.db.transaction(async (m) => {
      const req = await this.consume(m, token, ['EXPORT']);
      if (!req) throw invalidToken();
      const h = req.email_hash;
      const dec = (v: unknown) => (v ? this.cipher.decrypt(String(v)) : null);
      const signatures: Record<string, unknown>[] = await m.query(
        `SELECT c.slug, s.name_enc, s.email_enc, s.country, s.hand_over_name, s.campaign_updates, s.guardian_permission, s.signed_at, s.confirmed_at
         FROM supporter_signature s JOIN campaign c ON c.id = s.campaign_id WHERE s.email_hash = $1 ORDER BY s.signed_at`,
        [h],
      );
      const messages: Record<string, unknown>[] = await m.query(
        `SELECT * FROM solidarity_message WHERE email_hash = $1 ORDER BY created_at`,
        [h],
      );
      const newsletter: Record<string, unknown>[] = await m.query(
        `SELECT email_enc, locale, created_at, confirmed_at FROM newsletter_subscription WHERE email_hash = $1`,
        [h],
      );
      const requests: Record<string, unknown>[] = await m.query(
        `SELECT kind, created_at, expires_at, completed_at FROM data_rights_request WHERE email_hash = $1 ORDER BY created_at`,
        [h],
      );
      const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null);
      return {
        format: 'protection-atlas/supporter-export/v1',
        exportedAt: new Date().toISOString(),
        dataHeld: signatures.length + messages.length + newsletter.length > 0,
        signatures: signatures.map((s) => ({
          campaign: s.slug,
          name: dec(s.name_enc),
          email: dec(s.email_enc),
          country: s.country ?? null,
          consents: { handOverName: s.hand_over_name, campaignUpdates: s.campaign_updates },
          guardianPermission: s.guardian_permission,
          signedAt: iso(s.signed_at),
          // null: not confirmed through the e-mailed link yet, so not counted (deleted when the link expires).
          confirmedAt: iso(s.confirmed_at),
        })),
        solidarityMessages: messages.map((r) => ({
          target: { kind: r.target_kind, id: r.campaign_id ?? r.spotlight_id },
          name: dec(r.name_enc),
          email: dec(r.email_enc),
          text: dec(r.body_enc),
          showFirstName: r.show_first_name,
          forwardConsent: r.forward_consent,
          guardianPermission: r.guardian_permission,
          status: r.status,
          sentAt: iso(r.created_at),
          moderatedAt: iso(r.moderated_at),
        })),
        newsletter: newsletter.map((n) => ({ email: dec(n.email_enc), locale: n.locale, subscribedAt: iso(n.created_at), confirmedAt: iso(n.confirmed_at) })),
        dataRightsRequests: requests.map((r) => ({ kind: r.kind, requestedAt: iso(r.created_at), expiresAt: iso(r.expires_at), completedAt: iso(r.completed_at) })),
      };
    });
  }

  /** Confirms an erasure, rectification or restriction request and carries it out in one transaction. */
  async confirmRequest(token: string): Promise<RightsRequestKind> {
    const done = await this.db.transaction(async (m) => {
      const req = await this.consume(m, token, ['RECTIFY', 'ERASE', 'RESTRICT']);
      if (!req) throw invalidToken();
      const h = req.email_hash;
      const payload = req.payload_enc ? (JSON.parse(this.cipher.decrypt(req.payload_enc)) as Record<string, unknown>) : {};
      if (req.kind === 'ERASE') await eraseByHash(m, h);
      if (req.kind === 'RECTIFY') {
        const nameEnc = this.cipher.encrypt(checkName(String(payload.name ?? '')));
        await m.query(`UPDATE supporter_signature SET name_enc = $2 WHERE email_hash = $1`, [h, nameEnc]);
        await m.query(`UPDATE solidarity_message SET name_enc = $2 WHERE email_hash = $1`, [h, nameEnc]);
      }
      if (req.kind === 'RESTRICT') {
        const purposes = new Set((payload.purposes as RestrictablePurpose[] | undefined) ?? []);
        if (purposes.has('NEWSLETTER')) await m.query(`DELETE FROM newsletter_subscription WHERE email_hash = $1`, [h]);
        if (purposes.has('FORWARD_SOLIDARITY_MESSAGE')) await m.query(`UPDATE solidarity_message SET forward_consent = false WHERE email_hash = $1`, [h]);
        if (purposes.has('NAME_HAND_OVER')) await m.query(`UPDATE supporter_signature SET hand_over_name = false WHERE email_hash = $1`, [h]);
        if (purposes.has('CAMPAIGN_UPDATES')) await m.query(`UPDATE supporter_signature SET campaign_updates = false WHERE email_hash = $1`, [h]);
      }
      // What was asked for is done: the request keeps no personal payload.
      await m.query(`UPDATE data_rights_request SET payload_enc = NULL WHERE id = $1`, [req.id]);
      return { kind: req.kind, emailHash: h };
    });
    // Mails written to the outbox (no SMTP) hold the address and the texts: erased too, once the rows are.
    if (done.kind === 'ERASE') await this.runtime.mailer.deleteOutboxMails((address) => this.cipher.emailHash(address) === done.emailHash);
    return done.kind;
  }
}

/**
 * Erases everything held about an address: confirmed signatures keep only campaign, country and
 * day as an anonymous count, unconfirmed ones (never counted) are deleted; messages and the
 * newsletter subscription are deleted; requests keep no payload (their hash and dates stay, to
 * show the request was answered, until retention).
 */
export async function eraseByHash(m: EntityManager, emailHash: string): Promise<void> {
  await m.query(`DELETE FROM supporter_signature WHERE email_hash = $1 AND confirmed_at IS NULL`, [emailHash]);
  await m.query(`UPDATE supporter_signature SET ${ANONYMISE} WHERE email_hash = $1`, [emailHash]);
  await m.query(`DELETE FROM solidarity_message WHERE email_hash = $1`, [emailHash]);
  await m.query(`DELETE FROM newsletter_subscription WHERE email_hash = $1`, [emailHash]);
  await m.query(`UPDATE data_rights_request SET payload_enc = NULL WHERE email_hash = $1`, [emailHash]);
}

/** What anonymising a (confirmed) signature sets: no name, address, hash or consent; the day only. */
export const ANONYMISE = `email_hash = NULL, email_enc = NULL, name_enc = NULL, hand_over_name = false, campaign_updates = false,
  guardian_permission = false, signed_at = date_trunc('day', signed_at), anonymised_at = now()`;

/**
 * Data-subject rights: access and portability, rectification, erasure, restriction and
 * objection. Each request starts with an address and is carried out only with the token mailed
 * to it (single use, expiring, stored as a hash), so nobody can read, change or erase another
 * person's data; the work and the answer are the same whether or not anything is held.
 */
import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { badInput } from '../../shared/errors';
import { hashToken } from '../../shared/tokens';
import { invalidToken, isTokenShaped, newToken } from './links';
import { deliver, rightsRequestMail } from './mails';
import { RIGHTS_REQUEST_LINK_HOURS } from './privacy-notice/policy';
import type { SupportersRuntime } from './runtime';
import * as store from './supporters.store';
import type { RightsRequestKind } from './supporters.store';
import { checkEmail, checkName } from './validation';

/** Processing a supporter can stop (restriction / objection / withdrawal of consent). */
export const RESTRICTABLE_PURPOSES = ['NEWSLETTER', 'FORWARD_SOLIDARITY_MESSAGE', 'NAME_HAND_OVER', 'CAMPAIGN_UPDATES'] as const;
export type RestrictablePurpose = (typeof RESTRICTABLE_PURPOSES)[number];

const iso = (v: Date | string | null) => (v ? new Date(v).toISOString() : null);

export class DataRightsService {
  constructor(
    private readonly db: Database,
    private readonly runtime: SupportersRuntime,
  ) {}

  requestExport(email: string): Promise<void> {
    return this.request('EXPORT', email);
  }

  /** The new name is checked now, applied once the mailed link is confirmed. */
  requestRectification(email: string, name: string): Promise<void> {
    const checked = checkName(name);
    return this.request('RECTIFY', email, { name: checked });
  }

  requestErasure(email: string): Promise<void> {
    return this.request('ERASE', email);
  }

  requestRestriction(email: string, purposes: readonly string[]): Promise<void> {
    const chosen = [...new Set(purposes)];
    if (chosen.length === 0 || !chosen.every((p) => (RESTRICTABLE_PURPOSES as readonly string[]).includes(p))) {
      throw badInput('purposes', 'name at least one purpose');
    }
    return this.request('RESTRICT', email, { purposes: chosen });
  }

  /** Access and portability: everything held about the address the token was mailed to, as JSON. */
  async exportData(token: string): Promise<Record<string, unknown>> {
    const { cipher } = this.runtime;
    const dec = (v: string | null) => (v ? cipher.decrypt(v) : null);
    return this.db.transaction(async (m) => {
      const req = await this.complete(m, token, ['EXPORT']);
      if (!req) throw invalidToken();
      const held = await store.heldAbout(m, req.email_hash);
      return {
        format: 'protection-atlas/supporter-export/v1',
        exportedAt: new Date().toISOString(),
        dataHeld: held.signatures.length + held.messages.length + held.newsletter.length > 0,
        signatures: held.signatures.map((s) => ({
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
        solidarityMessages: held.messages.map((r) => ({
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
        newsletter: held.newsletter.map((n) => ({
          email: dec(n.email_enc),
          locale: n.locale,
          subscribedAt: iso(n.created_at),
          confirmedAt: iso(n.confirmed_at),
        })),
        dataRightsRequests: held.requests.map((r) => ({
          kind: r.kind,
          requestedAt: iso(r.created_at),
          expiresAt: iso(r.expires_at),
          completedAt: iso(r.completed_at),
        })),
      };
    });
  }

  /** Confirms an erasure, rectification or restriction request and carries it out in one transaction. */
  async confirmRequest(token: string): Promise<RightsRequestKind> {
    const { cipher } = this.runtime;
    const done = await this.db.transaction(async (m) => {
      const req = await this.complete(m, token, ['RECTIFY', 'ERASE', 'RESTRICT']);
      if (!req) throw invalidToken();
      const h = req.email_hash;
      const payload = req.payload_enc ? (JSON.parse(cipher.decrypt(req.payload_enc)) as Record<string, unknown>) : {};
      if (req.kind === 'ERASE') await store.eraseAddress(m, h);
      if (req.kind === 'RECTIFY') await store.renameAddress(m, h, cipher.encrypt(checkName(String(payload.name ?? ''))));
      if (req.kind === 'RESTRICT') {
        const purposes = new Set((payload.purposes as RestrictablePurpose[] | undefined) ?? []);
        await store.restrictAddress(m, h, {
          newsletter: purposes.has('NEWSLETTER'),
          forwarding: purposes.has('FORWARD_SOLIDARITY_MESSAGE'),
          nameHandOver: purposes.has('NAME_HAND_OVER'),
          campaignUpdates: purposes.has('CAMPAIGN_UPDATES'),
        });
      }
      await store.clearRequestPayload(m, req.id);
      return { kind: req.kind, emailHash: h };
    });
    // Mails written to the outbox (no SMTP) hold the address and the texts: erased too, once the rows are.
    if (done.kind === 'ERASE') await this.runtime.mailer.deleteOutboxMails((address) => cipher.emailHash(address) === done.emailHash);
    return done.kind;
  }

  /**
   * Starts a request: stores the kind, the address's hash and the token's hash, and mails the
   * token to the address. Identical work and answer whether or not anything is held.
   */
  private async request(kind: RightsRequestKind, emailInput: string, payload?: unknown): Promise<void> {
    const email = checkEmail(emailInput);
    const { cipher, links } = this.runtime;
    const token = newToken();
    await this.db.transaction((m) =>
      store.insertRightsRequest(m, {
        kind,
        emailHash: cipher.emailHash(email),
        tokenHash: hashToken(token),
        payloadEnc: payload === undefined ? null : cipher.encrypt(JSON.stringify(payload)),
        linkHours: RIGHTS_REQUEST_LINK_HOURS,
      }),
    );
    await deliver(this.runtime.mailer, rightsRequestMail(kind, email, token, links));
  }

  /** Marks the request the token belongs to as done, inside the caller's transaction; null when the token is not usable. */
  private complete(m: EntityManager, token: string, kinds: RightsRequestKind[]) {
    return isTokenShaped(token) ? store.completeRightsRequest(m, hashToken(token), kinds) : Promise.resolve(null);
  }
}

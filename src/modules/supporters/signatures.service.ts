/**
 * Signing a campaign. A signature counts only once its address is confirmed through the
 * e-mailed link, so the public count cannot tell whether an address had signed; the answer and
 * the work are the same for a new, a pending and a confirmed address (one mail to the address).
 */
import DataLoader from 'dataloader';
import type { Database } from '../../db/database';
import { badInput } from '../../shared/errors';
import type { RateLimits } from '../../shared/rate-limit';
import { keyValue, type CursorKey, type Page } from '../../shared/relay';
import { hashToken } from '../../shared/tokens';
import type { AuditService } from '../access/audit.service';
import type { Viewer } from '../access/viewer';
import type { ContentService } from '../content/content.service';
import type { CountryService } from '../geography/country.service';
import { invalidToken, isTokenShaped, newToken } from './links';
import { alreadySignedMail, deliver, signatureConfirmationMail } from './mails';
import type { NewsletterService } from './newsletter.service';
import { CONFIRMATION_LINK_DAYS } from './privacy-notice/policy';
import { NEWSLETTER_MAILS_PER_ADDRESS } from './rate-limits';
import type { SupportersRuntime } from './runtime';
import * as store from './supporters.store';
import { checkAge, checkCountry, checkEmail, checkMessage, checkName } from './validation';

export interface SignInput {
  /** The campaign's id or slug. */
  campaignKey: string;
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
}

export interface CampaignSupport {
  signatureCount: number;
  supporterCountriesCount: number;
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

/** A signature's sort key for cursors (the store's ordering: oldest first, then id). */
export const signatureKey = (r: { id: string; signedAt: Date }): CursorKey => [keyValue(r.signedAt), r.id];

export class SignaturesService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly runtime: SupportersRuntime,
    private readonly rateLimits: RateLimits,
    private readonly content: ContentService,
    private readonly countries: CountryService,
    private readonly newsletter: NewsletterService,
  ) {}

  /**
   * Signs a campaign open for signing. A new or still unconfirmed address gets a confirmation
   * link (the form's latest values replace the pending ones, and a new token replaces the old);
   * a confirmed one a note that nothing changed. The same address (any case or spacing) counts
   * once: the unique (campaign_id, email_hash) with ON CONFLICT settles races in the database.
   * `newsletter: true` starts the newsletter's double opt-in, in `locale`.
   */
  async sign(input: SignInput, locale: string): Promise<void> {
    const campaign = await this.content.campaignOpenForSigning(input.campaignKey);
    if (!campaign) throw badInput('campaignId', 'does not name a published campaign open for signing');
    const name = checkName(input.name);
    const email = checkEmail(input.email);
    const country = checkCountry(input.country);
    const { guardianPermission } = checkAge(input.over18, input.guardianPermission);
    const message = input.solidarityMessage ? checkMessage(input.solidarityMessage, 'solidarityMessage') : null;
    if (message && !input.forwardSolidarityMessage) {
      throw badInput('forwardSolidarityMessage', 'must be true to send a solidarity message (it is forwarded to defenders after moderation)');
    }
    if (country) {
      const [known] = await this.countries.byCodes([country]);
      if (!known) throw badInput('country', 'is not a known country code');
    }
    const { cipher, links } = this.runtime;
    const emailHash = cipher.emailHash(email);
    // The recipient's mail budget is checked first: past it nothing is stored (a stored token
    // without its mail would only disable the link already sent) and nothing is sent.
    if (await this.rateLimits.tryConsume(NEWSLETTER_MAILS_PER_ADDRESS, emailHash)) {
      const token = newToken();
      const emailEnc = cipher.encrypt(email);
      const nameEnc = cipher.encrypt(name);
      const mail = await this.db.transaction(async (m) => {
        const signature = await store.upsertPendingSignature(m, {
          campaignId: campaign.id,
          emailHash,
          emailEnc,
          nameEnc,
          country,
          handOverName: input.handOverName,
          campaignUpdates: input.campaignUpdates,
          guardianPermission,
          tokenHash: hashToken(token),
          linkDays: CONFIRMATION_LINK_DAYS,
        });
        // None: the address had already confirmed its signature, which stays as it was.
        if (!signature) return alreadySignedMail(email, campaign.title.en);
        // A message comes with a first signature only, so re-signing cannot flood moderators.
        if (message && signature.inserted) {
          await store.insertMessage(m, {
            targetKind: 'CAMPAIGN',
            campaignId: campaign.id,
            spotlightId: null,
            emailHash,
            emailEnc,
            nameEnc,
            bodyEnc: cipher.encrypt(message),
            showFirstName: false,
            guardianPermission,
          });
        }
        return signatureConfirmationMail(email, token, campaign.title.en, links);
      });
      await deliver(this.runtime.mailer, mail);
    } else {
      this.runtime.logger.warn({ kind: 'signature-confirmation' }, 'mail not sent: this address had enough of them recently');
    }
    if (input.newsletter) await this.newsletter.subscribe(email, locale);
  }

  /** Confirms the signature the token was mailed for: from now on it counts. */
  async confirm(token: string): Promise<void> {
    if (!isTokenShaped(token)) throw invalidToken();
    if (!(await this.db.transaction((m) => store.confirmSignature(m, hashToken(token))))) throw invalidToken();
  }

  /** Confirmed signatures and their countries, per campaign. */
  async countsFor(campaignIds: readonly string[]): Promise<CampaignSupport[]> {
    const found = await this.db.read((m) => store.confirmedSignatureCounts(m, campaignIds));
    const byId = new Map(found.map((r) => [r.campaign_id, r]));
    return campaignIds.map((id) => ({ signatureCount: byId.get(id)?.n ?? 0, supporterCountriesCount: byId.get(id)?.countries ?? 0 }));
  }

  /** One statement per request for every campaign's counts. */
  createSupportLoader(): DataLoader<string, CampaignSupport> {
    return new DataLoader((ids) => this.countsFor(ids));
  }

  /**
   * ADMIN: the confirmed signatures of a published campaign (by id or slug), decrypted; null when
   * there is no such campaign. The read itself is audited (counts only).
   */
  async forAdmin(viewer: Viewer, campaignKey: string, page: Page): Promise<{ rows: SignatureAdminRow[]; total: number } | null> {
    const campaign = await this.content.publishedCampaign(campaignKey);
    if (!campaign) return null;
    const { cipher } = this.runtime;
    return this.db.transaction(async (m) => {
      const { rows, total } = await store.confirmedSignatures(m, campaign.id, page);
      await this.audit.record(m, {
        viewer,
        action: 'read-personal-data',
        entityType: 'Campaign',
        entityId: campaign.id,
        before: null,
        after: { signaturesShown: rows.length },
      });
      return {
        total,
        rows: rows.map((r) => ({
          id: String(r.id),
          name: cipher.decrypt(r.name_enc),
          email: cipher.decrypt(r.email_enc),
          country: r.country ?? null,
          handOverName: Boolean(r.hand_over_name),
          campaignUpdates: Boolean(r.campaign_updates),
          guardianPermission: Boolean(r.guardian_permission),
          signedAt: new Date(r.signed_at),
        })),
      };
    });
  }
}

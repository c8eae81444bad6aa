/**
 * The newsletter: double opt-in by an e-mailed link, an unsubscribe link in every issue, the
 * address deleted the moment it unsubscribes. The caller never learns whether an address was
 * subscribed: the same answer, and one mail to the address, either way.
 */
import type { Database } from '../../db/database';
import { badInput } from '../../shared/errors';
import type { RateLimits } from '../../shared/rate-limit';
import { hashToken } from '../../shared/tokens';
import type { AuditService } from '../access/audit.service';
import type { Viewer } from '../access/viewer';
import { invalidToken, isTokenShaped, newToken } from './links';
import { deliver, newsletterAlreadySubscribedMail, newsletterConfirmationMail, newsletterIssueMail } from './mails';
import { CONFIRMATION_LINK_DAYS } from './privacy-notice/policy';
import { NEWSLETTER_MAILS_PER_ADDRESS } from './rate-limits';
import type { SupportersRuntime } from './runtime';
import * as store from './supporters.store';
import { checkAge, checkEmail } from './validation';

export class NewsletterService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly runtime: SupportersRuntime,
    private readonly rateLimits: RateLimits,
  ) {}

  /** The newsletter form: the age rule, then the double opt-in. */
  async subscribeFromForm(input: { email: string; over18: boolean; guardianPermission?: boolean | null }, locale: string): Promise<void> {
    checkAge(input.over18, input.guardianPermission);
    await this.subscribe(input.email, locale);
  }

  /**
   * Double opt-in: a new or unconfirmed address gets a confirmation link (single-use, expiring);
   * a confirmed one gets a note that nothing changed. Same response either way. Also started by
   * a signature with `newsletter: true`.
   */
  async subscribe(emailInput: string, locale: string): Promise<void> {
    const email = checkEmail(emailInput);
    const { cipher, links, unsubscribeTokens } = this.runtime;
    const emailHash = cipher.emailHash(email);
    // Checked first, so a flood changes neither the stored token nor the mailbox.
    if (!(await this.rateLimits.tryConsume(NEWSLETTER_MAILS_PER_ADDRESS, emailHash))) {
      this.runtime.logger.warn({ kind: 'newsletter-confirmation' }, 'mail not sent: this address had enough of them recently');
      return;
    }
    const token = newToken();
    const mail = await this.db.transaction(async (m) => {
      const existing = await store.lockSubscription(m, emailHash);
      if (existing?.confirmed_at) return newsletterAlreadySubscribedMail(email, unsubscribeTokens.issue(existing.id), links);
      await store.upsertPendingSubscription(m, {
        emailHash,
        emailEnc: cipher.encrypt(email),
        locale,
        tokenHash: hashToken(token),
        linkDays: CONFIRMATION_LINK_DAYS,
      });
      return newsletterConfirmationMail(email, token, links);
    });
    await deliver(this.runtime.mailer, mail);
  }

  async confirm(token: string): Promise<void> {
    if (!isTokenShaped(token)) throw invalidToken();
    if (!(await this.db.transaction((m) => store.confirmSubscription(m, hashToken(token))))) throw invalidToken();
  }

  /** Unsubscribes and deletes the address at once (retention: 0 days after withdrawal). Idempotent. */
  async unsubscribe(token: string): Promise<void> {
    const id = this.runtime.unsubscribeTokens.verify(token);
    if (!id) throw invalidToken();
    await this.db.transaction((m) => store.deleteSubscription(m, id));
  }

  /** ADMIN: sends an issue to every confirmed subscriber, each with their own unsubscribe link; returns how many. */
  async sendIssue(viewer: Viewer, subjectInput: string, text: string): Promise<number> {
    const subject = subjectInput.trim();
    if (subject.length < 1 || subject.length > 200) throw badInput('subject', 'must be 1 to 200 characters');
    if (text.trim().length < 1 || text.length > 50_000) throw badInput('text', 'must be 1 to 50000 characters');
    const { cipher, links, unsubscribeTokens } = this.runtime;
    const subs = await this.db.read((m) => store.confirmedSubscriptions(m));
    for (const sub of subs) {
      await deliver(this.runtime.mailer, newsletterIssueMail(cipher.decrypt(sub.email_enc), subject, text, unsubscribeTokens.issue(sub.id), links));
    }
    await this.db.transaction((m) =>
      this.audit.record(m, {
        viewer,
        action: 'send-newsletter',
        entityType: 'Newsletter',
        entityId: 'newsletter',
        before: null,
        after: { recipients: subs.length },
      }),
    );
    return subs.length;
  }
}

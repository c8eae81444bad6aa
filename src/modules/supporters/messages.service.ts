/**
 * Solidarity messages to a campaign or a defender spotlight: held for moderation, approved or
 * rejected by a moderator (audited with ids and statuses only), public only while approved,
 * still consented to, and addressed to a target the public may see.
 */
import type { Database } from '../../db/database';
import { badInput } from '../../shared/errors';
import { keyValue, type CursorKey, type Page } from '../../shared/relay';
import { isUuid } from '../../shared/uuid';
import type { AuditService } from '../access/audit.service';
import type { Viewer } from '../access/viewer';
import type { ContentService } from '../content/content.service';
import type { SupportersRuntime } from './runtime';
import * as store from './supporters.store';
import type { MessageStatus, MessageTargetKind } from './supporters.store';
import { checkAge, checkEmail, checkMessage, checkName, firstNameOf } from './validation';

export interface MessageInput {
  /** A campaign by id or slug, or a spotlight by id. */
  target: { kind: 'CAMPAIGN'; key: string } | { kind: 'SPOTLIGHT'; id: string };
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
  targetKind: MessageTargetKind;
  targetId: string;
  text: string;
  signedAs: string;
  createdAt: Date;
}

/** A message's sort key for cursors (the store's ordering: newest first, then id). */
export const messageKey = (r: PublicMessageRow): CursorKey => [keyValue(r.createdAt), r.id];

export interface ModerationMessageRow extends PublicMessageRow {
  signerName: string;
  status: MessageStatus;
  forwardConsent: boolean;
  moderatedAt: Date | null;
}

const NONE = { rows: [], total: 0 };

export class MessagesService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly runtime: SupportersRuntime,
    private readonly content: ContentService,
  ) {}

  /** Stores a message for moderation, to a published campaign or a public spotlight. */
  async send(input: MessageInput): Promise<void> {
    const name = checkName(input.name);
    const email = checkEmail(input.email);
    const text = checkMessage(input.text);
    const { guardianPermission } = checkAge(input.over18, input.guardianPermission);
    if (!input.consentToForward) throw badInput('consentToForward', 'must be true: a message is sent only to be forwarded after moderation');
    const target =
      input.target.kind === 'CAMPAIGN' ? await this.content.publishedCampaign(input.target.key) : await this.content.publicSpotlight(input.target.id);
    if (!target) throw badInput(input.target.kind === 'CAMPAIGN' ? 'campaignId' : 'spotlightId', 'does not name a published campaign or spotlight');
    const { cipher } = this.runtime;
    await this.db.transaction((m) =>
      store.insertMessage(m, {
        targetKind: input.target.kind,
        campaignId: input.target.kind === 'CAMPAIGN' ? target.id : null,
        spotlightId: input.target.kind === 'SPOTLIGHT' ? target.id : null,
        emailHash: cipher.emailHash(email),
        emailEnc: cipher.encrypt(email),
        nameEnc: cipher.encrypt(name),
        bodyEnc: cipher.encrypt(text),
        showFirstName: input.showFirstName,
        guardianPermission,
      }),
    );
  }

  /**
   * What the public may read, newest first: APPROVED messages whose sender still consents to
   * forwarding and whose target is public at this moment (the content module's rule, read on
   * every call), optionally for one campaign (id or slug), one spotlight or one message.
   */
  async publicMessages(
    filter: { campaignKey?: string; spotlightId?: string; id?: string },
    page: Page,
  ): Promise<{ rows: ModerationMessageRow[]; total: number }> {
    let campaignId: string | undefined;
    if (filter.campaignKey) {
      const campaign = await this.content.publishedCampaign(filter.campaignKey);
      if (!campaign) return NONE;
      campaignId = campaign.id;
    }
    if (filter.id !== undefined && !isUuid(filter.id)) return NONE;
    const targets = await this.content.publicTargetIds();
    return this.read({ status: 'APPROVED', forwardableOnly: true, targets, campaignId, spotlightId: filter.spotlightId, id: filter.id }, page);
  }

  /** MODERATOR: messages by status, newest first; APPROVED ones only while their sender consents to forwarding (those to forward). */
  async forModeration(status: MessageStatus, page: Page): Promise<{ rows: ModerationMessageRow[]; total: number }> {
    return this.read({ status, forwardableOnly: status === 'APPROVED' }, page);
  }

  /** MODERATOR: approve or reject a pending (or earlier moderated) message; audited with ids and statuses only. Null when there is no such message. */
  async moderate(viewer: Viewer, id: string, decision: 'APPROVED' | 'REJECTED'): Promise<ModerationMessageRow | null> {
    if (!isUuid(id)) return null;
    return this.db.transaction(async (m) => {
      const before = await store.lockMessageStatus(m, id);
      if (!before) return null;
      const row = await store.setMessageStatus(m, id, decision);
      await this.audit.record(m, {
        viewer,
        action: 'moderate',
        entityType: 'SolidarityMessage',
        entityId: id,
        before: { status: before },
        after: { status: decision },
      });
      return this.toMessage(row);
    });
  }

  private async read(filter: store.MessageFilter, page: Page): Promise<{ rows: ModerationMessageRow[]; total: number }> {
    const { rows, total } = await this.db.read((m) => store.messages(m, filter, page));
    return { total, rows: rows.map((r) => this.toMessage(r)) };
  }

  private toMessage(r: store.MessageRow): ModerationMessageRow {
    const { cipher } = this.runtime;
    const name = cipher.decrypt(r.name_enc);
    return {
      id: String(r.id),
      targetKind: r.target_kind,
      targetId: String(r.campaign_id ?? r.spotlight_id),
      text: cipher.decrypt(r.body_enc),
      signedAs: r.show_first_name ? firstNameOf(name) : 'Anonymous',
      signerName: name,
      status: r.status,
      forwardConsent: Boolean(r.forward_consent),
      createdAt: new Date(r.created_at),
      moderatedAt: r.moderated_at ? new Date(r.moderated_at) : null,
    };
  }
}

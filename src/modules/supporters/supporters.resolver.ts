/**
 * Supporters' GraphQL operations: thin. They turn global IDs into keys, unpack the request
 * context (locale, viewer) into plain arguments, and leave the work to the services.
 */
import { CurrentViewer } from '../access/current-viewer';
import type { Viewer } from '../access/viewer';
import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { registerNodeType } from '../../graphql/node.resolver';
import { badInput } from '../../shared/errors';
import { Locale, LOCALE_ARGUMENT } from '../taxonomy/localized';
import { connectionFrom, firstPage, fromGlobalId, pageOf } from '../../shared/relay';
import { messageKey } from './messages.service';
import { signatureKey } from './signatures.service';
import { PrivacyNoticeType, toPrivacyNotice } from './privacy-notice.types';
import {
  ConfirmDataRightsRequestPayload,
  ConfirmNewsletterSubscriptionPayload,
  ConfirmSignaturePayload,
  EmailInput,
  EmailRequestPayload,
  ExportMyDataPayload,
  ModerateSolidarityMessageInput,
  ModerateSolidarityMessagePayload,
  ModerationQueueArgs,
  RequestRectificationInput,
  RequestRestrictionInput,
  SendNewsletterInput,
  SendNewsletterPayload,
  SendSolidarityMessageInput,
  SendSolidarityMessagePayload,
  SignCampaignInput,
  SignCampaignPayload,
  SolidarityMessageConnection,
  SolidarityMessageForModerationConnection,
  SolidarityMessagesArgs,
  SubscribeToNewsletterInput,
  SupporterSignatureConnection,
  SupporterSignaturesArgs,
  TokenInput,
  UnsubscribePayload,
  toModerationMessage,
  toPublicMessage,
  toSignature,
} from './supporters.types';
import { supporterRateLimits as limit } from './rate-limits';

// `node(id)` finds a message only while the public may see it (approved, still consented to, its target public).
registerNodeType('SolidarityMessage', async (key, ctx) => {
  const { rows } = await ctx.services.supporters.messages.publicMessages({ id: key }, firstPage(1));
  return rows[0] ? toPublicMessage(rows[0]) : null;
});

const EMAIL_SENT = 'If the address can receive mail, a message with a link is on its way. The link works once and expires.';

/** The key (uuid or slug) of the campaign named by exactly one of a global ID or a slug. */
function campaignKey(args: { campaignId?: string | null; campaignSlug?: string | null }, required: boolean): string | null {
  if (args.campaignId && args.campaignSlug) throw badInput('campaignId', 'give campaignId or campaignSlug, not both');
  if (args.campaignId) {
    const parsed = fromGlobalId(args.campaignId);
    if (!parsed || parsed.type !== 'Campaign') throw badInput('campaignId', 'is not a Campaign ID');
    return parsed.key;
  }
  if (args.campaignSlug) return args.campaignSlug;
  if (required) throw badInput('campaignId', 'give campaignId or campaignSlug');
  return null;
}

function spotlightKey(id: string): string {
  const parsed = fromGlobalId(id);
  if (!parsed || parsed.type !== 'DefenderSpotlight') throw badInput('spotlightId', 'is not a DefenderSpotlight ID');
  return parsed.key;
}

@Resolver()
export class SupportersResolver {
  // ---------------------------------------------------------------- be informed

  @Query(() => PrivacyNoticeType, { description: 'What supporters’ data is held, why, on which legal basis, for how long, who receives it, and their rights.' })
  privacyNotice(
    @Arg('locale', () => Locale, { nullable: true, description: LOCALE_ARGUMENT }) _locale: Locale | undefined,
    @Ctx() ctx: AppContext,
  ): PrivacyNoticeType {
    return toPrivacyNotice(ctx.locale);
  }

  // ---------------------------------------------------------------- signatures

  @Mutation(() => SignCampaignPayload, {
    description:
      'Signs a campaign. A confirmation link is e-mailed to the address and the signature counts once it is followed (confirmSignature). The same address (any case or spacing) counts once; the answer never says whether it had signed before.',
  })
  @limit.signature
  async signCampaign(
    @Arg('input', () => SignCampaignInput, { description: 'The signature.' }) input: SignCampaignInput,
    @Ctx() ctx: AppContext,
  ): Promise<SignCampaignPayload> {
    await ctx.services.supporters.signatures.sign({ ...input, campaignKey: campaignKey(input, true)! }, ctx.locale);
    return { accepted: true };
  }

  @Mutation(() => ConfirmSignaturePayload, {
    description: 'With the token of the link mailed by signCampaign: confirms the signature, which from then on counts. The token works once and expires.',
  })
  @limit.token
  async confirmSignature(
    @Arg('input', () => TokenInput, { description: 'The token from the confirmation e-mail.' }) input: TokenInput,
    @Ctx() ctx: AppContext,
  ): Promise<ConfirmSignaturePayload> {
    await ctx.services.supporters.signatures.confirm(input.token);
    return { confirmed: true };
  }

  @Query(() => SupporterSignatureConnection, {
    description: 'ADMIN: a campaign’s confirmed signatures with decrypted names and addresses (the read is audited).',
  })
  @Authorized('ADMIN')
  async supporterSignatures(
    @Args() args: SupporterSignaturesArgs,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: AppContext,
  ): Promise<SupporterSignatureConnection> {
    const page = pageOf(args);
    const found = await ctx.services.supporters.signatures.forAdmin(viewer, campaignKey(args, true)!, page);
    return connectionFrom(found?.rows ?? [], found?.total ?? 0, page, signatureKey, toSignature);
  }

  // ---------------------------------------------------------------- solidarity messages

  @Mutation(() => SendSolidarityMessagePayload, { description: 'A short message to a defender (spotlight) or a campaign, held for moderation.' })
  @limit.message
  async sendSolidarityMessage(
    @Arg('input', () => SendSolidarityMessageInput, { description: 'The message and who it is for.' }) input: SendSolidarityMessageInput,
    @Ctx() ctx: AppContext,
  ): Promise<SendSolidarityMessagePayload> {
    const targets = [input.campaignId, input.campaignSlug, input.spotlightId].filter(Boolean).length;
    if (targets !== 1) throw badInput('campaignId', 'give exactly one of campaignId, campaignSlug or spotlightId');
    const target = input.spotlightId
      ? { kind: 'SPOTLIGHT' as const, id: spotlightKey(input.spotlightId) }
      : { kind: 'CAMPAIGN' as const, key: campaignKey(input, true)! };
    await ctx.services.supporters.messages.send({ ...input, target });
    return { accepted: true, status: 'PENDING' };
  }

  @Query(() => SolidarityMessageConnection, { description: 'Approved solidarity messages, newest first, for a campaign or a spotlight (or all).' })
  async solidarityMessages(@Args() args: SolidarityMessagesArgs, @Ctx() ctx: AppContext): Promise<SolidarityMessageConnection> {
    const page = pageOf(args);
    const { rows, total } = await ctx.services.supporters.messages.publicMessages(
      { campaignKey: campaignKey(args, false) ?? undefined, spotlightId: args.spotlightId ? spotlightKey(args.spotlightId) : undefined },
      page,
    );
    return connectionFrom(rows, total, page, messageKey, toPublicMessage);
  }

  @Query(() => SolidarityMessageForModerationConnection, {
    description: 'MODERATOR: messages by status (PENDING by default). APPROVED ones still consented to are those to forward.',
  })
  @Authorized('MODERATOR')
  async solidarityMessagesForModeration(@Args() args: ModerationQueueArgs, @Ctx() ctx: AppContext): Promise<SolidarityMessageForModerationConnection> {
    const page = pageOf(args);
    const { rows, total } = await ctx.services.supporters.messages.forModeration(args.status, page);
    return connectionFrom(rows, total, page, messageKey, toModerationMessage);
  }

  @Mutation(() => ModerateSolidarityMessagePayload, { description: 'MODERATOR: approve (publish and forward) or reject a message. Audited.' })
  @Authorized('MODERATOR')
  async moderateSolidarityMessage(
    @Arg('input', () => ModerateSolidarityMessageInput, { description: 'The message and the decision.' }) input: ModerateSolidarityMessageInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: AppContext,
  ): Promise<ModerateSolidarityMessagePayload> {
    const parsed = fromGlobalId(input.id);
    if (!parsed || parsed.type !== 'SolidarityMessage') throw badInput('id', 'is not a SolidarityMessage ID');
    const row = await ctx.services.supporters.messages.moderate(viewer, parsed.key, input.decision === 'APPROVE' ? 'APPROVED' : 'REJECTED');
    if (!row) throw badInput('id', 'does not name a message');
    return { message: toModerationMessage(row) };
  }

  // ---------------------------------------------------------------- newsletter

  @Mutation(() => EmailRequestPayload, { description: 'Double opt-in: a confirmation link is e-mailed; nothing is sent until it is followed.' })
  @limit.emailRequest
  async subscribeToNewsletter(
    @Arg('input', () => SubscribeToNewsletterInput, { description: 'The address to subscribe.' }) input: SubscribeToNewsletterInput,
    @Ctx() ctx: AppContext,
  ): Promise<EmailRequestPayload> {
    await ctx.services.supporters.newsletter.subscribeFromForm(input, ctx.locale);
    return { accepted: true, message: EMAIL_SENT };
  }

  @Mutation(() => ConfirmNewsletterSubscriptionPayload, { description: 'Confirms a newsletter subscription with the token from its e-mail (double opt-in).' })
  @limit.token
  async confirmNewsletterSubscription(
    @Arg('input', () => TokenInput, { description: 'The token from the confirmation e-mail.' }) input: TokenInput,
    @Ctx() ctx: AppContext,
  ): Promise<ConfirmNewsletterSubscriptionPayload> {
    await ctx.services.supporters.newsletter.confirm(input.token);
    return { confirmed: true };
  }

  @Mutation(() => UnsubscribePayload, { description: 'With the token of the link in every newsletter: unsubscribes and deletes the address.' })
  @limit.token
  async unsubscribe(
    @Arg('input', () => TokenInput, { description: 'The token from the newsletter’s unsubscribe link.' }) input: TokenInput,
    @Ctx() ctx: AppContext,
  ): Promise<UnsubscribePayload> {
    await ctx.services.supporters.newsletter.unsubscribe(input.token);
    return { unsubscribed: true };
  }

  @Mutation(() => SendNewsletterPayload, { description: 'ADMIN: e-mails a newsletter issue to every confirmed subscriber, each with an unsubscribe link.' })
  @Authorized('ADMIN')
  async sendNewsletter(
    @Arg('input', () => SendNewsletterInput, { description: 'The issue to send.' }) input: SendNewsletterInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: AppContext,
  ): Promise<SendNewsletterPayload> {
    return { recipients: await ctx.services.supporters.newsletter.sendIssue(viewer, input.subject, input.text) };
  }

  // ---------------------------------------------------------------- data-subject rights

  @Mutation(() => EmailRequestPayload, { description: 'Access and portability: e-mails a single-use link; exportMyData(token) then returns everything held.' })
  @limit.emailRequest
  async requestDataExport(
    @Arg('input', () => EmailInput, { description: 'The address whose data to export.' }) input: EmailInput,
    @Ctx() ctx: AppContext,
  ): Promise<EmailRequestPayload> {
    await ctx.services.supporters.dataRights.requestExport(input.email);
    return { accepted: true, message: EMAIL_SENT };
  }

  @Mutation(() => ExportMyDataPayload, { description: 'Everything held about the address the token was sent to, as JSON. The token works once.' })
  @limit.token
  async exportMyData(
    @Arg('input', () => TokenInput, { description: 'The token from the export e-mail.' }) input: TokenInput,
    @Ctx() ctx: AppContext,
  ): Promise<ExportMyDataPayload> {
    return { data: await ctx.services.supporters.dataRights.exportData(input.token) };
  }

  @Mutation(() => EmailRequestPayload, { description: 'Rectification: the new name applies once the e-mailed link is confirmed.' })
  @limit.emailRequest
  async requestRectification(
    @Arg('input', () => RequestRectificationInput, { description: 'The address and the corrected name.' }) input: RequestRectificationInput,
    @Ctx() ctx: AppContext,
  ): Promise<EmailRequestPayload> {
    await ctx.services.supporters.dataRights.requestRectification(input.email, input.name);
    return { accepted: true, message: EMAIL_SENT };
  }

  @Mutation(() => EmailRequestPayload, {
    description: 'Erasure of all personal data for the address, once the e-mailed link is confirmed; signatures stay as anonymous counts.',
  })
  @limit.emailRequest
  async requestErasure(
    @Arg('input', () => EmailInput, { description: 'The address whose data to erase.' }) input: EmailInput,
    @Ctx() ctx: AppContext,
  ): Promise<EmailRequestPayload> {
    await ctx.services.supporters.dataRights.requestErasure(input.email);
    return { accepted: true, message: EMAIL_SENT };
  }

  @Mutation(() => EmailRequestPayload, { description: 'Restriction / objection: stop the chosen processing once the e-mailed link is confirmed.' })
  @limit.emailRequest
  async requestRestriction(
    @Arg('input', () => RequestRestrictionInput, { description: 'The address and the processing to stop.' }) input: RequestRestrictionInput,
    @Ctx() ctx: AppContext,
  ): Promise<EmailRequestPayload> {
    await ctx.services.supporters.dataRights.requestRestriction(input.email, input.purposes);
    return { accepted: true, message: EMAIL_SENT };
  }

  @Mutation(() => ConfirmDataRightsRequestPayload, {
    description: 'Carries out an erasure, rectification or restriction request with the token from its e-mail.',
  })
  @limit.token
  async confirmDataRightsRequest(
    @Arg('input', () => TokenInput, { description: 'The token from the request’s e-mail.' }) input: TokenInput,
    @Ctx() ctx: AppContext,
  ): Promise<ConfirmDataRightsRequestPayload> {
    return { kind: await ctx.services.supporters.dataRights.confirmRequest(input.token), completed: true };
  }
}

/** Supporters' GraphQL operations: thin, the service does the work. */
import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { registerNodeType } from '../../graphql/node.resolver';
import { badInput } from '../../shared/errors';
import { Locale } from '../../shared/localized';
import { connectionFrom, fromGlobalId, pageOf } from '../../shared/relay';
import { checkAge } from './validation';
import { PrivacyNoticeType, toPrivacyNotice } from './privacy-notice.types';
import { RESTRICTABLE_PURPOSES } from './supporters.service';
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
import { checkName } from './validation';
import { supporterRateLimits as limit } from './rate-limits';

// `node(id)` finds a message only while the public may see it (approved, still consented to, its target public).
registerNodeType('SolidarityMessage', async (key, ctx) => {
  const { rows } = await ctx.services.supporters.messages(
    { status: 'APPROVED', forwardableOnly: true, publicTargetsOnly: true, id: key },
    { offset: 0, limit: 1 },
  );
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

async function campaignOpenForSigning(ctx: AppContext, key: string): Promise<string> {
  const id = await ctx.services.supporters.findCampaign(key, true);
  if (!id) throw badInput('campaignId', 'does not name a published campaign open for signing');
  return id;
}

@Resolver()
export class SupportersResolver {
  // ---------------------------------------------------------------- be informed

  @Query(() => PrivacyNoticeType, { description: 'What supporters’ data is held, why, on which legal basis, for how long, who receives it, and their rights.' })
  privacyNotice(@Arg('locale', () => Locale, { nullable: true }) _locale: Locale | undefined, @Ctx() ctx: AppContext): PrivacyNoticeType {
    return toPrivacyNotice(ctx.locale);
  }

  // ---------------------------------------------------------------- signatures

  @Mutation(() => SignCampaignPayload, {
    description:
      'Signs a campaign. A confirmation link is e-mailed to the address and the signature counts once it is followed (confirmSignature). The same address (any case or spacing) counts once; the answer never says whether it had signed before.',
  })
  @limit.signature
  async signCampaign(@Arg('input', () => SignCampaignInput) input: SignCampaignInput, @Ctx() ctx: AppContext): Promise<SignCampaignPayload> {
    const campaignId = await campaignOpenForSigning(ctx, campaignKey(input, true)!);
    await ctx.services.supporters.sign({ ...input, campaignId, locale: ctx.locale });
    return { accepted: true };
  }

  @Mutation(() => ConfirmSignaturePayload, {
    description: 'With the token of the link mailed by signCampaign: confirms the signature, which from then on counts. The token works once and expires.',
  })
  @limit.token
  async confirmSignature(@Arg('input', () => TokenInput) input: TokenInput, @Ctx() ctx: AppContext): Promise<ConfirmSignaturePayload> {
    await ctx.services.supporters.confirmSignature(input.token);
    return { confirmed: true };
  }

  @Query(() => SupporterSignatureConnection, {
    description: 'ADMIN: a campaign’s confirmed signatures with decrypted names and addresses (the read is audited).',
  })
  @Authorized('ADMIN')
  async supporterSignatures(@Args() args: SupporterSignaturesArgs, @Ctx() ctx: AppContext): Promise<SupporterSignatureConnection> {
    const page = pageOf(args);
    const key = campaignKey(args, true)!;
    const id = await ctx.services.supporters.findCampaign(key);
    if (!id) return connectionFrom([], 0, page);
    const { rows, total } = await ctx.services.supporters.signatures(ctx.viewer!, id, page);
    return connectionFrom(rows.map(toSignature), total, page);
  }

  // ---------------------------------------------------------------- solidarity messages

  @Mutation(() => SendSolidarityMessagePayload, { description: 'A short message to a defender (spotlight) or a campaign, held for moderation.' })
  @limit.message
  async sendSolidarityMessage(
    @Arg('input', () => SendSolidarityMessageInput) input: SendSolidarityMessageInput,
    @Ctx() ctx: AppContext,
  ): Promise<SendSolidarityMessagePayload> {
    const targets = [input.campaignId, input.campaignSlug, input.spotlightId].filter(Boolean).length;
    if (targets !== 1) throw badInput('campaignId', 'give exactly one of campaignId, campaignSlug or spotlightId');
    const target = input.spotlightId
      ? { kind: 'SPOTLIGHT' as const, id: spotlightKey(input.spotlightId) }
      : { kind: 'CAMPAIGN' as const, id: campaignKey(input, true)! };
    await ctx.services.supporters.sendMessage({ ...input, target });
    return { accepted: true, status: 'PENDING' };
  }

  @Query(() => SolidarityMessageConnection, { description: 'Approved solidarity messages, newest first, for a campaign or a spotlight (or all).' })
  async solidarityMessages(@Args() args: SolidarityMessagesArgs, @Ctx() ctx: AppContext): Promise<SolidarityMessageConnection> {
    const page = pageOf(args);
    const key = campaignKey(args, false);
    const campaignId = key ? await ctx.services.supporters.findCampaign(key) : undefined;
    if (key && !campaignId) return connectionFrom([], 0, page);
    const spotlightId = args.spotlightId ? spotlightKey(args.spotlightId) : undefined;
    const { rows, total } = await ctx.services.supporters.messages(
      { status: 'APPROVED', forwardableOnly: true, publicTargetsOnly: true, campaignId: campaignId ?? undefined, spotlightId },
      page,
    );
    return connectionFrom(rows.map(toPublicMessage), total, page);
  }

  @Query(() => SolidarityMessageForModerationConnection, {
    description: 'MODERATOR: messages by status (PENDING by default). APPROVED ones still consented to are those to forward.',
  })
  @Authorized('MODERATOR')
  async solidarityMessagesForModeration(@Args() args: ModerationQueueArgs, @Ctx() ctx: AppContext): Promise<SolidarityMessageForModerationConnection> {
    const page = pageOf(args);
    const { rows, total } = await ctx.services.supporters.messages({ status: args.status, forwardableOnly: args.status === 'APPROVED' }, page);
    return connectionFrom(rows.map(toModerationMessage), total, page);
  }

  @Mutation(() => ModerateSolidarityMessagePayload, { description: 'MODERATOR: approve (publish and forward) or reject a message. Audited.' })
  @Authorized('MODERATOR')
  async moderateSolidarityMessage(
    @Arg('input', () => ModerateSolidarityMessageInput) input: ModerateSolidarityMessageInput,
    @Ctx() ctx: AppContext,
  ): Promise<ModerateSolidarityMessagePayload> {
    const parsed = fromGlobalId(input.id);
    if (!parsed || parsed.type !== 'SolidarityMessage') throw badInput('id', 'is not a SolidarityMessage ID');
    const row = await ctx.services.supporters.moderate(ctx.viewer!, parsed.key, input.decision === 'APPROVE' ? 'APPROVED' : 'REJECTED');
    if (!row) throw badInput('id', 'does not name a message');
    return { message: toModerationMessage(row) };
  }

  // ---------------------------------------------------------------- newsletter

  @Mutation(() => EmailRequestPayload, { description: 'Double opt-in: a confirmation link is e-mailed; nothing is sent until it is followed.' })
  @limit.emailRequest
  async subscribeToNewsletter(
    @Arg('input', () => SubscribeToNewsletterInput) input: SubscribeToNewsletterInput,
    @Ctx() ctx: AppContext,
  ): Promise<EmailRequestPayload> {
    checkAge(input.over18, input.guardianPermission);
    await ctx.services.supporters.subscribe(input.email, ctx.locale);
    return { accepted: true, message: EMAIL_SENT };
  }

  @Mutation(() => ConfirmNewsletterSubscriptionPayload)
  @limit.token
  async confirmNewsletterSubscription(@Arg('input', () => TokenInput) input: TokenInput, @Ctx() ctx: AppContext): Promise<ConfirmNewsletterSubscriptionPayload> {
    await ctx.services.supporters.confirmSubscription(input.token);
    return { confirmed: true };
  }

  @Mutation(() => UnsubscribePayload, { description: 'With the token of the link in every newsletter: unsubscribes and deletes the address.' })
  @limit.token
  async unsubscribe(@Arg('input', () => TokenInput) input: TokenInput, @Ctx() ctx: AppContext): Promise<UnsubscribePayload> {
    await ctx.services.supporters.unsubscribe(input.token);
    return { unsubscribed: true };
  }

  @Mutation(() => SendNewsletterPayload, { description: 'ADMIN: e-mails a newsletter issue to every confirmed subscriber, each with an unsubscribe link.' })
  @Authorized('ADMIN')
  async sendNewsletter(@Arg('input', () => SendNewsletterInput) input: SendNewsletterInput, @Ctx() ctx: AppContext): Promise<SendNewsletterPayload> {
    const subject = input.subject.trim();
    if (subject.length < 1 || subject.length > 200) throw badInput('subject', 'must be 1 to 200 characters');
    if (input.text.trim().length < 1 || input.text.length > 50_000) throw badInput('text', 'must be 1 to 50000 characters');
    return { recipients: await ctx.services.supporters.sendNewsletter(ctx.viewer!, subject, input.text) };
  }

  // ---------------------------------------------------------------- data-subject rights

  @Mutation(() => EmailRequestPayload, { description: 'Access and portability: e-mails a single-use link; exportMyData(token) then returns everything held.' })
  @limit.emailRequest
  async requestDataExport(@Arg('input', () => EmailInput) input: EmailInput, @Ctx() ctx: AppContext): Promise<EmailRequestPayload> {
    await ctx.services.supporters.requestRight('EXPORT', input.email);
    return { accepted: true, message: EMAIL_SENT };
  }

  @Mutation(() => ExportMyDataPayload, { description: 'Everything held about the address the token was sent to, as JSON. The token works once.' })
  @limit.token
  async exportMyData(@Arg('input', () => TokenInput) input: TokenInput, @Ctx() ctx: AppContext): Promise<ExportMyDataPayload> {
    return { data: await ctx.services.supporters.exportData(input.token) };
  }

  @Mutation(() => EmailRequestPayload, { description: 'Rectification: the new name applies once the e-mailed link is confirmed.' })
  @limit.emailRequest
  async requestRectification(@Arg('input', () => RequestRectificationInput) input: RequestRectificationInput, @Ctx() ctx: AppContext): Promise<EmailRequestPayload> {
    const name = checkName(input.name);
    await ctx.services.supporters.requestRight('RECTIFY', input.email, { name });
    return { accepted: true, message: EMAIL_SENT };
  }

  @Mutation(() => EmailRequestPayload, { description: 'Erasure of all personal data for the address, once the e-mailed link is confirmed; signatures stay as anonymous counts.' })
  @limit.emailRequest
  async requestErasure(@Arg('input', () => EmailInput) input: EmailInput, @Ctx() ctx: AppContext): Promise<EmailRequestPayload> {
    await ctx.services.supporters.requestRight('ERASE', input.email);
    return { accepted: true, message: EMAIL_SENT };
  }

  @Mutation(() => EmailRequestPayload, { description: 'Restriction / objection: stop the chosen processing once the e-mailed link is confirmed.' })
  @limit.emailRequest
  async requestRestriction(@Arg('input', () => RequestRestrictionInput) input: RequestRestrictionInput, @Ctx() ctx: AppContext): Promise<EmailRequestPayload> {
    const purposes = [...new Set(input.purposes)];
    if (purposes.length === 0 || !purposes.every((p) => (RESTRICTABLE_PURPOSES as readonly string[]).includes(p))) {
      throw badInput('purposes', 'name at least one purpose');
    }
    await ctx.services.supporters.requestRight('RESTRICT', input.email, { purposes });
    return { accepted: true, message: EMAIL_SENT };
  }

  @Mutation(() => ConfirmDataRightsRequestPayload, { description: 'Carries out an erasure, rectification or restriction request with the token from its e-mail.' })
  @limit.token
  async confirmDataRightsRequest(@Arg('input', () => TokenInput) input: TokenInput, @Ctx() ctx: AppContext): Promise<ConfirmDataRightsRequestPayload> {
    return { kind: await ctx.services.supporters.confirmRequest(input.token), completed: true };
  }
}

/** GraphQL types of the supporters module. */
import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, Node, PageArgs, toGlobalId } from '../../shared/relay';
import type { RestrictablePurpose } from './data-rights.service';
import type { ModerationMessageRow } from './messages.service';
import type { SignatureAdminRow } from './signatures.service';
import type { MessageStatus, RightsRequestKind } from './supporters.store';

export const SolidarityMessageStatusEnum = { PENDING: 'PENDING', APPROVED: 'APPROVED', REJECTED: 'REJECTED' } as const;
registerEnumType(SolidarityMessageStatusEnum, { name: 'SolidarityMessageStatus', description: 'Moderation state of a solidarity message.' });

export const ModerationDecisionEnum = { APPROVE: 'APPROVE', REJECT: 'REJECT' } as const;
registerEnumType(ModerationDecisionEnum, { name: 'ModerationDecision' });

export const SolidarityTargetKindEnum = { CAMPAIGN: 'CAMPAIGN', SPOTLIGHT: 'SPOTLIGHT' } as const;
registerEnumType(SolidarityTargetKindEnum, {
  name: 'SolidarityTargetKind',
  description: 'What a solidarity message is written to: a campaign or a defender spotlight.',
});

export const RestrictablePurposeEnum = {
  NEWSLETTER: 'NEWSLETTER',
  FORWARD_SOLIDARITY_MESSAGE: 'FORWARD_SOLIDARITY_MESSAGE',
  NAME_HAND_OVER: 'NAME_HAND_OVER',
  CAMPAIGN_UPDATES: 'CAMPAIGN_UPDATES',
} as const satisfies { [K in RestrictablePurpose]: K };
registerEnumType(RestrictablePurposeEnum, {
  name: 'RestrictablePurpose',
  description:
    'Processing a supporter can stop: the newsletter (the address is deleted), forwarding their messages, handing their name to governments, campaign updates.',
});

export const DataRightsRequestKindEnum = { EXPORT: 'EXPORT', RECTIFY: 'RECTIFY', ERASE: 'ERASE', RESTRICT: 'RESTRICT' } as const satisfies {
  [K in RightsRequestKind]: K;
};
registerEnumType(DataRightsRequestKindEnum, { name: 'DataRightsRequestKind' });

// ------------------------------------------------------------------ inputs

@InputType({ description: 'A signature. Under 18, a parent’s or guardian’s permission is required.' })
export class SignCampaignInput {
  @Field(() => ID, { nullable: true, description: 'The campaign’s global ID (or give campaignSlug).' }) campaignId?: string;
  @Field(() => String, { nullable: true, description: 'The campaign’s slug (or give campaignId).' }) campaignSlug?: string;
  @Field({ description: 'First and last name (stored encrypted).' }) name: string;
  @Field({
    description:
      'E-mail address (stored encrypted, with a keyed hash to count each address once); the signature counts once the link mailed to it is followed.',
  })
  email: string;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code; optional, counted per country.' }) country?: string;
  @Field({ description: 'The supporter confirms they are 18 or older.' }) over18: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Required (true) when over18 is false.' }) guardianPermission?: boolean;
  @Field({ description: 'Consent to hand the name to governments with the petition (else only counted).' }) handOverName: boolean;
  @Field({ defaultValue: false, description: 'Subscribe to the newsletter (a confirmation link is e-mailed first).' }) newsletter: boolean;
  @Field({ defaultValue: false, description: 'Consent to e-mails about this campaign’s progress.' }) campaignUpdates: boolean;
  @Field(() => String, { nullable: true, description: 'An optional solidarity message to defenders, moderated before it is forwarded.' })
  solidarityMessage?: string;
  @Field({ defaultValue: false, description: 'Consent to forward the solidarity message (required with one).' }) forwardSolidarityMessage: boolean;
}

@InputType()
export class SendSolidarityMessageInput {
  @Field(() => ID, { nullable: true, description: 'A campaign (global ID); give exactly one of campaignId, campaignSlug, spotlightId.' })
  campaignId?: string;
  @Field(() => String, { nullable: true }) campaignSlug?: string;
  @Field(() => ID, { nullable: true, description: 'A defender spotlight (global ID).' }) spotlightId?: string;
  @Field({ description: 'The name you sign with (a first name or pseudonym is fine); forwarded with the message.' }) name: string;
  @Field({ description: 'Your address, never shown or forwarded; lets you exercise your rights.' }) email: string;
  @Field({ description: 'The message, at most 1000 characters.' }) text: string;
  @Field({ defaultValue: false, description: 'Show your first name publicly under the message (else "Anonymous").' }) showFirstName: boolean;
  @Field({ description: 'Consent to have the message forwarded to the defender after moderation (must be true).' }) consentToForward: boolean;
  @Field() over18: boolean;
  @Field(() => Boolean, { nullable: true }) guardianPermission?: boolean;
}

@InputType()
export class ModerateSolidarityMessageInput {
  @Field(() => ID) id: string;
  @Field(() => ModerationDecisionEnum) decision: keyof typeof ModerationDecisionEnum;
}

@InputType()
export class EmailInput {
  @Field() email: string;
}

@InputType()
export class SubscribeToNewsletterInput {
  @Field() email: string;
  @Field({ description: 'The subscriber confirms they are 18 or older.' }) over18: boolean;
  @Field(() => Boolean, { nullable: true }) guardianPermission?: boolean;
}

@InputType()
export class RequestRectificationInput {
  @Field() email: string;
  @Field({ description: 'The corrected name, applied to every signature and message of the address once confirmed.' }) name: string;
}

@InputType()
export class RequestRestrictionInput {
  @Field() email: string;
  @Field(() => [RestrictablePurposeEnum]) purposes: RestrictablePurpose[];
}

@InputType()
export class TokenInput {
  @Field({ description: 'The token from the link in the e-mail.' }) token: string;
}

@InputType()
export class SendNewsletterInput {
  @Field() subject: string;
  @Field({ description: 'Plain text; an unsubscribe link is appended to every copy.' }) text: string;
}

// ------------------------------------------------------------------ args

@ArgsType()
export class SolidarityMessagesArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) campaignId?: string;
  @Field(() => String, { nullable: true }) campaignSlug?: string;
  @Field(() => ID, { nullable: true }) spotlightId?: string;
}

@ArgsType()
export class ModerationQueueArgs extends PageArgs {
  @Field(() => SolidarityMessageStatusEnum, { defaultValue: 'PENDING' }) status: MessageStatus;
}

@ArgsType()
export class SupporterSignaturesArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) campaignId?: string;
  @Field(() => String, { nullable: true }) campaignSlug?: string;
}

// ------------------------------------------------------------------ outputs

@ObjectType({ implements: Node, description: 'An approved solidarity message, as shown publicly: the text and a first name or "Anonymous".' })
export class SolidarityMessage extends Node {
  @Field() text: string;
  @Field({ description: 'The sender’s first name if they chose to show it, else "Anonymous".' }) signedAs: string;
  @Field(() => SolidarityTargetKindEnum) targetKind: 'CAMPAIGN' | 'SPOTLIGHT';
  @Field(() => ID, { description: 'Global ID of the campaign or spotlight.' }) targetId: string;
  @Field() createdAt: Date;
}

@ObjectType({ description: 'A solidarity message as moderators see it (never the e-mail address).' })
export class SolidarityMessageForModeration extends SolidarityMessage {
  @Field({ description: 'The full name the message is signed with; forwarded to the defender with an approved message.' }) signerName: string;
  @Field(() => SolidarityMessageStatusEnum) status: MessageStatus;
  @Field({ description: 'False once the sender stopped forwarding: then it is neither shown nor forwarded.' }) forwardConsent: boolean;
  @Field(() => Date, { nullable: true }) moderatedAt: Date | null;
}

@ObjectType()
export class SolidarityMessageConnection extends Connection(SolidarityMessage, 'SolidarityMessage') {}

@ObjectType()
export class SolidarityMessageForModerationConnection extends Connection(SolidarityMessageForModeration, 'SolidarityMessageForModeration') {}

@ObjectType({ description: 'ADMIN only: a confirmed signature with the supporter’s decrypted data.' })
export class SupporterSignature {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() email: string;
  @Field(() => String, { nullable: true }) country: string | null;
  @Field() handOverName: boolean;
  @Field() campaignUpdates: boolean;
  @Field() guardianPermission: boolean;
  @Field() signedAt: Date;
}

@ObjectType()
export class SupporterSignatureConnection extends Connection(SupporterSignature, 'SupporterSignature') {}

@ObjectType({ description: 'Always the same answer, whether or not the address had signed before.' })
export class SignCampaignPayload {
  @Field() accepted: boolean;
}

@ObjectType()
export class SendSolidarityMessagePayload {
  @Field() accepted: boolean;
  @Field(() => SolidarityMessageStatusEnum, { description: 'Always PENDING: a moderator approves or rejects it.' }) status: MessageStatus;
}

@ObjectType()
export class ModerateSolidarityMessagePayload {
  @Field(() => SolidarityMessageForModeration) message: SolidarityMessageForModeration;
}

@ObjectType({ description: 'The same answer whether or not the address is known: an e-mail with a link goes to the address.' })
export class EmailRequestPayload {
  @Field() accepted: boolean;
  @Field() message: string;
}

@ObjectType()
export class ConfirmSignaturePayload {
  @Field({ description: 'True: the signature is confirmed and counted.' }) confirmed: boolean;
}

@ObjectType()
export class ConfirmNewsletterSubscriptionPayload {
  @Field() confirmed: boolean;
}

@ObjectType()
export class UnsubscribePayload {
  @Field() unsubscribed: boolean;
}

@ObjectType()
export class SendNewsletterPayload {
  @Field(() => Int) recipients: number;
}

@ObjectType()
export class ExportMyDataPayload {
  @Field(() => GraphQLJSONObject, { description: 'Everything held about the address, as JSON (format protection-atlas/supporter-export/v1).' })
  data: Record<string, unknown>;
}

@ObjectType()
export class ConfirmDataRightsRequestPayload {
  @Field(() => DataRightsRequestKindEnum) kind: RightsRequestKind;
  @Field() completed: boolean;
}

// ------------------------------------------------------------------ mapping

export const solidarityMessageId = (uuid: string) => toGlobalId('SolidarityMessage', uuid);
export const campaignGlobalId = (uuid: string) => toGlobalId('Campaign', uuid);
export const spotlightGlobalId = (uuid: string) => toGlobalId('DefenderSpotlight', uuid);

export function toPublicMessage(r: ModerationMessageRow): SolidarityMessage {
  return Object.assign(new SolidarityMessage(), {
    id: solidarityMessageId(r.id),
    text: r.text,
    signedAs: r.signedAs,
    targetKind: r.targetKind,
    targetId: r.targetKind === 'CAMPAIGN' ? campaignGlobalId(r.targetId) : spotlightGlobalId(r.targetId),
    createdAt: r.createdAt,
  });
}

export function toModerationMessage(r: ModerationMessageRow): SolidarityMessageForModeration {
  return Object.assign(new SolidarityMessageForModeration(), toPublicMessage(r), {
    signerName: r.signerName,
    status: r.status,
    forwardConsent: r.forwardConsent,
    moderatedAt: r.moderatedAt,
  });
}

export const toSignature = (r: SignatureAdminRow): SupporterSignature => ({ ...r });

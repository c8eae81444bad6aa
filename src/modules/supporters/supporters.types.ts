/** GraphQL types of the supporters module. */
import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, Node, PageArgs, toGlobalId } from '../../shared/relay';
import type { RestrictablePurpose } from './data-rights.service';
import type { ModerationMessageRow } from './messages.service';
import type { SignatureAdminRow } from './signatures.service';
import type { MessageStatus, RightsRequestKind } from './supporters.store';

export const SolidarityMessageStatusEnum = { PENDING: 'PENDING', APPROVED: 'APPROVED', REJECTED: 'REJECTED' } as const;
registerEnumType(SolidarityMessageStatusEnum, {
  name: 'SolidarityMessageStatus',
  description: 'Moderation state of a solidarity message.',
  valuesConfig: {
    PENDING: { description: 'Waiting for a moderator.' },
    APPROVED: { description: 'Approved: shown publicly and forwarded while the sender consents.' },
    REJECTED: { description: 'Rejected: never shown or forwarded.' },
  },
});

export const ModerationDecisionEnum = { APPROVE: 'APPROVE', REJECT: 'REJECT' } as const;
registerEnumType(ModerationDecisionEnum, {
  name: 'ModerationDecision',
  description: "A moderator's decision on a solidarity message.",
  valuesConfig: { APPROVE: { description: 'Publish and forward it.' }, REJECT: { description: 'Never show or forward it.' } },
});

export const SolidarityTargetKindEnum = { CAMPAIGN: 'CAMPAIGN', SPOTLIGHT: 'SPOTLIGHT' } as const;
registerEnumType(SolidarityTargetKindEnum, {
  name: 'SolidarityTargetKind',
  description: 'What a solidarity message is written to: a campaign or a defender spotlight.',
  valuesConfig: { CAMPAIGN: { description: 'A campaign.' }, SPOTLIGHT: { description: 'A defender spotlight.' } },
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
  valuesConfig: {
    NEWSLETTER: { description: 'The newsletter: the subscription and its address are deleted.' },
    FORWARD_SOLIDARITY_MESSAGE: { description: 'Forwarding their solidarity messages: they are then neither shown nor forwarded.' },
    NAME_HAND_OVER: { description: 'Handing their name to governments with the petition: the signature is then only counted.' },
    CAMPAIGN_UPDATES: { description: "E-mails about a campaign's progress." },
  },
});

export const DataRightsRequestKindEnum = { EXPORT: 'EXPORT', RECTIFY: 'RECTIFY', ERASE: 'ERASE', RESTRICT: 'RESTRICT' } as const satisfies {
  [K in RightsRequestKind]: K;
};
registerEnumType(DataRightsRequestKindEnum, {
  name: 'DataRightsRequestKind',
  description: 'What a data-rights request asks for.',
  valuesConfig: {
    EXPORT: { description: 'A copy of everything held about the address.' },
    RECTIFY: { description: 'A corrected name.' },
    ERASE: { description: 'Erasure of all personal data for the address.' },
    RESTRICT: { description: 'Stopping some processing.' },
  },
});

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

@InputType({ description: 'A solidarity message. Under 18, a parent’s or guardian’s permission is required.' })
export class SendSolidarityMessageInput {
  @Field(() => ID, { nullable: true, description: 'A campaign (global ID); give exactly one of campaignId, campaignSlug, spotlightId.' })
  campaignId?: string;
  @Field(() => String, { nullable: true, description: 'A campaign (slug).' }) campaignSlug?: string;
  @Field(() => ID, { nullable: true, description: 'A defender spotlight (global ID).' }) spotlightId?: string;
  @Field({ description: 'The name you sign with (a first name or pseudonym is fine); forwarded with the message.' }) name: string;
  @Field({ description: 'Your address, never shown or forwarded; lets you exercise your rights.' }) email: string;
  @Field({ description: 'The message, at most 1000 characters.' }) text: string;
  @Field({ defaultValue: false, description: 'Show your first name publicly under the message (else "Anonymous").' }) showFirstName: boolean;
  @Field({ description: 'Consent to have the message forwarded to the defender after moderation (must be true).' }) consentToForward: boolean;
  @Field({ description: 'The sender confirms they are 18 or older.' }) over18: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Required (true) when over18 is false.' }) guardianPermission?: boolean;
}

@InputType({ description: 'A moderator’s decision on one message.' })
export class ModerateSolidarityMessageInput {
  @Field(() => ID, { description: 'The message’s global ID.' }) id: string;
  @Field(() => ModerationDecisionEnum, { description: 'Approve or reject.' }) decision: keyof typeof ModerationDecisionEnum;
}

@InputType({ description: 'The e-mail address a data-rights request is for; the link is mailed to it.' })
export class EmailInput {
  @Field({ description: 'The e-mail address.' }) email: string;
}

@InputType({ description: 'A newsletter subscription. Under 18, a parent’s or guardian’s permission is required.' })
export class SubscribeToNewsletterInput {
  @Field({ description: 'The address to subscribe; a confirmation link is mailed to it.' }) email: string;
  @Field({ description: 'The subscriber confirms they are 18 or older.' }) over18: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Required (true) when over18 is false.' }) guardianPermission?: boolean;
}

@InputType({ description: 'A request to correct the name held for an address.' })
export class RequestRectificationInput {
  @Field({ description: 'The address whose data is corrected; the confirmation link is mailed to it.' }) email: string;
  @Field({ description: 'The corrected name, applied to every signature and message of the address once confirmed.' }) name: string;
}

@InputType({ description: 'A request to stop some processing for an address.' })
export class RequestRestrictionInput {
  @Field({ description: 'The address concerned; the confirmation link is mailed to it.' }) email: string;
  @Field(() => [RestrictablePurposeEnum], { description: 'The processing to stop.' }) purposes: RestrictablePurpose[];
}

@InputType({ description: 'The single-use token from a link the API e-mailed.' })
export class TokenInput {
  @Field({ description: 'The token from the link in the e-mail.' }) token: string;
}

@InputType({ description: 'A newsletter issue.' })
export class SendNewsletterInput {
  @Field({ description: 'The e-mail subject.' }) subject: string;
  @Field({ description: 'Plain text; an unsubscribe link is appended to every copy.' }) text: string;
}

// ------------------------------------------------------------------ args

@ArgsType()
export class SolidarityMessagesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only messages to this campaign (global ID); give at most one of campaignId and campaignSlug.' })
  campaignId?: string;
  @Field(() => String, { nullable: true, description: 'Only messages to this campaign (slug).' }) campaignSlug?: string;
  @Field(() => ID, { nullable: true, description: 'Only messages to this defender spotlight (global ID).' }) spotlightId?: string;
}

@ArgsType()
export class ModerationQueueArgs extends PageArgs {
  @Field(() => SolidarityMessageStatusEnum, { defaultValue: 'PENDING', description: 'Only messages in this state.' }) status: MessageStatus;
}

@ArgsType()
export class SupporterSignaturesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'The campaign (global ID); give exactly one of campaignId and campaignSlug.' }) campaignId?: string;
  @Field(() => String, { nullable: true, description: 'The campaign (slug).' }) campaignSlug?: string;
}

// ------------------------------------------------------------------ outputs

@ObjectType({ implements: Node, description: 'An approved solidarity message, as shown publicly: the text and a first name or "Anonymous".' })
export class SolidarityMessage extends Node {
  @Field({ description: 'The message as written (at most 1000 characters, in the sender’s language).' }) text: string;
  @Field({ description: 'The sender’s first name if they chose to show it, else "Anonymous".' }) signedAs: string;
  @Field(() => SolidarityTargetKindEnum, { description: 'Whether it was written to a campaign or a spotlight.' }) targetKind: 'CAMPAIGN' | 'SPOTLIGHT';
  @Field(() => ID, { description: 'Global ID of the campaign or spotlight.' }) targetId: string;
  @Field({ description: 'When it was sent (UTC).' }) createdAt: Date;
}

@ObjectType({ description: 'A solidarity message as moderators see it (never the e-mail address).' })
export class SolidarityMessageForModeration extends SolidarityMessage {
  @Field({ description: 'The full name the message is signed with; forwarded to the defender with an approved message.' }) signerName: string;
  @Field(() => SolidarityMessageStatusEnum, { description: 'Its moderation state.' }) status: MessageStatus;
  @Field({ description: 'False once the sender stopped forwarding: then it is neither shown nor forwarded.' }) forwardConsent: boolean;
  @Field(() => Date, { nullable: true, description: 'When a moderator decided (UTC); null while PENDING.' }) moderatedAt: Date | null;
}

@ObjectType({ description: 'A page of approved solidarity messages.' })
export class SolidarityMessageConnection extends Connection(SolidarityMessage, 'SolidarityMessage') {}

@ObjectType({ description: 'A page of solidarity messages for moderators.' })
export class SolidarityMessageForModerationConnection extends Connection(SolidarityMessageForModeration, 'SolidarityMessageForModeration') {}

@ObjectType({ description: 'ADMIN only: a confirmed signature with the supporter’s decrypted data.' })
export class SupporterSignature {
  @Field(() => ID, { description: 'An opaque identifier of the signature.' }) id: string;
  @Field({ description: 'The signer’s name, decrypted.' }) name: string;
  @Field({ description: 'The signer’s e-mail address, decrypted.' }) email: string;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code the signer gave; null when none was given.' }) country: string | null;
  @Field({ description: 'True when the signer consented to their name being handed to governments.' }) handOverName: boolean;
  @Field({ description: 'True when the signer consented to e-mails about the campaign’s progress.' }) campaignUpdates: boolean;
  @Field({ description: 'True when a signer under 18 declared a parent’s or guardian’s permission.' }) guardianPermission: boolean;
  @Field({ description: 'When the supporter signed (UTC): the last submission before the signature was confirmed.' }) signedAt: Date;
}

@ObjectType({ description: 'A page of confirmed signatures (ADMIN only).' })
export class SupporterSignatureConnection extends Connection(SupporterSignature, 'SupporterSignature') {}

@ObjectType({ description: 'Always the same answer, whether or not the address had signed before.' })
export class SignCampaignPayload {
  @Field({ description: 'Always true: the request was taken (a confirmation link is e-mailed).' }) accepted: boolean;
}

@ObjectType({ description: 'The answer to a solidarity message.' })
export class SendSolidarityMessagePayload {
  @Field({ description: 'Always true: the message was taken for moderation.' }) accepted: boolean;
  @Field(() => SolidarityMessageStatusEnum, { description: 'Always PENDING: a moderator approves or rejects it.' }) status: MessageStatus;
}

@ObjectType({ description: 'The result of a moderation decision.' })
export class ModerateSolidarityMessagePayload {
  @Field(() => SolidarityMessageForModeration, { description: 'The message as it is now.' }) message: SolidarityMessageForModeration;
}

@ObjectType({ description: 'The same answer whether or not the address is known: an e-mail with a link goes to the address.' })
export class EmailRequestPayload {
  @Field({ description: 'Always true.' }) accepted: boolean;
  @Field({ description: 'What happens next, in English (the same words for every address).' }) message: string;
}

@ObjectType({ description: 'The result of following a signature’s confirmation link.' })
export class ConfirmSignaturePayload {
  @Field({ description: 'True: the signature is confirmed and counted.' }) confirmed: boolean;
}

@ObjectType({ description: 'The result of following a newsletter confirmation link.' })
export class ConfirmNewsletterSubscriptionPayload {
  @Field({ description: 'True: the subscription is confirmed.' }) confirmed: boolean;
}

@ObjectType({ description: 'The result of an unsubscribe link.' })
export class UnsubscribePayload {
  @Field({ description: 'True: the address is unsubscribed and deleted.' }) unsubscribed: boolean;
}

@ObjectType({ description: 'The result of sending a newsletter issue.' })
export class SendNewsletterPayload {
  @Field(() => Int, { description: 'The number of confirmed subscribers it was e-mailed to.' }) recipients: number;
}

@ObjectType({ description: 'Everything held about an address.' })
export class ExportMyDataPayload {
  @Field(() => GraphQLJSONObject, { description: 'Everything held about the address, as JSON (format protection-atlas/supporter-export/v1).' })
  data: Record<string, unknown>;
}

@ObjectType({ description: 'The result of confirming a data-rights request.' })
export class ConfirmDataRightsRequestPayload {
  @Field(() => DataRightsRequestKindEnum, { description: 'What the request was (RECTIFY, ERASE or RESTRICT).' }) kind: RightsRequestKind;
  @Field({ description: 'True: the request has been carried out.' }) completed: boolean;
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

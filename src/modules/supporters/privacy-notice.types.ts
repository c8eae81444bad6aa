/** GraphQL shape of the privacy notice (`privacyNotice(locale)`), built from PRIVACY_NOTICE. */
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalizedString, Source, localize } from '../taxonomy/localized';
import { enumOf } from '../../shared/enums';
import type { Locale } from '../taxonomy/values';
import {
  DATA_CATEGORIES,
  DATA_SUBJECT_RIGHTS,
  LEGAL_BASES,
  PRIVACY_NOTICE,
  PROCESSING_PURPOSES,
  RECIPIENT_KINDS,
  RETENTION_ACTIONS,
  RETENTION_STARTS,
  type DataCategory,
  type DataSubjectRight,
  type LegalBasis,
  type ProcessingPurpose,
  type RecipientKind,
  type RetentionAction,
  type RetentionStart,
} from './privacy-notice';

export const ProcessingPurposeEnum = enumOf(PROCESSING_PURPOSES);
registerEnumType(ProcessingPurposeEnum, {
  name: 'ProcessingPurpose',
  description: 'Why supporters’ personal data is processed.',
  valuesConfig: {
    SIGN_PETITION: { description: 'Signing a campaign’s petition.' },
    FORWARD_SOLIDARITY_MESSAGE: { description: 'Moderating a solidarity message and forwarding it to a defender.' },
    NEWSLETTER: { description: 'Sending the newsletter to confirmed subscribers.' },
    CAMPAIGN_UPDATES: { description: 'E-mailing signers about a campaign’s progress.' },
    DATA_RIGHTS_REQUEST: { description: 'Handling a request to export, rectify, erase or restrict data.' },
    SECURITY_ABUSE_PREVENTION: { description: 'Keeping the service secure and preventing abuse.' },
  },
});
export const LegalBasisEnum = enumOf(LEGAL_BASES);
registerEnumType(LegalBasisEnum, {
  name: 'LegalBasis',
  description: 'The GDPR article 6 basis of a processing purpose.',
  valuesConfig: {
    CONSENT: { description: 'Consent (article 6(1)(a)).' },
    CONTRACT: { description: 'A contract with the person (article 6(1)(b)); no purpose uses it today.' },
    LEGAL_OBLIGATION: { description: 'A legal obligation (article 6(1)(c)).' },
    LEGITIMATE_INTEREST: { description: 'A legitimate interest (article 6(1)(f)).' },
  },
});
export const DataCategoryEnum = enumOf(DATA_CATEGORIES);
registerEnumType(DataCategoryEnum, {
  name: 'DataCategory',
  description: 'A kind of personal data collected.',
  valuesConfig: {
    NAME: { description: 'A name.' },
    EMAIL: { description: 'An e-mail address.' },
    EMAIL_HASH: { description: 'A keyed hash of the e-mail address, to recognise duplicates without decrypting.' },
    COUNTRY: { description: 'A country (ISO 3166-1 alpha-2 code).' },
    CONSENT_RECORD: { description: 'What was agreed to, and when.' },
    MESSAGE: { description: 'The text of a solidarity message.' },
    REQUEST_DETAILS: { description: 'What a data-rights request asked for, what was done and when.' },
    NETWORK_ADDRESS: { description: 'A network (IP) address, held in memory only while request limits are counted.' },
    ABUSE_RECORD: { description: 'For a submission rejected as abusive: the fingerprint of the e-mail address used and the reason.' },
  },
});
export const RecipientKindEnum = enumOf(RECIPIENT_KINDS);
registerEnumType(RecipientKindEnum, {
  name: 'RecipientKind',
  description: 'Who receives data for a purpose.',
  valuesConfig: {
    GOVERNMENTS: { description: 'The governments a petition is handed to.' },
    DEFENDERS: { description: 'The defenders who hand in the petition, or who receive a solidarity message.' },
    MODERATORS: { description: 'The operator’s own staff who review messages.' },
    MAIL_PROVIDER: { description: 'The SMTP server the operator configures, as a processor.' },
    HOSTING_PROVIDER: { description: 'Where the operator runs the service and its database, as a processor.' },
    DATA_PROTECTION_AUTHORITY: { description: 'A data protection authority.' },
  },
});
export const RetentionStartEnum = enumOf(RETENTION_STARTS);
registerEnumType(RetentionStartEnum, {
  name: 'RetentionStart',
  description: 'The event a retention period is counted from.',
  valuesConfig: {
    COLLECTED: { description: 'When the data was collected.' },
    CONSENT_WITHDRAWN: { description: 'When consent was withdrawn.' },
    REQUEST_CLOSED: { description: 'When the data-rights request was closed.' },
  },
});
export const RetentionActionEnum = enumOf(RETENTION_ACTIONS);
registerEnumType(RetentionActionEnum, {
  name: 'RetentionAction',
  description: 'What happens to data at the end of its retention period.',
  valuesConfig: {
    DELETE: { description: 'The data is deleted.' },
    ANONYMISE: { description: 'Everything that identifies the person is removed.' },
  },
});
export const DataSubjectRightEnum = enumOf(DATA_SUBJECT_RIGHTS);
registerEnumType(DataSubjectRightEnum, {
  name: 'DataSubjectRight',
  description: 'A right a supporter has over their data.',
  valuesConfig: {
    BE_INFORMED: { description: 'To be told what is held and why (GDPR articles 13 and 14).' },
    ACCESS: { description: 'To get a copy of the data (article 15).' },
    RECTIFY: { description: 'To have wrong data corrected (article 16).' },
    ERASE: { description: 'To have the data erased (article 17).' },
    RESTRICT: { description: 'To have processing restricted (article 18).' },
    OBJECT: { description: 'To object to processing (article 21).' },
    PORTABILITY: { description: 'To receive the data in a machine-readable format (article 20).' },
    UNSUBSCRIBE: { description: 'To unsubscribe and withdraw consent.' },
    COMPLAIN: { description: 'To complain to the operator, and to a data protection authority (article 77).' },
  },
});

@ObjectType({ description: 'A kind of data collected for a purpose.' })
export class CollectedDataNotice {
  @Field(() => DataCategoryEnum, { description: 'The kind of data.' }) category: DataCategory;
  @Field({ description: 'True when the purpose cannot be served without it; false when the supporter may leave it out.' }) required: boolean;
  @Field(() => LocalizedString, {
    description: "What is collected and how it is kept, in the request's locale (the notice is written in en, fr and es; other locales get English).",
  })
  description: LocalizedString;
}

@ObjectType({ description: 'How long data is kept for a purpose (the retention job applies exactly this).' })
export class RetentionNotice {
  @Field(() => Int, { description: 'How long the data is kept, in days, counted from `from`.' }) days: number;
  @Field(() => RetentionStartEnum, { description: 'The event the period is counted from.' }) from: RetentionStart;
  @Field(() => RetentionActionEnum, { description: 'What happens to the data when the period ends.' }) then: RetentionAction;
  @Field({ description: 'Consent-based data also goes as soon as consent is withdrawn.' }) endsOnWithdrawal: boolean;
  @Field(() => LocalizedString, {
    description: "The rule in words, in the request's locale (the notice is written in en, fr and es; other locales get English).",
  })
  description: LocalizedString;
}

@ObjectType({ description: 'Who receives data for a purpose, and what.' })
export class RecipientNotice {
  @Field(() => RecipientKindEnum, { description: 'The recipient.' }) kind: RecipientKind;
  @Field(() => LocalizedString, {
    description:
      "What this recipient gets, and under which condition, in the request's locale (the notice is written in en, fr and es; other locales get English).",
  })
  receives: LocalizedString;
}

@ObjectType({ description: 'One processing purpose: what, why, on which legal basis, for how long, for whom.' })
export class PurposeNotice {
  @Field(() => ProcessingPurposeEnum, { description: 'The purpose.' }) purpose: ProcessingPurpose;
  @Field(() => LocalizedString, { description: "Its name, in the request's locale (the notice is written in en, fr and es; other locales get English)." })
  title: LocalizedString;
  @Field(() => LocalizedString, {
    description: "What is done with the data, in the request's locale (the notice is written in en, fr and es; other locales get English).",
  })
  description: LocalizedString;
  @Field(() => [CollectedDataNotice], { description: 'The data collected for it.' }) data: CollectedDataNotice[];
  @Field(() => LegalBasisEnum, { description: 'The GDPR article 6 basis it relies on.' }) legalBasis: LegalBasis;
  @Field(() => LocalizedString, {
    description: "Why that basis applies, in the request's locale (the notice is written in en, fr and es; other locales get English).",
  })
  legalBasisExplanation: LocalizedString;
  @Field(() => RetentionNotice, { description: 'How long its data is kept.' }) retention: RetentionNotice;
  @Field(() => [RecipientNotice], { description: 'Who receives its data (empty when no one outside the operator).' }) recipients: RecipientNotice[];
}

@ObjectType({ description: 'A right a supporter has over their data, and how it works here.' })
export class RightNotice {
  @Field(() => DataSubjectRightEnum, { description: 'The right.' }) right: DataSubjectRight;
  @Field(() => LocalizedString, { description: "Its name, in the request's locale (the notice is written in en, fr and es; other locales get English)." })
  title: LocalizedString;
  @Field(() => LocalizedString, {
    description: "What it means and how to use it here, in the request's locale (the notice is written in en, fr and es; other locales get English).",
  })
  description: LocalizedString;
}

@ObjectType({ description: 'What applies to supporters under age.' })
export class MinorsNotice {
  @Field(() => Int, { description: 'The age, in years, from which no parent’s or guardian’s permission is needed.' }) minimumAgeWithoutGuardian: number;
  @Field(() => LocalizedString, {
    description: "The rule in words, in the request's locale (the notice is written in en, fr and es; other locales get English).",
  })
  text: LocalizedString;
}

@ObjectType({ description: 'Whether the service sets cookies.' })
export class CookiesNotice {
  @Field({ description: 'True when the service sets cookies.' }) setsCookies: boolean;
  @Field(() => LocalizedString, {
    description: "The statement in words, in the request's locale (the notice is written in en, fr and es; other locales get English).",
  })
  text: LocalizedString;
}

@ObjectType('PrivacyNotice', { description: 'The privacy notice for supporters: purposes, legal bases, retention, recipients and rights.' })
export class PrivacyNoticeType {
  @Field({ description: 'The day the notice last changed (YYYY-MM-DD).' }) updatedOn: string;
  @Field(() => LocalizedString, {
    description:
      "Who is responsible for the data (the controller), in the request's locale (the notice is written in en, fr and es; other locales get English).",
  })
  controller: LocalizedString;
  @Field(() => LocalizedString, {
    description: "The notice in a few sentences, in the request's locale (the notice is written in en, fr and es; other locales get English).",
  })
  summary: LocalizedString;
  @Field(() => [PurposeNotice], { description: 'Every processing purpose.' }) purposes: PurposeNotice[];
  @Field(() => LocalizedString, {
    description: "Who data is shared with and who never gets it, in the request's locale (the notice is written in en, fr and es; other locales get English).",
  })
  sharing: LocalizedString;
  @Field(() => LocalizedString, {
    description: "How the data is protected, in the request's locale (the notice is written in en, fr and es; other locales get English).",
  })
  security: LocalizedString;
  @Field(() => [RightNotice], { description: 'Every right a supporter has over their data.' }) rights: RightNotice[];
  @Field(() => Int, { description: 'The number of working days within which a request is answered.' }) responseWorkingDays: number;
  @Field(() => LocalizedString, {
    description: "How to use the rights, in the request's locale (the notice is written in en, fr and es; other locales get English).",
  })
  howToExercise: LocalizedString;
  @Field(() => LocalizedString, {
    description: "Where to complain, in the request's locale (the notice is written in en, fr and es; other locales get English).",
  })
  complaints: LocalizedString;
  @Field(() => MinorsNotice, { description: 'What applies to supporters under age.' }) minors: MinorsNotice;
  @Field(() => CookiesNotice, { description: 'Whether cookies are set.' }) cookies: CookiesNotice;
  @Field({ description: 'True: the periods and sharing rules are this service’s own policy, not quoted from elsewhere.' })
  retentionIsProjectPolicy: boolean;
  @Field(() => [Source], { description: 'The privacy policies this notice was written from.' }) sources: Source[];
  @Field({ description: 'The day the notice was last checked against its sources (YYYY-MM-DD).' }) verifiedOn: string;
}

export function toPrivacyNotice(locale: Locale): PrivacyNoticeType {
  const n = PRIVACY_NOTICE;
  const t = (text: { en: string }) => localize(text, locale);
  return {
    updatedOn: n.updatedOn,
    controller: t(n.controller),
    summary: t(n.summary),
    purposes: n.purposes.map((p) => ({
      purpose: p.purpose,
      title: t(p.title),
      description: t(p.description),
      data: p.data.map((d) => ({ category: d.category, required: d.required, description: t(d.description) })),
      legalBasis: p.legalBasis,
      legalBasisExplanation: t(p.legalBasisExplanation),
      retention: { ...p.retention, description: t(p.retention.description) },
      recipients: p.recipients.map((r) => ({ kind: r.kind, receives: t(r.receives) })),
    })),
    sharing: t(n.sharing),
    security: t(n.security),
    rights: n.rights.map((r) => ({ right: r.right, title: t(r.title), description: t(r.description) })),
    responseWorkingDays: n.responseWorkingDays,
    howToExercise: t(n.howToExercise),
    complaints: t(n.complaints),
    minors: { minimumAgeWithoutGuardian: n.minors.minimumAgeWithoutGuardian, text: t(n.minors.text) },
    cookies: { setsCookies: n.cookies.setsCookies, text: t(n.cookies.text) },
    retentionIsProjectPolicy: n.retentionIsProjectPolicy,
    sources: n.sources.map((s) => ({ url: s.url, title: s.title })),
    verifiedOn: n.verifiedOn,
  };
}

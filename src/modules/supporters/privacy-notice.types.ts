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
registerEnumType(ProcessingPurposeEnum, { name: 'ProcessingPurpose', description: 'Why supporters’ personal data is processed.' });
export const LegalBasisEnum = enumOf(LEGAL_BASES);
registerEnumType(LegalBasisEnum, { name: 'LegalBasis', description: 'The GDPR article 6 basis of a processing purpose.' });
export const DataCategoryEnum = enumOf(DATA_CATEGORIES);
registerEnumType(DataCategoryEnum, { name: 'DataCategory', description: 'A kind of personal data collected.' });
export const RecipientKindEnum = enumOf(RECIPIENT_KINDS);
registerEnumType(RecipientKindEnum, { name: 'RecipientKind', description: 'Who receives data for a purpose.' });
export const RetentionStartEnum = enumOf(RETENTION_STARTS);
registerEnumType(RetentionStartEnum, { name: 'RetentionStart', description: 'The event a retention period is counted from.' });
export const RetentionActionEnum = enumOf(RETENTION_ACTIONS);
registerEnumType(RetentionActionEnum, { name: 'RetentionAction', description: 'What happens to data at the end of its retention period.' });
export const DataSubjectRightEnum = enumOf(DATA_SUBJECT_RIGHTS);
registerEnumType(DataSubjectRightEnum, { name: 'DataSubjectRight', description: 'A right a supporter has over their data.' });

@ObjectType({ description: 'A kind of data collected for a purpose.' })
export class CollectedDataNotice {
  @Field(() => DataCategoryEnum) category: DataCategory;
  @Field() required: boolean;
  @Field(() => LocalizedString) description: LocalizedString;
}

@ObjectType({ description: 'How long data is kept for a purpose (the retention job applies exactly this).' })
export class RetentionNotice {
  @Field(() => Int) days: number;
  @Field(() => RetentionStartEnum) from: RetentionStart;
  @Field(() => RetentionActionEnum) then: RetentionAction;
  @Field({ description: 'Consent-based data also goes as soon as consent is withdrawn.' }) endsOnWithdrawal: boolean;
  @Field(() => LocalizedString) description: LocalizedString;
}

@ObjectType()
export class RecipientNotice {
  @Field(() => RecipientKindEnum) kind: RecipientKind;
  @Field(() => LocalizedString) receives: LocalizedString;
}

@ObjectType({ description: 'One processing purpose: what, why, on which legal basis, for how long, for whom.' })
export class PurposeNotice {
  @Field(() => ProcessingPurposeEnum) purpose: ProcessingPurpose;
  @Field(() => LocalizedString) title: LocalizedString;
  @Field(() => LocalizedString) description: LocalizedString;
  @Field(() => [CollectedDataNotice]) data: CollectedDataNotice[];
  @Field(() => LegalBasisEnum) legalBasis: LegalBasis;
  @Field(() => LocalizedString) legalBasisExplanation: LocalizedString;
  @Field(() => RetentionNotice) retention: RetentionNotice;
  @Field(() => [RecipientNotice]) recipients: RecipientNotice[];
}

@ObjectType()
export class RightNotice {
  @Field(() => DataSubjectRightEnum) right: DataSubjectRight;
  @Field(() => LocalizedString) title: LocalizedString;
  @Field(() => LocalizedString) description: LocalizedString;
}

@ObjectType()
export class MinorsNotice {
  @Field(() => Int) minimumAgeWithoutGuardian: number;
  @Field(() => LocalizedString) text: LocalizedString;
}

@ObjectType()
export class CookiesNotice {
  @Field() setsCookies: boolean;
  @Field(() => LocalizedString) text: LocalizedString;
}

@ObjectType('PrivacyNotice', { description: 'The privacy notice for supporters: purposes, legal bases, retention, recipients and rights.' })
export class PrivacyNoticeType {
  @Field() updatedOn: string;
  @Field(() => LocalizedString) controller: LocalizedString;
  @Field(() => LocalizedString) summary: LocalizedString;
  @Field(() => [PurposeNotice]) purposes: PurposeNotice[];
  @Field(() => LocalizedString) sharing: LocalizedString;
  @Field(() => LocalizedString) security: LocalizedString;
  @Field(() => [RightNotice]) rights: RightNotice[];
  @Field(() => Int) responseWorkingDays: number;
  @Field(() => LocalizedString) howToExercise: LocalizedString;
  @Field(() => LocalizedString) complaints: LocalizedString;
  @Field(() => MinorsNotice) minors: MinorsNotice;
  @Field(() => CookiesNotice) cookies: CookiesNotice;
  @Field({ description: 'True: the periods and sharing rules are this service’s own policy, not quoted from elsewhere.' })
  retentionIsProjectPolicy: boolean;
  @Field(() => [Source]) sources: Source[];
  @Field() verifiedOn: string;
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

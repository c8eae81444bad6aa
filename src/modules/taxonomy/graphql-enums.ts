/** GraphQL enums generated from the shared vocabulary, so one list feeds schema, seeds and finder. */
import { registerEnumType } from 'type-graphql';
import * as v from './values';
import * as L from './labels';

import { enumOf as asEnum } from '../../shared/enums';

export const RiskTypeEnum = asEnum(v.RISK_TYPES);
export const UrgencyEnum = asEnum(v.URGENCIES);
export const DefenderProfileEnum = asEnum(v.DEFENDER_PROFILES);
export const ServiceKindEnum = asEnum(v.SERVICE_KINDS);
export const ChannelKindEnum = asEnum(v.CHANNEL_KINDS);
export const RegionalSystemEnum = asEnum(v.REGIONAL_SYSTEMS);
export const UnProcedureEnum = asEnum(v.UN_PROCEDURES);
export const AcceptanceStatusEnum = asEnum(v.ACCEPTANCE_STATUSES);
export const RecordStatusEnum = asEnum(v.RECORD_STATUSES);
export const ResponseSpeedEnum = asEnum(v.RESPONSE_SPEEDS);
export const MechanismKindEnum = asEnum(v.MECHANISM_KINDS);
export const MechanismSystemEnum = asEnum(v.MECHANISM_SYSTEMS);
export const ProgrammeKindEnum = asEnum(v.PROGRAMME_KINDS);
export const ApplicationModeEnum = asEnum(v.APPLICATION_MODES);
export const RegionalInstrumentEnum = asEnum(v.REGIONAL_INSTRUMENTS);
export const SourceKindEnum = asEnum(v.SOURCE_KINDS);
export const SourceAccessEnum = asEnum(v.SOURCE_ACCESSES);
export const VerificationMethodEnum = asEnum(v.VERIFICATION_METHODS);
export const ThreatSourceEnum = asEnum(v.THREAT_SOURCES);

/** Each value's description in the schema: its English label and description from the taxonomy (`taxonomy` query). */
const describedBy = (terms: Record<string, L.Term>) =>
  Object.fromEntries(Object.entries(terms).map(([value, term]) => [value, { description: `${term.label.en}: ${term.description.en}` }]));

registerEnumType(RiskTypeEnum, { name: 'RiskType', valuesConfig: describedBy(L.RISK_TYPE_TERMS), description: 'What a defender is at risk of.' });
registerEnumType(UrgencyEnum, {
  name: 'Urgency',
  valuesConfig: describedBy(L.URGENCY_TERMS),
  description: 'IMMEDIATE: hours; URGENT: days; PLANNED: weeks; PREVENTIVE: no acute threat yet.',
});
registerEnumType(DefenderProfileEnum, {
  name: 'DefenderProfile',
  valuesConfig: describedBy(L.DEFENDER_PROFILE_TERMS),
  description: 'Who the defender is; some offers are only for some profiles.',
});
registerEnumType(ServiceKindEnum, {
  name: 'ServiceKind',
  valuesConfig: describedBy(L.SERVICE_KIND_TERMS),
  description: 'What an offer does (services, state commitments, mechanism procedures, programmes).',
});
registerEnumType(ChannelKindEnum, { name: 'ChannelKind', valuesConfig: describedBy(L.CHANNEL_KIND_TERMS), description: 'How to make contact.' });
registerEnumType(RegionalSystemEnum, {
  name: 'RegionalSystem',
  valuesConfig: describedBy(L.REGIONAL_SYSTEM_TERMS),
  description: 'Regional intergovernmental systems a state may belong to.',
});
registerEnumType(UnProcedureEnum, {
  name: 'UnProcedure',
  valuesConfig: describedBy(L.UN_PROCEDURE_TERMS),
  description: 'UN complaint and urgent-action procedures a state may accept.',
});
registerEnumType(AcceptanceStatusEnum, {
  name: 'AcceptanceStatus',
  valuesConfig: describedBy(L.ACCEPTANCE_STATUS_TERMS),
  description: 'Whether a state has accepted a procedure; UNKNOWN when no sourced data says.',
});
registerEnumType(RecordStatusEnum, {
  name: 'RecordStatus',
  valuesConfig: describedBy(L.RECORD_STATUS_TERMS),
  description:
    'ACTIVE resources are offered; UNCERTAIN ones (a source says they may have stopped or changed) only as "check first"; PAUSED and CLOSED ones are listed but never offered by the finder.',
});
registerEnumType(ResponseSpeedEnum, {
  name: 'ResponseSpeed',
  valuesConfig: describedBy(L.RESPONSE_SPEED_TERMS),
  description: 'How fast an offer typically acts once contacted.',
});
registerEnumType(MechanismKindEnum, {
  name: 'MechanismKind',
  description: 'What kind of body a mechanism is.',
  valuesConfig: describedBy(L.MECHANISM_KIND_TERMS),
});
registerEnumType(MechanismSystemEnum, {
  name: 'MechanismSystem',
  valuesConfig: describedBy(L.MECHANISM_SYSTEM_TERMS),
  description: "The UN, a regional system, or one state's own (NATIONAL).",
});
registerEnumType(ProgrammeKindEnum, {
  name: 'ProgrammeKind',
  description: 'What a programme offers.',
  valuesConfig: describedBy(L.PROGRAMME_KIND_TERMS),
});
registerEnumType(ApplicationModeEnum, {
  name: 'ApplicationMode',
  valuesConfig: describedBy(L.APPLICATION_MODE_TERMS),
  description: 'How a programme takes applications.',
});
registerEnumType(RegionalInstrumentEnum, {
  name: 'RegionalInstrument',
  valuesConfig: describedBy(L.REGIONAL_INSTRUMENT_TERMS),
  description: 'Regional treaties and declarations whose acceptance by a state opens a route (membership of the regional organisation is not enough).',
});
registerEnumType(SourceKindEnum, {
  name: 'SourceKind',
  valuesConfig: describedBy(L.SOURCE_KIND_TERMS),
  description: "OFFICIAL: the body's, state's or organisation's own words; SECONDARY: someone else's.",
});
registerEnumType(SourceAccessEnum, {
  name: 'SourceAccess',
  valuesConfig: describedBy(L.SOURCE_ACCESS_TERMS),
  description: 'LIVE: the page as it was online; STORED_COPY: an archived or third-party copy of it.',
});
registerEnumType(VerificationMethodEnum, {
  name: 'VerificationMethod',
  valuesConfig: describedBy(L.VERIFICATION_METHOD_TERMS),
  description: 'How a record was verified: the best of its sources.',
});
registerEnumType(ThreatSourceEnum, {
  name: 'ThreatSource',
  valuesConfig: describedBy(L.THREAT_SOURCE_TERMS),
  description: 'Who a threat comes from, when the defender knows (a state mechanism is not a first step against state agents).',
});

/** GraphQL enums generated from the shared vocabulary, so one list feeds schema, seeds and finder. */
import { registerEnumType } from 'type-graphql';
import * as v from './values';

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

registerEnumType(RiskTypeEnum, { name: 'RiskType', description: 'What a defender is at risk of.' });
registerEnumType(UrgencyEnum, { name: 'Urgency', description: 'IMMEDIATE: hours; URGENT: days; PLANNED: weeks; PREVENTIVE: no acute threat yet.' });
registerEnumType(DefenderProfileEnum, { name: 'DefenderProfile', description: 'Who the defender is; some offers are only for some profiles.' });
registerEnumType(ServiceKindEnum, { name: 'ServiceKind', description: 'What an offer does (services, state commitments, mechanism procedures, programmes).' });
registerEnumType(ChannelKindEnum, { name: 'ChannelKind', description: 'How to make contact.' });
registerEnumType(RegionalSystemEnum, { name: 'RegionalSystem', description: 'Regional intergovernmental systems a state may belong to.' });
registerEnumType(UnProcedureEnum, { name: 'UnProcedure', description: 'UN complaint and urgent-action procedures a state may accept.' });
registerEnumType(AcceptanceStatusEnum, {
  name: 'AcceptanceStatus',
  description: 'Whether a state has accepted a procedure; UNKNOWN when no sourced data says.',
});
registerEnumType(RecordStatusEnum, {
  name: 'RecordStatus',
  description:
    'ACTIVE resources are offered; UNCERTAIN ones (a source says they may have stopped or changed) only as "check first"; PAUSED and CLOSED ones are listed but never offered by the finder.',
});
registerEnumType(ResponseSpeedEnum, { name: 'ResponseSpeed', description: 'How fast an offer typically acts once contacted.' });
registerEnumType(MechanismKindEnum, { name: 'MechanismKind' });
registerEnumType(MechanismSystemEnum, { name: 'MechanismSystem', description: "The UN, a regional system, or one state's own (NATIONAL)." });
registerEnumType(ProgrammeKindEnum, { name: 'ProgrammeKind' });
registerEnumType(ApplicationModeEnum, { name: 'ApplicationMode', description: 'How a programme takes applications.' });
registerEnumType(RegionalInstrumentEnum, {
  name: 'RegionalInstrument',
  description: 'Regional treaties and declarations whose acceptance by a state opens a route (membership of the regional organisation is not enough).',
});
registerEnumType(SourceKindEnum, { name: 'SourceKind', description: "OFFICIAL: the body's, state's or organisation's own words; SECONDARY: someone else's." });
registerEnumType(SourceAccessEnum, {
  name: 'SourceAccess',
  description: 'LIVE: the page as it was online; STORED_COPY: an archived or third-party copy of it.',
});
registerEnumType(VerificationMethodEnum, { name: 'VerificationMethod', description: 'How a record was verified: the best of its sources.' });
registerEnumType(ThreatSourceEnum, {
  name: 'ThreatSource',
  description: 'Who a threat comes from, when the defender knows (a state mechanism is not a first step against state agents).',
});

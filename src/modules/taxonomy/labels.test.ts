/** Every enum value has a label and a description in en, fr and es. */
import * as L from './labels';
import * as v from './values';

it.each([
  ['RiskType', v.RISK_TYPES, L.RISK_TYPE_TERMS],
  ['Urgency', v.URGENCIES, L.URGENCY_TERMS],
  ['DefenderProfile', v.DEFENDER_PROFILES, L.DEFENDER_PROFILE_TERMS],
  ['ServiceKind', v.SERVICE_KINDS, L.SERVICE_KIND_TERMS],
  ['ChannelKind', v.CHANNEL_KINDS, L.CHANNEL_KIND_TERMS],
  ['RecordStatus', v.RECORD_STATUSES, L.RECORD_STATUS_TERMS],
  ['ResponseSpeed', v.RESPONSE_SPEEDS, L.RESPONSE_SPEED_TERMS],
  ['RegionalSystem', v.REGIONAL_SYSTEMS, L.REGIONAL_SYSTEM_TERMS],
  ['UnProcedure', v.UN_PROCEDURES, L.UN_PROCEDURE_TERMS],
  ['AcceptanceStatus', v.ACCEPTANCE_STATUSES, L.ACCEPTANCE_STATUS_TERMS],
  ['MechanismKind', v.MECHANISM_KINDS, L.MECHANISM_KIND_TERMS],
  ['MechanismSystem', v.MECHANISM_SYSTEMS, L.MECHANISM_SYSTEM_TERMS],
  ['ProgrammeKind', v.PROGRAMME_KINDS, L.PROGRAMME_KIND_TERMS],
  ['ApplicationMode', v.APPLICATION_MODES, L.APPLICATION_MODE_TERMS],
  ['RegionalInstrument', v.REGIONAL_INSTRUMENTS, L.REGIONAL_INSTRUMENT_TERMS],
  ['SourceKind', v.SOURCE_KINDS, L.SOURCE_KIND_TERMS],
  ['SourceAccess', v.SOURCE_ACCESSES, L.SOURCE_ACCESS_TERMS],
  ['VerificationMethod', v.VERIFICATION_METHODS, L.VERIFICATION_METHOD_TERMS],
] as [string, readonly string[], Record<string, L.Term>][])('%s is labelled in en, fr and es', (_name, values, terms) => {
  expect(Object.keys(terms).sort()).toEqual([...values].sort());
  for (const term of Object.values(terms)) {
    for (const locale of ['en', 'fr', 'es'] as const) {
      expect(term.label[locale].trim()).not.toBe('');
      expect(term.description[locale].trim()).not.toBe('');
    }
  }
});

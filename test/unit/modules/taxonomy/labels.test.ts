/** Every enum value has a label and a description in all seven locales, each in its own script and typography. */
import * as L from '../../../../src/modules/taxonomy/labels';
import * as v from '../../../../src/modules/taxonomy/values';
import type { LocalizedText } from '../../../../src/modules/taxonomy/localized';
import type { Locale } from '../../../../src/modules/taxonomy/values';

const LOCALES = ['en', 'fr', 'es', 'ar', 'ru', 'zh', 'pt'] as const;
const ARABIC = /[\u0600-\u06FF]/;

/** Problems of script and punctuation in a text's translations, by locale. */
function typography(t: LocalizedText<Locale>): Record<string, string> {
  const out: Record<string, string> = {};
  if (!ARABIC.test(t.ar)) out.ar = 'no Arabic script';
  else if (/[,;?]/.test(t.ar)) out.ar = 'Latin comma, semicolon or question mark (use ، ؛ ؟)';
  else if (/[\u0660-\u0669\u06F0-\u06F9]/.test(t.ar)) out.ar = 'Arabic-Indic digits (use 0-9)';
  if (!/[\u0400-\u04FF]/.test(t.ru)) out.ru = 'no Cyrillic script';
  else if (/"/.test(t.ru)) out.ru = 'straight quotes (use « »)';
  if (!/[\u4E00-\u9FFF]/.test(t.zh)) out.zh = 'no Chinese script';
  else if (/[,;:()?!"]|\.$/.test(t.zh)) out.zh = 'half-width punctuation (use ，；：（）？！“”。)';
  // Portuguese shares words with Spanish, so only a long text copied whole is flagged.
  if (t.pt === t.es && t.pt.length > 40) out.pt = 'same as Spanish';
  return out;
}

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
  ['ThreatSource', v.THREAT_SOURCES, L.THREAT_SOURCE_TERMS],
] as [string, readonly string[], Record<string, L.Term>][])('%s is labelled in every locale', (_name, values, terms) => {
  expect(Object.keys(terms).sort()).toEqual([...values].sort());
  for (const term of Object.values(terms)) {
    for (const locale of LOCALES) {
      expect(term.label[locale].trim()).not.toBe('');
      expect(term.description[locale].trim()).not.toBe('');
    }
    for (const text of [term.label, term.description]) {
      for (const [locale, problem] of Object.entries(typography(text)))
        expect(`${locale}: ${problem}: ${text[locale as keyof LocalizedText<Locale>]}`).toBe('');
    }
  }
});

/**
 * Validation and normalisation of a protection need. Error messages name the field and never
 * repeat a value given: a need describes a person at risk.
 */
import {
  DEFENDER_PROFILES,
  RISK_TYPES,
  THREAT_SOURCES,
  URGENCIES,
  type DefenderProfile,
  type RiskType,
  type ThreatSource,
  type Urgency,
} from '../../taxonomy/values';
import type { CountryEntry, ReadModel } from './model';
import { FinderInputError, type ProtectionNeed } from './types';

export interface NormalizedNeed {
  readonly country: CountryEntry;
  /** Distinct, in taxonomy order; includes REPRISAL_FOR_UN_COOPERATION when cooperatedWithUn is true. */
  readonly riskList: readonly RiskType[];
  readonly risks: ReadonlySet<RiskType>;
  readonly urgency: Urgency;
  readonly profiles: ReadonlySet<DefenderProfile>;
  /** Lower-case ISO 639 codes, in the order given, distinct. */
  readonly languages: readonly string[];
  readonly cooperatedWithUn: boolean | undefined;
  readonly currentlyInCountry: boolean | undefined;
  /** Cooperation with the UN is established (stated, or implied by a reprisal risk). */
  readonly unCooperation: boolean;
  /** Who the threat comes from (empty when not said). */
  readonly threatFrom: ReadonlySet<ThreatSource>;
}

const RISK_SET: ReadonlySet<string> = new Set(RISK_TYPES);
const URGENCY_SET: ReadonlySet<string> = new Set(URGENCIES);
const PROFILE_SET: ReadonlySet<string> = new Set(DEFENDER_PROFILES);
const THREAT_SOURCE_SET: ReadonlySet<string> = new Set(THREAT_SOURCES);
const COUNTRY_CODE = /^[A-Z]{2}$/;
const LANGUAGE_CODE = /^[a-z]{2,3}$/;

function fail(field: string, message: string): never {
  throw new FinderInputError(field, message);
}

function isArray(x: unknown): x is readonly unknown[] {
  return Array.isArray(x);
}

function optionalBoolean(value: unknown, field: string): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') fail(field, `${field} must be true, false or absent.`);
  return value;
}

export function normalizeNeed(model: ReadModel, need: ProtectionNeed): NormalizedNeed {
  if (need === null || typeof need !== 'object') fail('need', 'need is required.');
  const code = typeof need.country === 'string' ? need.country.trim().toUpperCase() : '';
  if (!COUNTRY_CODE.test(code)) fail('country', 'country must be an ISO 3166-1 alpha-2 code.');
  const country = model.countries.get(code);
  if (!country) fail('country', 'country is not a country known to the directory.');

  if (!isArray(need.risks) || need.risks.length === 0) fail('risks', 'risks must list at least one risk.');
  if (!need.risks.every((r) => RISK_SET.has(r as string))) fail('risks', 'risks contains a value that is not a known risk type.');

  if (!URGENCY_SET.has(need.urgency as string)) fail('urgency', 'urgency is not a known urgency value.');

  const profilesIn = need.profiles ?? [];
  if (!isArray(profilesIn) || !profilesIn.every((p) => PROFILE_SET.has(p as string))) {
    fail('profiles', 'profiles contains a value that is not a known defender profile.');
  }

  const languagesIn = need.languages ?? [];
  if (!isArray(languagesIn) || !languagesIn.every((l) => typeof l === 'string' && LANGUAGE_CODE.test(l.trim().toLowerCase()))) {
    fail('languages', 'languages must be ISO 639-1 codes (two or three letters).');
  }
  const languages = [...new Set(languagesIn.map((l) => l.trim().toLowerCase()))];

  const threatFromIn = need.threatFrom ?? [];
  if (!isArray(threatFromIn) || !threatFromIn.every((t) => THREAT_SOURCE_SET.has(t as string))) {
    fail('threatFrom', 'threatFrom contains a value that is not a known threat source.');
  }

  const cooperatedWithUn = optionalBoolean(need.cooperatedWithUn, 'cooperatedWithUn');
  const currentlyInCountry = optionalBoolean(need.currentlyInCountry, 'currentlyInCountry');
  const risks = new Set<RiskType>(need.risks);
  const reprisalRisk = risks.has('REPRISAL_FOR_UN_COOPERATION');
  if (cooperatedWithUn === false && reprisalRisk) {
    fail(
      'cooperatedWithUn',
      'cooperatedWithUn is false, but one of the risks given is a reprisal for cooperating with the UN; set it to true or leave it out.',
    );
  }

  // "The risk follows cooperation with the UN": the risks given are (also) reprisals.
  if (cooperatedWithUn === true) risks.add('REPRISAL_FOR_UN_COOPERATION');
  const riskList = RISK_TYPES.filter((r) => risks.has(r));

  return {
    country,
    riskList,
    risks,
    urgency: need.urgency,
    profiles: new Set(profilesIn),
    languages,
    cooperatedWithUn,
    currentlyInCountry,
    unCooperation: cooperatedWithUn === true || reprisalRisk,
    threatFrom: new Set(threatFromIn),
  };
}

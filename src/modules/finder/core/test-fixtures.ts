/**
 * Small hand-made directory fixtures for the finder's unit tests. Records go through the seed
 * schemas, so defaults are applied exactly as for real seeds.
 */
import { mechanism, organization, programme, statePolicy } from '../../directory/seed-schema';
import type { MechanismSeed, OrganizationSeed, ProgrammeSeed, StatePolicySeed } from '../../directory/seed-schema';
import { countrySeed, type CountrySeed } from '../../geography/seed-schema';
import type { DirectoryInput, ReadModel } from './model';
import { buildReadModel } from './read-model';

export const NOW = new Date('2025-06-01T12:00:00Z');
export const FRESH = '2025-01-15';
/** One source whose evidence is dated `evidenceOn`: a record's verifiedOn is its newest evidence. */
export function sources(evidenceOn: string = FRESH) {
  return [{ url: 'https://example.org/source', title: 'Example source', kind: 'OFFICIAL', access: 'STORED_COPY', evidenceOn, readOn: '2025-05-01' }];
}
export const SOURCES = sources();

type Loose = Record<string, unknown>;

export function text(en: string, more: Record<string, string> = {}) {
  return { en, ...more };
}

export function service(slug: string, extra: Loose = {}): Loose {
  return { slug, kind: 'LEGAL_AID', name: text(`Service ${slug}`), description: text(`About ${slug}`), ...extra };
}

export function org(slug: string, services: Loose[], extra: Loose = {}): OrganizationSeed {
  return organization.parse({
    slug,
    name: text(`Org ${slug}`),
    summary: text('Summary'),
    sources: sources(typeof extra.verifiedOn === 'string' ? extra.verifiedOn : FRESH),
    services,
    ...extra,
  });
}

export function policy(slug: string, commitments: Loose[], extra: Loose = {}): StatePolicySeed {
  return statePolicy.parse({
    slug,
    issuer: 'IE',
    title: text(`Policy ${slug}`),
    summary: text('Summary'),
    sources: sources(typeof extra.verifiedOn === 'string' ? extra.verifiedOn : FRESH),
    commitments,
    ...extra,
  });
}

export function mech(slug: string, procedures: Loose[], extra: Loose = {}): MechanismSeed {
  return mechanism.parse({
    slug,
    name: text(`Mechanism ${slug}`),
    kind: 'UN_SPECIAL_PROCEDURE',
    system: 'UN',
    summary: text('Summary'),
    sources: sources(typeof extra.verifiedOn === 'string' ? extra.verifiedOn : FRESH),
    procedures,
    ...extra,
  });
}

export function prog(slug: string, extra: Loose = {}): ProgrammeSeed {
  return programme.parse({
    slug,
    kind: 'FELLOWSHIP',
    programmeKind: 'FELLOWSHIP',
    name: text(`Programme ${slug}`),
    description: text('About'),
    host: text('A university'),
    sources: sources(typeof extra.verifiedOn === 'string' ? extra.verifiedOn : FRESH),
    ...extra,
  });
}

export function country(code: string, extra: Loose = {}): CountrySeed {
  return countrySeed.parse({ code, names: text(`Country ${code}`), unMember: true, ...extra });
}

function fact(status: 'ACCEPTED' | 'NOT_ACCEPTED') {
  return { status, asOf: '2022-06-30', source: 'treaties' };
}

/** Four countries: an OAS state, an EU state, an AU state, and a non-UN state. */
export const COUNTRIES: CountrySeed[] = [
  country('CO', {
    names: text('Colombia', { fr: 'Colombie', es: 'Colombia' }),
    memberships: ['OAS'],
    procedures: { ICCPR_OP1: fact('ACCEPTED'), CAT_ART22: fact('NOT_ACCEPTED') },
    instruments: { AMERICAN_CONVENTION: fact('ACCEPTED'), INTER_AMERICAN_COURT_JURISDICTION: fact('NOT_ACCEPTED') },
  }),
  country('FR', { names: text('France'), memberships: ['EU', 'COE', 'OSCE'] }),
  country('KE', { names: text('Kenya'), memberships: ['AU'] }),
  country('VA', { names: text('Holy See'), unMember: false }),
];

export function directory(parts: Partial<DirectoryInput>): DirectoryInput {
  return {
    organizations: [],
    statePolicies: [],
    mechanisms: [],
    programmes: [],
    countries: COUNTRIES,
    ...parts,
  };
}

export function model(parts: Partial<DirectoryInput>): ReadModel {
  return buildReadModel(directory(parts));
}

/** A directory with one of each kind, used by the plan tests. */
export function sampleDirectory(): DirectoryInput {
  return directory({
    organizations: [
      org(
        'front',
        [
          service('hotline', { kind: 'HOTLINE', speed: 'HOURS' }),
          service('grant', { kind: 'EMERGENCY_GRANT', risks: ['DEATH_THREAT', 'PHYSICAL_ATTACK'], speed: 'DAYS' }),
        ],
        {
          languages: ['en', 'fr', 'es'],
          contactChannels: [
            { kind: 'IN_PERSON', value: 'Office, Main Street', languages: ['en'] },
            { kind: 'HOTLINE', value: '+00 0000', languages: ['en', 'fr', 'es'], available247: true, hours: '24/7' },
            { kind: 'SECURE_WEB_FORM', value: 'https://example.org/form', languages: ['en'] },
          ],
        },
      ),
      org('office', [service('line', { kind: 'HOTLINE', speed: 'HOURS' })], {
        contactChannels: [{ kind: 'PHONE', value: '+00 1111', languages: ['en'], hours: '09:00–17:00' }],
      }),
      org('paused-org', [service('grant', { kind: 'EMERGENCY_GRANT', speed: 'HOURS' })], { status: 'PAUSED' }),
      org('closing', [service('grant', { kind: 'EMERGENCY_GRANT', speed: 'HOURS', status: 'CLOSED' })]),
      org('old', [service('legal', { kind: 'LEGAL_AID', speed: 'DAYS' })], { verifiedOn: '2020-01-01' }),
      org('digital', [service('help', { kind: 'DIGITAL_SECURITY', risks: ['DIGITAL_ATTACK', 'SURVEILLANCE'], speed: 'HOURS' })], {
        contactChannels: [{ kind: 'SECURE_EMAIL', value: 'help@example.org', languages: ['en', 'es'], available247: true }],
      }),
    ],
    statePolicies: [
      policy('eu-guidelines', [service('trial-observation', { kind: 'TRIAL_OBSERVATION', risks: ['JUDICIAL_HARASSMENT'], speed: 'WEEKS' })], {
        issuer: 'EU',
        eligibility: [{ rule: 'NOT_MEMBER_OF', system: 'EU' }],
        contactChannels: [{ kind: 'IN_PERSON', value: 'EU Delegation' }],
      }),
    ],
    mechanisms: [
      mech(
        'sr-hrd',
        [
          service('communication', { kind: 'URGENT_APPEAL', speed: 'DAYS' }),
          service('reprisals', { kind: 'REPRISAL_REPORT', risks: ['REPRISAL_FOR_UN_COOPERATION'], speed: 'WEEKS' }),
        ],
        { contactChannels: [{ kind: 'EMAIL', value: 'sr@example.org', languages: ['en', 'fr', 'es'] }] },
      ),
      mech('hrc', [service('complaint', { kind: 'INDIVIDUAL_COMPLAINT', speed: 'MONTHS', eligibility: [{ rule: 'ACCEPTED_PROCEDURE', procedure: 'ICCPR_OP1' }] })], {
        kind: 'UN_TREATY_BODY',
      }),
      mech('cat', [service('complaint', { kind: 'INDIVIDUAL_COMPLAINT', speed: 'MONTHS', eligibility: [{ rule: 'ACCEPTED_PROCEDURE', procedure: 'CAT_ART22' }] })], {
        kind: 'UN_TREATY_BODY',
      }),
      mech('ced', [service('urgent-action', { kind: 'URGENT_ACTION', speed: 'WEEKS', risks: ['ENFORCED_DISAPPEARANCE'], eligibility: [{ rule: 'ACCEPTED_PROCEDURE', procedure: 'ICPPED_URGENT_ACTION' }] })], {
        kind: 'UN_TREATY_BODY',
      }),
      mech('iachr', [service('precautionary', { kind: 'INTERIM_MEASURES', speed: 'DAYS' })], {
        kind: 'REGIONAL_COMMISSION',
        system: 'OAS',
        eligibility: [{ rule: 'MEMBER_OF', system: 'OAS' }],
      }),
    ],
    programmes: [
      prog('york', { speed: 'MONTHS', eligibility: [{ rule: 'OUTSIDE_COUNTRY_REQUIRED' }] }),
      prog('journalists-fund', { kind: 'EMERGENCY_GRANT', programmeKind: 'FUND', speed: 'DAYS', eligibility: [{ rule: 'PROFILE_REQUIRED', profiles: ['JOURNALIST'] }] }),
    ],
  });
}

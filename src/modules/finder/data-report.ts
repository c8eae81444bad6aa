/**
 * The directory's data report (`npm run data:report`): how each kind of record was verified,
 * how old its evidence is, which facts are still unconfirmed, and an audit of the finder's
 * eligibility — every path that ends ELIGIBLE is re-walked here to list the facts it rests on,
 * and none of them may be unconfirmed. Pure: the caller reads the seeds and prints the result.
 */
import { earliestDay, verificationMethod, type EligibilityRule, type SourceSeed } from '../directory/seed-schema';
import type { CountriesSeedFile } from '../geography/seed-schema';
import { DEFENDER_PROFILES, RISK_TYPES, VERIFICATION_METHODS, type RegionalInstrument, type RegionalSystem, type VerificationMethod } from '../taxonomy/values';
import { evaluateCandidate } from './core/eligibility';
import { normalizeNeed } from './core/need';
import type { Candidate, CountryEntry, DirectoryInput } from './core/model';
import { buildReadModel } from './core/read-model';

const DAY_MS = 86_400_000;
const INSTRUMENT_SYSTEM: Record<RegionalInstrument, RegionalSystem> = {
  AMERICAN_CONVENTION: 'OAS',
  INTER_AMERICAN_COURT_JURISDICTION: 'OAS',
  AFRICAN_CHARTER: 'AU',
  AFRICAN_COURT_PROTOCOL: 'AU',
  AFRICAN_COURT_DIRECT_ACCESS: 'AU',
  EUROPEAN_CONVENTION: 'COE',
  ARAB_CHARTER: 'LAS',
};
const KINDS = ['organizations', 'statePolicies', 'mechanisms', 'programmes'] as const;
type Kind = (typeof KINDS)[number];

interface RecordLike {
  slug: string;
  status: string;
  verifiedOn: string;
  sources: readonly SourceSeed[];
  contactChannels: readonly { confirmed: boolean }[];
}

export interface KindStats {
  records: number;
  offers: number;
  methods: Record<VerificationMethod, number>;
  /** Age in days of each record's newest evidence (its verifiedOn). */
  medianAgeDays: number;
  oldest: { slug: string; verifiedOn: string } | null;
  sources: number;
  unconfirmedChannels: number;
  unconfirmedRules: number;
  uncertainRecords: number;
}

export interface UnconfirmedPath {
  candidate: string;
  country: string;
  facts: string[];
}

export interface DataReport {
  today: string;
  kinds: Record<Kind, KindStats>;
  total: KindStats;
  /** Countries: sources, and acceptance facts by status. */
  countries: {
    sources: number;
    newestEvidence: string;
    acceptances: { accepted: number; notAccepted: number; unknownReferenced: number; unknownInstruments: string[] };
  };
  /** ELIGIBLE outcomes that rest on an unconfirmed fact: must be empty. */
  eligibleOnUnconfirmed: UnconfirmedPath[];
  /** How many candidate × country × need evaluations the audit ran, and how many were ELIGIBLE. */
  audited: { evaluations: number; eligible: number };
}

/** The unconfirmed facts a candidate's eligibility in a country rests on (status, lists, acceptances). */
export function unconfirmedFactsOf(c: Candidate, country: CountryEntry): string[] {
  const facts: string[] = [];
  if (c.status === 'UNCERTAIN') facts.push('status UNCERTAIN');
  for (const rule of c.eligibility) {
    const fact = unconfirmedFactOfRule(rule, country);
    if (fact) facts.push(fact);
  }
  return facts;
}

function unconfirmedFactOfRule(rule: EligibilityRule, country: CountryEntry): string | null {
  switch (rule.rule) {
    case 'COUNTRY_IN':
    case 'COUNTRY_NOT_IN':
      return rule.confirmed ? null : `${rule.rule} list not confirmed`;
    case 'ACCEPTED_PROCEDURE':
      return country.procedures.has(rule.procedure) ? null : `${rule.procedure} UNKNOWN for ${country.code}`;
    case 'PARTY_TO':
      return country.instruments.has(rule.instrument) ? null : `${rule.instrument} UNKNOWN for ${country.code}`;
    default:
      return null;
  }
}

function ageDays(date: string, todayMs: number): number {
  return Math.floor((todayMs - Date.parse(`${earliestDay(date)}T00:00:00Z`)) / DAY_MS);
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : Math.round((s[mid - 1] + s[mid]) / 2);
}

type Offer = { status?: string; eligibility?: readonly EligibilityRule[] };

/** A record's offers, and every eligibility rule of the record and its offers. */
interface Parts {
  offers(r: RecordLike): readonly Offer[];
  rules(r: RecordLike): readonly EligibilityRule[];
}

function stats(records: readonly RecordLike[], parts: Parts, todayMs: number): KindStats {
  const methods = Object.fromEntries(VERIFICATION_METHODS.map((m) => [m, 0])) as Record<VerificationMethod, number>;
  let oldest: KindStats['oldest'] = null;
  let offerCount = 0;
  let unconfirmedRules = 0;
  let uncertain = 0;
  for (const r of records) {
    methods[verificationMethod(r.sources)]++;
    if (!oldest || r.verifiedOn < oldest.verifiedOn) oldest = { slug: r.slug, verifiedOn: r.verifiedOn };
    const offers = parts.offers(r);
    offerCount += offers.length;
    if (r.status === 'UNCERTAIN' || offers.some((o) => o.status === 'UNCERTAIN')) uncertain++;
    unconfirmedRules += parts.rules(r).filter((x) => 'confirmed' in x && !x.confirmed).length;
  }
  return {
    records: records.length,
    offers: offerCount,
    methods,
    medianAgeDays: median(records.map((r) => ageDays(r.verifiedOn, todayMs))),
    oldest,
    sources: records.reduce((n, r) => n + r.sources.length, 0),
    unconfirmedChannels: records.reduce((n, r) => n + r.contactChannels.filter((c) => !c.confirmed).length, 0),
    unconfirmedRules,
    uncertainRecords: uncertain,
  };
}

/** A record with offers: its own rules (state policies, mechanisms) and its offers'. */
const withOffers = (key: 'services' | 'commitments' | 'procedures'): Parts => ({
  offers: (r) => (r as unknown as Record<string, Offer[]>)[key],
  rules: (r) => [...((r as unknown as Offer).eligibility ?? []), ...(r as unknown as Record<string, Offer[]>)[key].flatMap((o) => o.eligibility ?? [])],
});

const PARTS: Record<Kind, Parts> = {
  organizations: withOffers('services'),
  statePolicies: withOffers('commitments'),
  mechanisms: withOffers('procedures'),
  // A programme is its own (single) offer.
  programmes: { offers: (r) => [r as unknown as Offer], rules: (r) => (r as unknown as Offer).eligibility ?? [] },
};

function sum(all: KindStats[], records: readonly RecordLike[], todayMs: number): KindStats {
  const methods = Object.fromEntries(VERIFICATION_METHODS.map((m) => [m, all.reduce((n, k) => n + k.methods[m], 0)])) as Record<VerificationMethod, number>;
  const oldest =
    all
      .map((k) => k.oldest)
      .filter((o): o is NonNullable<typeof o> => !!o)
      .sort((a, b) => (a.verifiedOn < b.verifiedOn ? -1 : 1))[0] ?? null;
  const add = (f: keyof Pick<KindStats, 'records' | 'offers' | 'sources' | 'unconfirmedChannels' | 'unconfirmedRules' | 'uncertainRecords'>) =>
    all.reduce((n, k) => n + k[f], 0);
  return {
    records: add('records'),
    offers: add('offers'),
    methods,
    medianAgeDays: median(records.map((r) => ageDays(r.verifiedOn, todayMs))),
    oldest,
    sources: add('sources'),
    unconfirmedChannels: add('unconfirmedChannels'),
    unconfirmedRules: add('unconfirmedRules'),
    uncertainRecords: add('uncertainRecords'),
  };
}

/**
 * Builds the report. The audit evaluates every candidate in every country for two needs that
 * pass every need-dependent rule (all risks, all profiles, UN cooperation, inside and outside
 * the country), so every rule that rests on data is reached.
 */
export function buildDataReport(directory: Omit<DirectoryInput, 'countries'>, countries: CountriesSeedFile, today: string): DataReport {
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  const kinds = {} as Record<Kind, KindStats>;
  const allRecords: RecordLike[] = [];
  for (const kind of KINDS) {
    const records = directory[kind] as unknown as RecordLike[];
    allRecords.push(...records);
    kinds[kind] = stats(records, PARTS[kind], todayMs);
  }
  const total = sum(Object.values(kinds), allRecords, todayMs);

  const model = buildReadModel({ ...directory, countries: countries.countries });
  const eligibleOnUnconfirmed: UnconfirmedPath[] = [];
  let evaluations = 0;
  let eligible = 0;
  for (const country of model.countries.values()) {
    for (const currentlyInCountry of [true, false]) {
      const need = normalizeNeed(model, {
        country: country.code,
        risks: [...RISK_TYPES],
        urgency: 'URGENT',
        profiles: [...DEFENDER_PROFILES],
        cooperatedWithUn: true,
        currentlyInCountry,
      });
      for (const c of model.candidates) {
        evaluations++;
        if (evaluateCandidate(c, { need, locale: 'en' }).status !== 'ELIGIBLE') continue;
        eligible++;
        const facts = unconfirmedFactsOf(c, country);
        if (facts.length > 0) eligibleOnUnconfirmed.push({ candidate: c.key, country: country.code, facts });
      }
    }
  }

  const referenced = new Set<string>();
  for (const c of model.candidates) for (const r of c.eligibility) if (r.rule === 'ACCEPTED_PROCEDURE') referenced.add(r.procedure);
  let accepted = 0;
  let notAccepted = 0;
  let unknownReferenced = 0;
  const unknownInstruments: string[] = [];
  for (const c of countries.countries) {
    for (const fact of [...Object.values(c.procedures), ...Object.values(c.instruments)]) {
      if (fact?.status === 'ACCEPTED') accepted++;
      else if (fact) notAccepted++;
    }
    if (c.unMember) for (const p of referenced) if (!(p in c.procedures)) unknownReferenced++;
    // An instrument matters to the members of its system: an unknown there is a "check first".
    for (const [instrument, system] of Object.entries(INSTRUMENT_SYSTEM) as [RegionalInstrument, RegionalSystem][]) {
      if (c.memberships.includes(system) && !c.instruments[instrument]) unknownInstruments.push(`${c.code} ${instrument}`);
    }
  }
  return {
    today,
    kinds,
    total,
    countries: {
      sources: countries.sources.length,
      newestEvidence: countries.verifiedOn,
      acceptances: { accepted, notAccepted, unknownReferenced, unknownInstruments },
    },
    eligibleOnUnconfirmed,
    audited: { evaluations, eligible },
  };
}

const LABEL: Record<Kind | 'total', string> = {
  organizations: 'organisations',
  statePolicies: 'state policies',
  mechanisms: 'mechanisms',
  programmes: 'programmes',
  total: '**all records**',
};

/** Markdown, as pasted into docs/directory.md. */
export function renderDataReport(r: DataReport): string {
  const row = (name: Kind | 'total', k: KindStats) =>
    `| ${LABEL[name]} | ${k.records} | ${k.offers} | ${k.sources} | ${VERIFICATION_METHODS.map((m) => k.methods[m]).join(' / ')} | ${Math.round(k.medianAgeDays / 30.44)} months | ${k.oldest ? `${k.oldest.verifiedOn} (${k.oldest.slug})` : '—'} | ${k.unconfirmedChannels} | ${k.unconfirmedRules} | ${k.uncertainRecords} |`;
  const lines = [
    `# Directory data report (${r.today})`,
    '',
    "Evidence age is counted from each record's newest evidence (`verifiedOn`) to the day of the report.",
    'Verification: official page read live / official page in a stored copy / secondary sources only.',
    '',
    '| kind | records | offers | sources | verification (live / copy / secondary) | median evidence age | oldest newest-evidence | unconfirmed channels | unconfirmed lists | records with an UNCERTAIN status |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...KINDS.map((k) => row(k, r.kinds[k])),
    row('total', r.total),
    '',
    `Countries: ${r.countries.sources} dated sources (newest evidence ${r.countries.newestEvidence}); ` +
      `${r.countries.acceptances.accepted} acceptances and ${r.countries.acceptances.notAccepted} non-acceptances on record, each with its own date; ` +
      `${r.countries.acceptances.unknownReferenced} UN procedure facts that an offer relies on are still UNKNOWN for a UN member; ` +
      `regional instruments still UNKNOWN for a member of their system: ${r.countries.acceptances.unknownInstruments.join(', ') || 'none'} (offers resting on them say "check first").`,
    '',
    `Eligibility audit: ${r.audited.evaluations} evaluations (every offer, every country, two needs), ${r.audited.eligible} ELIGIBLE; ` +
      `ELIGIBLE paths resting on an unconfirmed fact: **${r.eligibleOnUnconfirmed.length}**.`,
    ...r.eligibleOnUnconfirmed.slice(0, 50).map((p) => `- ${p.candidate} in ${p.country}: ${p.facts.join('; ')}`),
  ];
  return lines.join('\n');
}

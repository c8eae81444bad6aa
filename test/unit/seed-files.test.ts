/**
 * Validates the directory seed files (`seeds/directory/*.yaml`) against the seed contract and
 * checks the data rules that the zod schema alone cannot express.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import { countriesSeedFile } from '../../src/modules/geography/seed-schema';
import { LOCALES } from '../../src/modules/taxonomy/values';
import {
  directorySeedFile,
  earliestDay,
  newestEvidence,
  type ContactChannelSeed,
  type DirectorySeedFile,
  type EligibilityRule,
  type MechanismSeed,
  type SupportServiceSeed,
} from '../../src/modules/directory/seed-schema';

const SEED_DIR = join(__dirname, '..', '..', 'seeds', 'directory');
const COUNTRIES = countriesSeedFile.parse(parse(readFileSync(join(__dirname, '..', '..', 'seeds', 'geography', 'countries.yaml'), 'utf8')));
const EU_MEMBERS = new Set(COUNTRIES.countries.filter((c) => c.memberships.includes('EU')).map((c) => c.code));

interface LoadedFile {
  name: string;
  data: DirectorySeedFile;
}

function loadSeedFiles(): LoadedFile[] {
  const names = readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  return names.map((name) => {
    const raw = parse(readFileSync(join(SEED_DIR, name), 'utf8')) as unknown;
    const result = directorySeedFile.safeParse(raw);
    if (!result.success) {
      throw new Error(`${name} does not match the seed schema:\n${JSON.stringify(result.error.issues, null, 2)}`);
    }
    return { name, data: result.data };
  });
}

const files = loadSeedFiles();
const all = {
  organizations: files.flatMap((f) => f.data.organizations),
  statePolicies: files.flatMap((f) => f.data.statePolicies),
  mechanisms: files.flatMap((f) => f.data.mechanisms),
  programmes: files.flatMap((f) => f.data.programmes),
};
const topLevel = [...all.organizations, ...all.statePolicies, ...all.mechanisms, ...all.programmes];
const offers: SupportServiceSeed[] = [
  ...all.organizations.flatMap((o) => o.services),
  ...all.statePolicies.flatMap((p) => p.commitments),
  ...all.mechanisms.flatMap((m) => m.procedures),
];
const channels: ContactChannelSeed[] = [
  ...all.organizations.flatMap((o) => o.contactChannels),
  ...all.statePolicies.flatMap((p) => p.contactChannels),
  ...all.mechanisms.flatMap((m) => m.contactChannels),
  ...all.programmes.flatMap((p) => p.contactChannels),
];
const allSlugs = [...topLevel.map((r) => r.slug), ...offers.map((o) => o.slug)];
const slugSet = new Set(allSlugs);

function mechanismBySlug(slug: string): MechanismSeed {
  const m = all.mechanisms.find((x) => x.slug === slug);
  if (!m) throw new Error(`mechanism ${slug} is missing`);
  return m;
}
function offerBySlug(slug: string): SupportServiceSeed {
  const o = offers.find((x) => x.slug === slug) ?? all.programmes.find((x) => x.slug === slug);
  if (!o) throw new Error(`offer ${slug} is missing`);
  return o;
}
function hasRule(rules: EligibilityRule[], predicate: (r: EligibilityRule) => boolean): boolean {
  return rules.some(predicate);
}

describe('directory seed files', () => {
  it('exist and each parses with directorySeedFile', () => {
    expect(files.length).toBeGreaterThanOrEqual(1);
    expect(topLevel.length).toBeGreaterThan(0);
  });

  it('date every source, and derive verifiedOn from the newest evidence (never the day of typing)', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const r of topLevel) {
      expect({ slug: r.slug, sources: r.sources.length >= 1 }).toEqual({ slug: r.slug, sources: true });
      for (const s of r.sources) {
        expect(s.url).toMatch(/^https?:\/\//);
        expect({ slug: r.slug, url: s.url, dated: /^\d{4}(-\d{2}(-\d{2})?)?$/.test(s.evidenceOn) }).toEqual({ slug: r.slug, url: s.url, dated: true });
        expect({ slug: r.slug, url: s.url, readInThePast: s.readOn <= today && earliestDay(s.evidenceOn) <= s.readOn }).toEqual({
          slug: r.slug,
          url: s.url,
          readInThePast: true,
        });
      }
      expect({ slug: r.slug, verifiedOn: r.verifiedOn }).toEqual({ slug: r.slug, verifiedOn: newestEvidence(r.sources) });
    }
    // The fact-check found every record claiming the day the file was typed; evidence dates now differ.
    expect(new Set(topLevel.map((r) => r.verifiedOn)).size).toBeGreaterThan(10);
  });

  it('give every text in all seven locales (English is the original; the others are translations)', () => {
    const missing: string[] = [];
    const walk = (node: unknown, where: string): void => {
      if (Array.isArray(node)) node.forEach((x, i) => walk(x, `${where}[${i}]`));
      else if (node && typeof node === 'object') {
        const map = node as Record<string, unknown>;
        if (typeof map.en === 'string') {
          for (const l of LOCALES) if (typeof map[l] !== 'string' || !(map[l] as string).trim()) missing.push(`${where}.${l}`);
          return;
        }
        for (const [k, v] of Object.entries(map)) walk(v, where ? `${where}.${k}` : k);
      }
    };
    for (const name of readdirSync(SEED_DIR).filter((f) => f.endsWith('.yaml'))) walk(parse(readFileSync(join(SEED_DIR, name), 'utf8')), name);
    expect(missing).toEqual([]);
  });

  it('use slugs that are unique across all files, records and offers', () => {
    const dupes = allSlugs.filter((s, i) => allSlugs.indexOf(s) !== i);
    expect(dupes).toEqual([]);
  });

  it('write contact values in a plausible shape', () => {
    for (const c of channels) {
      if (c.confirmed === false) {
        // An unconfirmed channel must not carry a value that could be mistaken for a fact.
        expect({ kind: c.kind, value: c.value }).toEqual({ kind: c.kind, value: undefined });
        continue;
      }
      if (['HOTLINE', 'PHONE', 'EMAIL', 'SECURE_EMAIL', 'WEBSITE', 'WEB_FORM', 'SECURE_WEB_FORM', 'MESSAGING_APP'].includes(c.kind)) {
        expect({ kind: c.kind, hasValue: typeof c.value === 'string' }).toEqual({ kind: c.kind, hasValue: true });
      }
      if (c.value === undefined) continue;
      switch (c.kind) {
        case 'HOTLINE':
        case 'PHONE':
        case 'MESSAGING_APP':
          expect(c.value).toMatch(/^\+?[0-9 ()-]+$/);
          break;
        case 'EMAIL':
        case 'SECURE_EMAIL':
          expect(c.value.split('@')).toHaveLength(2);
          expect(c.value).toMatch(/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i);
          break;
        case 'WEBSITE':
        case 'WEB_FORM':
        case 'SECURE_WEB_FORM':
          expect(c.value).toMatch(/^https?:\/\/\S+$/);
          break;
        default:
          break;
      }
      if (c.available247) expect(c.hours ?? '24/7').toMatch(/24/);
    }
  });

  it('use http(s) for every website and document URL', () => {
    const urls = [
      ...all.organizations.map((o) => o.website),
      ...all.mechanisms.map((m) => m.website),
      ...all.programmes.map((p) => p.website),
      ...all.statePolicies.map((p) => p.documentUrl),
    ].filter((u): u is string => u !== undefined);
    expect(urls.length).toBeGreaterThan(10);
    for (const u of urls) expect(u).toMatch(/^https?:\/\/[^\s]+$/);
  });

  it('contain every resource named in the UN engagement guide', () => {
    const named = [
      // NGOs
      'front-line-defenders',
      'amnesty-international-individuals-at-risk',
      'observatory-for-the-protection-of-human-rights-defenders',
      'international-service-for-human-rights',
      // States
      'eu-guidelines-on-human-rights-defenders',
      'ireland-guidelines-on-human-rights-defenders',
      'netherlands-human-rights-defenders-policy',
      'norway-guidelines-on-human-rights-defenders',
      'switzerland-guidelines-on-human-rights-defenders',
      // UN
      'un-human-rights-council-president',
      'un-special-rapporteur-on-human-rights-defenders',
      'un-human-rights-committee',
      'un-committee-against-torture',
      'un-cedaw-committee',
      'un-cerd',
      'un-cerd-early-warning-urgent-action',
      'un-reprisals-report',
      // Fellowships and funds
      'york-cahr-protective-fellowship',
      'ohchr-indigenous-fellowship-programme',
      'ohchr-minorities-fellowship-programme',
      'ohchr-unitar-fellowship-least-developed-countries',
      'un-voluntary-fund-for-victims-of-torture-emergency-grants',
      'icc-trust-fund-for-victims',
      'harvard-human-rights-program-visiting-fellows',
      // The ILPD internship was removed: its only source (an undated guide) could not be dated.
    ];
    const missing = named.filter((s) => !slugSet.has(s));
    expect(missing).toEqual([]);
  });

  it('limit every regional mechanism to the states bound by what it applies, not to membership alone', () => {
    const regional = all.mechanisms.filter((m) => m.system !== 'UN');
    expect(regional.length).toBeGreaterThanOrEqual(8);
    // No regional offer is open to the whole world: a rule or a coverage limits each one.
    for (const m of regional) {
      for (const p of m.procedures) {
        const limited = m.eligibility.length > 0 || p.eligibility.length > 0 || (p.coverage !== undefined && !p.coverage.global);
        expect({ slug: p.slug, limited }).toEqual({ slug: p.slug, limited: true });
      }
    }
    // A court needs the state's acceptance of its jurisdiction, not membership of the organisation.
    for (const m of regional.filter((x) => x.kind === 'REGIONAL_COURT')) {
      expect({ slug: m.slug, partyRule: hasRule(m.eligibility, (r) => r.rule === 'PARTY_TO') }).toEqual({ slug: m.slug, partyRule: true });
      expect({ slug: m.slug, membershipOnly: hasRule(m.eligibility, (r) => r.rule === 'MEMBER_OF') }).toEqual({ slug: m.slug, membershipOnly: false });
    }
    const party: Record<string, string> = {
      'inter-american-court-of-human-rights': 'INTER_AMERICAN_COURT_JURISDICTION',
      'african-commission-on-human-and-peoples-rights': 'AFRICAN_CHARTER',
      'african-court-on-human-and-peoples-rights': 'AFRICAN_COURT_PROTOCOL',
      'european-court-of-human-rights': 'EUROPEAN_CONVENTION',
    };
    for (const [slug, instrument] of Object.entries(party)) {
      expect({ slug, ok: hasRule(mechanismBySlug(slug).eligibility, (r) => r.rule === 'PARTY_TO' && r.instrument === instrument) }).toEqual({ slug, ok: true });
    }
    expect(
      hasRule(offerBySlug('african-court-provisional-measures').eligibility, (r) => r.rule === 'PARTY_TO' && r.instrument === 'AFRICAN_COURT_DIRECT_ACCESS'),
    ).toBe(true);
    expect(
      hasRule(offerBySlug('arab-human-rights-committee-state-reporting').eligibility, (r) => r.rule === 'PARTY_TO' && r.instrument === 'ARAB_CHARTER'),
    ).toBe(true);
    // The IACHR keeps acting in Nicaragua after its OAS exit: OAS members and Nicaragua.
    for (const p of mechanismBySlug('inter-american-commission-on-human-rights').procedures) {
      expect({ slug: p.slug, coverage: p.coverage }).toEqual({ slug: p.slug, coverage: expect.objectContaining({ systems: ['OAS'], countries: ['NI'] }) });
    }
    const membership: Record<string, string> = {
      'council-of-europe-commissioner-for-human-rights': 'COE',
      'osce-odihr-focal-point-on-human-rights-defenders': 'OSCE',
      'asean-intergovernmental-commission-on-human-rights': 'ASEAN',
    };
    for (const [slug, system] of Object.entries(membership)) {
      expect({ slug, ok: hasRule(mechanismBySlug(slug).eligibility, (r) => r.rule === 'MEMBER_OF' && r.system === system) }).toEqual({ slug, ok: true });
    }
    expect(hasRule(mechanismBySlug('eu-delegations').eligibility, (r) => r.rule === 'NOT_MEMBER_OF' && r.system === 'EU')).toBe(true);
  });

  it('never limit UN special procedures to UN members (they write about any territory)', () => {
    for (const m of all.mechanisms.filter((x) => x.kind === 'UN_SPECIAL_PROCEDURE')) {
      const rules = [...m.eligibility, ...m.procedures.flatMap((p) => p.eligibility)];
      expect({ slug: m.slug, unMember: hasRule(rules, (r) => r.rule === 'UN_MEMBER') }).toEqual({ slug: m.slug, unMember: false });
    }
  });

  it('require acceptance of the matching UN procedure for treaty-body complaints and interim measures', () => {
    const treatyBodies = all.mechanisms.filter((m) => m.kind === 'UN_TREATY_BODY');
    expect(treatyBodies.length).toBeGreaterThanOrEqual(9);
    for (const m of treatyBodies) {
      for (const p of m.procedures) {
        if (['INDIVIDUAL_COMPLAINT', 'INTERIM_MEASURES', 'URGENT_ACTION'].includes(p.kind)) {
          const rules = [...m.eligibility, ...p.eligibility];
          expect({ slug: p.slug, ok: hasRule(rules, (r) => r.rule === 'ACCEPTED_PROCEDURE') }).toEqual({ slug: p.slug, ok: true });
        }
      }
    }
    const expected: Record<string, string> = {
      'un-human-rights-committee-individual-complaint': 'ICCPR_OP1',
      'un-human-rights-committee-interim-measures': 'ICCPR_OP1',
      'un-committee-against-torture-individual-complaint': 'CAT_ART22',
      'un-committee-against-torture-interim-measures': 'CAT_ART22',
      'un-cedaw-committee-individual-complaint': 'OP_CEDAW',
      'un-cedaw-committee-interim-measures': 'OP_CEDAW',
      'un-cerd-individual-complaint': 'ICERD_ART14',
      'un-cerd-early-warning-urgent-action': 'ICERD_EARLY_WARNING',
      'un-ced-urgent-action': 'ICPPED_URGENT_ACTION',
      'un-ced-individual-complaint': 'ICPPED_ART31',
      'un-crc-individual-complaint': 'OP_CRC_IC',
      'un-crpd-individual-complaint': 'OP_CRPD',
      'un-cescr-individual-complaint': 'OP_ICESCR',
      'un-cmw-individual-complaint': 'ICMW_ART77',
    };
    for (const [slug, procedure] of Object.entries(expected)) {
      const p = offerBySlug(slug);
      expect({ slug, ok: hasRule(p.eligibility, (r) => r.rule === 'ACCEPTED_PROCEDURE' && r.procedure === procedure) }).toEqual({ slug, ok: true });
    }
  });

  it('route reprisal reporting to people who cooperated with the UN', () => {
    for (const slug of ['un-reprisals-report', 'un-human-rights-council-president']) {
      const m = mechanismBySlug(slug);
      for (const p of m.procedures) {
        expect({ slug: p.slug, ok: hasRule([...m.eligibility, ...p.eligibility], (r) => r.rule === 'UN_COOPERATION_REQUIRED') }).toEqual({
          slug: p.slug,
          ok: true,
        });
        expect(p.risks).toContain('REPRISAL_FOR_UN_COOPERATION');
      }
    }
    const report = mechanismBySlug('un-reprisals-report').procedures[0];
    // The three conditions from the guide: consent, UN document reference, follow-up.
    expect(report.requirements.length).toBeGreaterThanOrEqual(3);
    expect(report.requirements.map((r) => r.en).join(' ')).toMatch(/consent/i);
  });

  it('exclude defenders inside the adopting state, and inside the whole EU for an EU member state', () => {
    expect(all.statePolicies.length).toBeGreaterThanOrEqual(9);
    for (const p of all.statePolicies) {
      const euIssuer = p.issuer === 'EU' || EU_MEMBERS.has(p.issuer);
      const ok = euIssuer
        ? hasRule(p.eligibility, (r) => r.rule === 'NOT_MEMBER_OF' && r.system === 'EU')
        : hasRule(p.eligibility, (r) => r.rule === 'COUNTRY_NOT_IN' && r.countries.includes(p.issuer));
      expect({ slug: p.slug, euIssuer, ok }).toEqual({ slug: p.slug, euIssuer, ok: true });
    }
  });

  it('never leave ACTIVE a record or offer whose alert says it may have stopped', () => {
    const mayHaveStopped = /whether .*(still|runs|operates)|still (runs|operates|exists)|may have (stopped|closed|ended)/i;
    for (const r of [...topLevel, ...offers]) {
      if (r.alert && mayHaveStopped.test(r.alert.en)) expect({ slug: r.slug, status: r.status }).not.toEqual({ slug: r.slug, status: 'ACTIVE' });
    }
    expect(offerBySlug('lifeline-embattled-cso-assistance-fund').status).toBe('UNCERTAIN');
  });

  it('offer the ICC Trust Fund for Victims only in the situation countries where it runs, as unconfirmed', () => {
    const rule = offerBySlug('icc-trust-fund-for-victims').eligibility.find((r) => r.rule === 'COUNTRY_IN');
    expect(rule).toMatchObject({ rule: 'COUNTRY_IN', confirmed: false, countries: expect.arrayContaining(['UG', 'CD', 'CF']) });
  });

  it('restrict profile-based programmes to the right profiles', () => {
    const expected: Record<string, string[]> = {
      'scholars-at-risk-network': ['ACADEMIC'],
      'icorn-cities-of-refuge': ['ARTIST', 'JOURNALIST'],
      'artists-at-risk-connection-referral': ['ARTIST'],
      'committee-to-protect-journalists-emergency-assistance': ['JOURNALIST'],
      'urgent-action-fund-rapid-response-grants': ['WOMAN_DEFENDER'],
      'ohchr-indigenous-fellowship-programme': ['INDIGENOUS'],
      'ohchr-minorities-fellowship-programme': ['MINORITY'],
      'un-voluntary-fund-for-victims-of-torture-emergency-grants': ['VICTIM_OF_TORTURE'],
      'lifeline-embattled-cso-assistance-fund': ['CIVIL_SOCIETY_ORGANISATION'],
    };
    for (const [slug, profiles] of Object.entries(expected)) {
      const o = offerBySlug(slug);
      const rule = o.eligibility.find((r) => r.rule === 'PROFILE_REQUIRED');
      expect({ slug, has: rule !== undefined }).toEqual({ slug, has: true });
      if (rule?.rule === 'PROFILE_REQUIRED') expect(rule.profiles).toEqual(expect.arrayContaining(profiles));
    }
  });

  it("list Front Line Defenders' 24/7 emergency line with its five languages", () => {
    const fld = all.organizations.find((o) => o.slug === 'front-line-defenders');
    const line = fld?.contactChannels.find((c) => c.kind === 'HOTLINE');
    expect(line?.available247).toBe(true);
    expect([...(line?.languages ?? [])].sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru']);
  });

  it('mark halted programmes as not active, with an alert', () => {
    const eap = all.programmes.find((p) => p.slug === 'freedom-house-emergency-assistance-program');
    expect(eap).toBeDefined();
    expect(eap?.status).not.toBe('ACTIVE');
    expect(eap?.alert?.en).toBeTruthy();
    for (const r of [...topLevel, ...offers]) {
      if (r.status !== 'ACTIVE') expect({ slug: r.slug, alert: Boolean(r.alert) }).toEqual({ slug: r.slug, alert: true });
    }
  });

  it('only claim 24/7 availability on channels that are round-the-clock lines or inboxes', () => {
    for (const c of channels.filter((x) => x.available247)) {
      expect(['HOTLINE', 'PHONE', 'EMAIL', 'SECURE_EMAIL', 'MESSAGING_APP', 'SECURE_WEB_FORM', 'WEB_FORM']).toContain(c.kind);
    }
  });
});

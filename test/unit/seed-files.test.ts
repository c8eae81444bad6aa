/**
 * Validates the directory seed files (`seeds/directory/*.yaml`) against the seed contract and
 * checks the data rules that the zod schema alone cannot express.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import {
  directorySeedFile,
  type ContactChannelSeed,
  type DirectorySeedFile,
  type EligibilityRule,
  type MechanismSeed,
  type SupportServiceSeed,
} from '../../src/modules/directory/seed-schema';

const SEED_DIR = join(__dirname, '..', '..', 'seeds', 'directory');

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

  it('give every top-level record at least one source and a verifiedOn date that is a real day, not in the future', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const r of topLevel) {
      expect({ slug: r.slug, sources: r.sources.length >= 1 }).toEqual({ slug: r.slug, sources: true });
      const parsed = new Date(`${r.verifiedOn}T00:00:00Z`);
      expect({ slug: r.slug, valid: !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === r.verifiedOn }).toEqual({
        slug: r.slug,
        valid: true,
      });
      expect({ slug: r.slug, notFuture: r.verifiedOn <= today }).toEqual({ slug: r.slug, notFuture: true });
      for (const s of r.sources) expect(s.url).toMatch(/^https?:\/\//);
    }
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
      'ilpd-internship-programme',
    ];
    const missing = named.filter((s) => !slugSet.has(s));
    expect(missing).toEqual([]);
  });

  it('give each regional mechanism the membership rule of its system', () => {
    const regional = all.mechanisms.filter((m) => m.system !== 'UN');
    expect(regional.length).toBeGreaterThanOrEqual(8);
    for (const m of regional) {
      const ok =
        m.kind === 'DIPLOMATIC_NETWORK'
          ? hasRule(m.eligibility, (r) => r.rule === 'NOT_MEMBER_OF' && r.system === m.system)
          : hasRule(m.eligibility, (r) => r.rule === 'MEMBER_OF' && r.system === m.system);
      expect({ slug: m.slug, ok }).toEqual({ slug: m.slug, ok: true });
    }
    const expected: Record<string, string> = {
      'inter-american-commission-on-human-rights': 'OAS',
      'inter-american-court-of-human-rights': 'OAS',
      'african-commission-on-human-and-peoples-rights': 'AU',
      'european-court-of-human-rights': 'COE',
      'council-of-europe-commissioner-for-human-rights': 'COE',
      'osce-odihr-focal-point-on-human-rights-defenders': 'OSCE',
    };
    for (const [slug, system] of Object.entries(expected)) {
      const m = mechanismBySlug(slug);
      expect({ slug, ok: hasRule(m.eligibility, (r) => r.rule === 'MEMBER_OF' && r.system === system) }).toEqual({ slug, ok: true });
    }
    expect(hasRule(mechanismBySlug('eu-delegations').eligibility, (r) => r.rule === 'NOT_MEMBER_OF' && r.system === 'EU')).toBe(true);
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
        expect({ slug: p.slug, ok: hasRule([...m.eligibility, ...p.eligibility], (r) => r.rule === 'UN_COOPERATION_REQUIRED') }).toEqual({ slug: p.slug, ok: true });
        expect(p.risks).toContain('REPRISAL_FOR_UN_COOPERATION');
      }
    }
    const report = mechanismBySlug('un-reprisals-report').procedures[0];
    // The three conditions from the guide: consent, UN document reference, follow-up.
    expect(report.requirements.length).toBeGreaterThanOrEqual(3);
    expect(report.requirements.map((r) => r.en).join(' ')).toMatch(/consent/i);
  });

  it('exclude defenders inside the adopting state from a state policy', () => {
    expect(all.statePolicies.length).toBeGreaterThanOrEqual(9);
    for (const p of all.statePolicies) {
      const ok =
        p.issuer === 'EU'
          ? hasRule(p.eligibility, (r) => r.rule === 'NOT_MEMBER_OF' && r.system === 'EU')
          : hasRule(p.eligibility, (r) => r.rule === 'COUNTRY_NOT_IN' && r.countries.includes(p.issuer));
      expect({ slug: p.slug, ok }).toEqual({ slug: p.slug, ok: true });
    }
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

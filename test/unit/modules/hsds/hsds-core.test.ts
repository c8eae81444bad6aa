/** The pure HSDS mapping: where services apply, which record becomes which HSDS object, nothing null. */
import { derivedId, planAreas, toHsdsDataset, type HsdsCountryInput, type HsdsObject, type HsdsRecordInput } from '../../../../src/modules/hsds/hsds.core';
import type { EligibilityRule } from '../../../../src/modules/directory/seed-schema';
import type { ContactChannelRow, DirectoryRecordRow, OfferRow } from '../../../../src/modules/directory/directory.entity';
import { hsdsFailures } from '../../../helpers/hsds-schemas';

const fact = (status: 'ACCEPTED' | 'NOT_ACCEPTED') => ({ status, asOf: '2024', source: 's' });
const country = (code: string, name: string, memberships: string[], extra: Partial<HsdsCountryInput> = {}): HsdsCountryInput => ({
  code,
  names: { en: name },
  unMember: true,
  memberships,
  procedures: {},
  instruments: {},
  ...extra,
});
const KE = country('KE', 'Kenya', ['AU'], { instruments: { AFRICAN_CHARTER: fact('ACCEPTED') } });
const MA = country('MA', 'Morocco', ['AU'], { instruments: { AFRICAN_CHARTER: fact('NOT_ACCEPTED') } });
const SS = country('SS', 'South Sudan', ['AU']);
const FR = country('FR', 'France', ['COE', 'EU']);
const COUNTRIES = [FR, KE, MA, SS];
const coverage = (c: Partial<{ global: boolean; systems: string[]; countries: string[]; excludeSystems: string[]; excludeCountries: string[] }>) =>
  ({ global: false, systems: [], countries: [], excludeSystems: [], excludeCountries: [], ...c }) as never;

describe('planAreas', () => {
  it('keeps a global coverage without geographic rules as one worldwide area, naming the exclusions', () => {
    expect(planAreas(null, [], COUNTRIES, 'en')).toMatchObject({ worldwide: true, except: [] });
    const plan = planAreas(
      coverage({ global: true, excludeCountries: ['KE'], excludeSystems: ['EU'] }),
      [{ rule: 'PROFILE_REQUIRED', profiles: ['JOURNALIST'] }],
      COUNTRIES,
      'en',
    );
    expect(plan).toMatchObject({ worldwide: true, except: ['EU', 'Kenya'] });
    expect(plan.excludedCodes.sort()).toEqual(['FR', 'KE']);
  });

  it('keeps a global coverage that a rule narrows by a few countries as worldwide, naming them', () => {
    const notInFrance = (confirmed: boolean): EligibilityRule => ({ rule: 'COUNTRY_NOT_IN', countries: ['FR'], confirmed });
    expect(planAreas(coverage({ global: true }), [notInFrance(true)], COUNTRIES, 'en')).toMatchObject({
      worldwide: true,
      except: ['France'],
      excludedCodes: ['FR'],
    });
    // An unconfirmed list is "check first" in every country: each is listed, with that caveat.
    const unconfirmed = planAreas(coverage({ global: true }), [notInFrance(false)], COUNTRIES, 'en');
    expect(unconfirmed.countries.map((c) => [c.country.code, c.check])).toEqual([
      ['KE', true],
      ['MA', true],
      ['SS', true],
    ]);
  });

  it('lists the countries of a regional coverage, minus exclusions', () => {
    const plan = planAreas(coverage({ systems: ['AU'], excludeCountries: ['MA'] }), [], COUNTRIES, 'en');
    expect(plan.worldwide).toBe(false);
    expect(plan.countries.map((c) => c.country.code)).toEqual(['KE', 'SS']);
  });

  it("narrows by a mechanism's rules: accepted yes, not accepted no, unknown check first", () => {
    const plan = planAreas(
      null,
      [
        { rule: 'MEMBER_OF', system: 'AU' },
        { rule: 'PARTY_TO', instrument: 'AFRICAN_CHARTER' },
      ],
      COUNTRIES,
      'en',
    );
    expect(plan.countries.map((c) => [c.country.code, c.check])).toEqual([
      ['KE', false],
      ['SS', true],
    ]);
    const listed = planAreas(null, [{ rule: 'COUNTRY_IN', countries: ['FR', 'KE'], confirmed: false }], COUNTRIES, 'en');
    expect(listed.countries.map((c) => [c.country.code, c.check])).toEqual([
      ['FR', true],
      ['KE', true],
    ]);
  });
});

const NOW = new Date('2025-06-01T10:00:00.000Z');
function record(over: Partial<DirectoryRecordRow>): DirectoryRecordRow {
  return {
    id: derivedId('record', String(over.slug)),
    kind: 'ORGANIZATION',
    slug: 'x',
    status: 'ACTIVE',
    alert: null,
    name: { en: 'X' },
    summary: { en: 'About X' },
    acronym: null,
    website: null,
    languages: [],
    coverage: null,
    eligibility: [],
    caveats: [],
    system: null,
    issuer: null,
    subkind: null,
    details: {},
    sources: [{ url: 'https://example.org/source', title: 'Source', kind: 'OFFICIAL' }],
    verifiedOn: '2025-05-01',
    archivedAt: null,
    createdAt: NOW,
    updatedAt: NOW,
    ...over,
  } as DirectoryRecordRow;
}
function offer(recordId: string, slug: string, over: Partial<OfferRow> = {}): OfferRow {
  return {
    id: derivedId('offer', slug),
    recordId,
    position: 0,
    slug,
    kind: 'HOTLINE',
    name: { en: `Offer ${slug}` },
    description: { en: 'What it does' },
    risks: [],
    profiles: [],
    coverage: null,
    eligibility: [],
    speed: 'HOURS',
    responseTimeNote: null,
    requirements: [],
    steps: [],
    caveats: [],
    status: 'ACTIVE',
    alert: null,
    ...over,
  } as OfferRow;
}
function channel(recordId: string, position: number, over: Partial<ContactChannelRow>): ContactChannelRow {
  return {
    id: derivedId('channel', recordId, String(position)),
    recordId,
    position,
    kind: 'PHONE',
    value: null,
    label: null,
    languages: [],
    hours: null,
    available247: false,
    safetyNote: null,
    confirmed: true,
    ...over,
  } as ContactChannelRow;
}

function dataset() {
  const org = record({ slug: 'ngo', name: { en: 'An NGO' }, status: 'UNCERTAIN', languages: ['fr'] });
  const policy = record({ slug: 'policy', kind: 'STATE_POLICY', issuer: 'FR', name: { en: 'French guidelines' }, coverage: coverage({ global: true }) });
  const mech = record({
    slug: 'achpr',
    kind: 'MECHANISM',
    system: 'AU',
    name: { en: 'African Commission' },
    eligibility: [
      { rule: 'MEMBER_OF', system: 'AU' },
      { rule: 'PARTY_TO', instrument: 'AFRICAN_CHARTER' },
    ],
  });
  const records: HsdsRecordInput[] = [
    {
      record: org,
      offers: [offer(org.id, 'line')],
      channels: [
        channel(org.id, 0, { kind: 'HOTLINE', value: '+1 555 0100', available247: true, label: { en: 'Emergency line' }, languages: ['ar'] }),
        channel(org.id, 1, { kind: 'EMAIL', value: 'help@example.org' }),
        channel(org.id, 2, { kind: 'PHONE', value: '+1 555 0199', confirmed: false }),
        channel(org.id, 3, { kind: 'WEB_FORM', value: 'https://example.org/form' }),
      ],
    },
    { record: policy, offers: [offer(policy.id, 'commitment', { kind: 'VISA_SUPPORT' })], channels: [] },
    { record: mech, offers: [offer(mech.id, 'rapporteur', { kind: 'URGENT_APPEAL' })], channels: [] },
  ];
  return { d: toHsdsDataset(records, COUNTRIES, 'en'), org, policy, mech };
}

const byName = (list: HsdsObject[], name: string) => list.find((o) => o.name === name)!;
const attributeCodes = (o: HsdsObject) => (o.attributes as { taxonomy_term: { code: string } }[]).map((a) => a.taxonomy_term.code);

describe('toHsdsDataset', () => {
  it('produces objects valid against the official schemas, with no null', () => {
    const { d } = dataset();
    expect(hsdsFailures('organization', d.organizations)).toEqual([]);
    expect(hsdsFailures('service', d.services)).toEqual([]);
    expect(hsdsFailures('taxonomy_term', d.taxonomyTerms)).toEqual([]);
    expect(JSON.stringify(d.organizations)).not.toContain('null');
  });

  it("makes a state policy's commitment a service of the state, in the policy as program", () => {
    const { d, policy } = dataset();
    const france = byName(d.organizations, 'France');
    expect(france.id).toBe(derivedId('issuer', 'FR'));
    expect(france.description).toBe('In this directory: French guidelines');
    expect((france.programs as HsdsObject[]).map((p) => p.id)).toEqual([policy.id]);
    const commitment = byName(d.services, 'Offer commitment');
    expect(commitment).toMatchObject({ organization_id: france.id, program_id: policy.id, program: { id: policy.id, name: 'French guidelines' } });
    expect(commitment.service_areas).toEqual([expect.objectContaining({ name: 'Worldwide' })]);
  });

  it("gives a mechanism's procedure the countries where it applies as service areas", () => {
    const { d } = dataset();
    const areas = byName(d.services, 'Offer rapporteur').service_areas as HsdsObject[];
    expect(areas.map((a) => a.name)).toEqual(['Kenya', 'South Sudan']);
    expect(areas[1].description).toMatch(/^Check first/);
    expect(areas[0].attributes).toEqual([expect.objectContaining({ link_type: 'country', value: 'KE', link_entity: 'service_area' })]);
    expect(d.reach.get(byName(d.services, 'Offer rapporteur').id as string)).toEqual({ worldwide: false, codes: new Set(['KE', 'SS']) });
  });

  it('says a 24/7 line with a weekly schedule, its phone and languages; unconfirmed channels are left out', () => {
    const { d } = dataset();
    const line = byName(d.services, 'Offer line');
    expect(line.schedules).toEqual([
      expect.objectContaining({ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '23:59', description: 'Emergency line: 24/7' }),
    ]);
    expect((line.phones as HsdsObject[]).map((p) => p.number)).toEqual(['+1 555 0100']);
    expect((line.phones as { languages: HsdsObject[] }[])[0].languages).toEqual([expect.objectContaining({ code: 'ar', name: 'Arabic' })]);
    expect((line.languages as HsdsObject[]).map((l) => l.code)).toEqual(['fr', 'ar']);
    expect(line).toMatchObject({ email: 'help@example.org', status: 'active', assured_date: '2025-05-01', last_modified: '2025-06-01T10:00:00.000Z' });
    // What HSDS cannot say: as attributes linked to the profile's taxonomies.
    expect(attributeCodes(line)).toEqual(expect.arrayContaining(['ORGANIZATION', 'HOTLINE', 'HOURS', 'UNCERTAIN', 'WEB_FORM']));
  });

  it('derives stable UUIDs', () => {
    expect(derivedId('a', 'b')).toBe(derivedId('a', 'b'));
    expect(derivedId('a', 'b')).not.toBe(derivedId('a', 'c'));
    expect(derivedId('a')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

/** The data report: statistics from the records, and the audit of ELIGIBLE paths. */
import { evaluateCandidate } from '../../../../src/modules/finder/core/eligibility';
import { normalizeNeed } from '../../../../src/modules/finder/core/need';
import { COUNTRIES, model, org, prog, service } from '../../../fixtures/finder/sample-directory';
import { buildDataReport, renderDataReport, unconfirmedFactsOf } from '../../../../src/modules/finder/data-report';

const countriesFile = {
  sources: [
    {
      id: 'treaties',
      url: 'https://example.org/t',
      title: 'Treaties',
      kind: 'OFFICIAL' as const,
      access: 'STORED_COPY' as const,
      evidenceOn: '2024',
      readOn: '2025-01-01',
    },
  ],
  countries: COUNTRIES,
  verifiedOn: '2024-01-01',
};

describe('unconfirmedFactsOf', () => {
  const m = model({
    organizations: [
      org('listed', [service('s', { eligibility: [{ rule: 'COUNTRY_IN', countries: ['CO', 'KE'], confirmed: false }] })]),
      org('unsure', [service('s')], { status: 'UNCERTAIN' }),
      org('treaty', [
        service('s', {
          eligibility: [
            { rule: 'ACCEPTED_PROCEDURE', procedure: 'OP_CEDAW' },
            { rule: 'PARTY_TO', instrument: 'AFRICAN_CHARTER' },
          ],
        }),
      ]),
      org('sure', [
        service('s', {
          eligibility: [
            { rule: 'ACCEPTED_PROCEDURE', procedure: 'ICCPR_OP1' },
            { rule: 'PARTY_TO', instrument: 'AMERICAN_CONVENTION' },
          ],
        }),
      ]),
    ],
  });
  const co = m.countries.get('CO')!;
  const facts = (slug: string) =>
    unconfirmedFactsOf(
      m.candidates.find((c) => c.parentSlug === slug)!,
      co,
    );

  it('names the unconfirmed list, the uncertain status and each unknown acceptance', () => {
    expect(facts('listed')).toEqual(['COUNTRY_IN list not confirmed']);
    expect(facts('unsure')).toEqual(['status UNCERTAIN']);
    expect(facts('treaty')).toEqual(['OP_CEDAW UNKNOWN for CO', 'AFRICAN_CHARTER UNKNOWN for CO']);
    expect(facts('sure')).toEqual([]);
  });

  it('agrees with the engine: whatever rests on an unconfirmed fact is not ELIGIBLE', () => {
    const need = normalizeNeed(m, { country: 'CO', risks: ['DEATH_THREAT'], urgency: 'URGENT' });
    for (const c of m.candidates) {
      const status = evaluateCandidate(c, { need, locale: 'en' }).status;
      expect([c.parentSlug, status]).toEqual([c.parentSlug, unconfirmedFactsOf(c, co).length > 0 ? 'NEEDS_CHECK' : 'ELIGIBLE']);
    }
  });
});

describe('buildDataReport', () => {
  const directory = {
    organizations: [org('a', [service('s1'), service('s2')], { verifiedOn: '2024-06-01' }), org('b', [service('s')], { verifiedOn: '2020-03-01' })],
    statePolicies: [],
    mechanisms: [],
    programmes: [prog('p', { status: 'UNCERTAIN', alert: { en: 'May have stopped.' }, verifiedOn: '2025-01-01' })],
  };
  const report = buildDataReport(directory, countriesFile, '2025-06-01');

  it('counts records, offers and methods per kind, with evidence ages from the newest evidence', () => {
    expect(report.kinds.organizations).toMatchObject({ records: 2, offers: 3, sources: 2, oldest: { slug: 'b', verifiedOn: '2020-03-01' } });
    expect(report.kinds.organizations.methods).toEqual({ OFFICIAL_PAGE_LIVE: 0, OFFICIAL_PAGE_COPY: 2, SECONDARY_SOURCE: 0 });
    // 2024-06-01 → 365 days, 2020-03-01 → 1918 days: median of two is their mean.
    expect(report.kinds.organizations.medianAgeDays).toBe(Math.round((365 + 1918) / 2));
    expect(report.kinds.programmes.uncertainRecords).toBe(1);
    expect(report.total).toMatchObject({ records: 3, offers: 4 });
  });

  it('audits every offer in every country and finds no ELIGIBLE path on an unconfirmed fact', () => {
    expect(report.audited.evaluations).toBe(4 * COUNTRIES.length * 2);
    expect(report.audited.eligible).toBeGreaterThan(0);
    expect(report.eligibleOnUnconfirmed).toEqual([]);
    expect(renderDataReport(report)).toContain('ELIGIBLE paths resting on an unconfirmed fact: **0**');
  });
});

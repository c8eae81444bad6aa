import { buildReadModel } from '../../../../../src/modules/finder/core/read-model';
import { directory, mech, org, policy, prog, sampleDirectory, service } from '../../../../fixtures/finder/sample-directory';

describe('buildReadModel', () => {
  const m = buildReadModel(sampleDirectory());
  const byKey = (k: string) => m.candidates.find((c) => c.key === k)!;

  it('flattens every offer with a stable <parentType>:<parentSlug>/<offerSlug> key, in key order', () => {
    const keys = m.candidates.map((c) => c.key);
    expect(keys).toContain('ORGANIZATION:front/hotline');
    expect(keys).toContain('STATE_POLICY:eu-guidelines/trial-observation');
    expect(keys).toContain('MECHANISM:sr-hrd/reprisals');
    expect(keys).toContain('PROGRAMME:york/york');
    expect(keys).toEqual([...keys].sort());
    expect(m.candidates).toHaveLength(16);
  });

  it('keeps the parent reference and the offer type', () => {
    const c = byKey('STATE_POLICY:eu-guidelines/trial-observation');
    expect(c).toMatchObject({ parentType: 'STATE_POLICY', parentSlug: 'eu-guidelines', offerType: 'COMMITMENT', embassyBased: true });
    expect(c.parentName.en).toBe('Policy eu-guidelines');
    expect(byKey('PROGRAMME:york/york')).toMatchObject({ offerType: 'PROGRAMME', channelsInherited: false });
  });

  it('merges parent eligibility before the offer’s own', () => {
    const d = directory({
      statePolicies: [policy('p', [service('s', { eligibility: [{ rule: 'UN_MEMBER' }] })], { eligibility: [{ rule: 'NOT_MEMBER_OF', system: 'EU' }] })],
    });
    expect(buildReadModel(d).candidates[0].eligibility).toEqual([{ rule: 'NOT_MEMBER_OF', system: 'EU' }, { rule: 'UN_MEMBER' }]);
  });

  it('adds the UN-cooperation rule to reprisal reports', () => {
    expect(byKey('MECHANISM:sr-hrd/reprisals').eligibility).toEqual([{ rule: 'UN_COOPERATION_REQUIRED' }]);
  });

  it('derives the effective status from parent and offer', () => {
    expect(byKey('ORGANIZATION:paused-org/grant').status).toBe('PAUSED');
    expect(byKey('ORGANIZATION:closing/grant').status).toBe('CLOSED');
    const d = directory({ organizations: [org('o', [service('s', { status: 'PAUSED' })], { status: 'CLOSED' })] });
    expect(buildReadModel(d).candidates[0].status).toBe('CLOSED');
  });

  it('inherits the parent’s channels, sorted safest first', () => {
    const c = byKey('ORGANIZATION:front/grant');
    expect(c.channelsInherited).toBe(true);
    expect(c.channels.map((x) => x.kind)).toEqual(['SECURE_WEB_FORM', 'HOTLINE', 'IN_PERSON']);
    expect(c.has247).toBe(true);
    expect([...c.channelLanguages].sort()).toEqual(['en', 'es', 'fr']);
  });

  it('sorts a non-24/7 hotline after secure channels and unconfirmed channels after confirmed ones', () => {
    const d = directory({
      organizations: [
        org('o', [service('s')], {
          contactChannels: [
            { kind: 'IN_PERSON', value: 'Office' },
            { kind: 'HOTLINE', value: '+1' },
            { kind: 'SECURE_EMAIL', confirmed: false },
            { kind: 'EMAIL', value: 'a@example.org' },
            { kind: 'SECURE_EMAIL', value: 's@example.org' },
          ],
        }),
      ],
    });
    const c = buildReadModel(d).candidates[0];
    expect(c.channels.map((x) => `${x.kind}${x.confirmed ? '' : '?'}`)).toEqual(['SECURE_EMAIL', 'SECURE_EMAIL?', 'HOTLINE', 'EMAIL', 'IN_PERSON']);
    expect(c.hasUnconfirmedChannel).toBe(true);
  });

  it('indexes countries by code with membership sets and procedure maps', () => {
    const co = m.countries.get('CO')!;
    expect(co.memberships.has('OAS')).toBe(true);
    expect(co.procedures.get('CAT_ART22')).toEqual({ status: 'NOT_ACCEPTED', asOf: '2022-06-30', source: 'treaties' });
    expect(co.instruments.get('AMERICAN_CONVENTION')?.status).toBe('ACCEPTED');
    expect(co.procedures.get('ICPPED_URGENT_ACTION')).toBeUndefined();
    expect(m.countries.get('ZZ')).toBeUndefined();
  });

  it('derives the regional system of a regional mechanism', () => {
    expect(byKey('MECHANISM:iachr/precautionary').regionSystem).toBe('OAS');
    expect(byKey('MECHANISM:sr-hrd/communication').regionSystem).toBeNull();
  });

  it('is immutable and leaves the caller’s objects untouched', () => {
    const d = sampleDirectory();
    const built = buildReadModel(d);
    expect(Object.isFrozen(built)).toBe(true);
    expect(Object.isFrozen(built.candidates)).toBe(true);
    expect(Object.isFrozen(built.candidates[0].channels)).toBe(true);
    expect(Object.isFrozen(d.organizations[0])).toBe(false);
    expect(() => (built.candidates as unknown as unknown[]).push(1)).toThrow();
  });

  it('rejects two offers with the same key', () => {
    const d = directory({ organizations: [org('o', [service('s')]), org('o', [service('s')])] });
    expect(() => buildReadModel(d)).toThrow('duplicate offer key in directory: ORGANIZATION:o/s');
  });

  it('does not depend on the order of the input', () => {
    const d = sampleDirectory();
    const reversed = { ...d, organizations: [...d.organizations].reverse(), mechanisms: [...d.mechanisms].reverse() };
    expect(buildReadModel(reversed).candidates.map((c) => c.key)).toEqual(m.candidates.map((c) => c.key));
  });

  it('builds mechanism and programme candidates with their own fields', () => {
    const d = directory({
      mechanisms: [mech('m', [service('p', { speed: 'DAYS' })])],
      programmes: [prog('g', { contactChannels: [{ kind: 'WEB_FORM', value: 'https://example.org' }] })],
    });
    const built = buildReadModel(d);
    expect(built.candidates.map((c) => [c.key, c.speed, c.channels.length])).toEqual([
      ['MECHANISM:m/p', 'DAYS', 0],
      ['PROGRAMME:g/g', 'UNKNOWN', 1],
    ]);
  });
});

import type { ChannelView, PlanPhaseKind, ProtectionOption, ProtectionPlan } from '../../../../src/modules/finder/core';
import { renderPlanText } from '../../../../src/modules/mcp/plan-text';

const channel = (extra: Partial<ChannelView> = {}): ChannelView => ({
  kind: 'HOTLINE',
  value: '+353 1 000 0000',
  label: null,
  languages: [],
  hours: null,
  available247: false,
  confirmed: true,
  safetyNote: null,
  ...extra,
});

function option(id: string, phase: PlanPhaseKind, extra: Partial<ProtectionOption> = {}): ProtectionOption {
  return {
    id,
    rank: 1,
    resource: { key: id, parentType: 'ORGANIZATION', parentSlug: `${id}-org`, parentName: `Parent of ${id}`, offerType: 'SERVICE', offerSlug: id },
    kind: 'HOTLINE',
    name: `Option ${id}`,
    description: '',
    phase,
    eligibility: 'ELIGIBLE',
    score: 0.5,
    factors: { riskFit: 0, urgencyFit: 0, languageFit: 0, profileFit: 0, coverage: 0, confidence: 0, safetyPenalty: 0 },
    reasons: [],
    caveats: [],
    nextSteps: [],
    textLocale: 'en',
    translationReviewed: true,
    channels: [],
    channelsInherited: false,
    route: 0,
    speed: 'HOURS',
    website: null,
    verifiedOn: '2025-01-01',
    sources: [],
    sourceRefs: [],
    recordRef: 0,
    ...extra,
  };
}

const TITLES: Record<PlanPhaseKind, string> = { ACT_NOW: 'Act now', NEXT_DAYS: 'In the next days', LONGER_TERM: 'Longer term' };

function plan(options: ProtectionOption[], locale = 'en'): ProtectionPlan {
  return {
    locale,
    requestedLocale: locale,
    translationReviewed: locale === 'en',
    optionCount: options.length,
    options,
    routes: [],
    phases: (['ACT_NOW', 'NEXT_DAYS', 'LONGER_TERM'] as const).map((phase) => ({
      phase,
      title: TITLES[phase],
      options: options.filter((o) => o.phase === phase),
    })),
    excluded: [],
    sources: [],
    records: [],
    summary: 'The summary.',
    safetyNotes: ['First note.', 'Second note.'],
    candidateCount: options.length,
  };
}

it('says the summary, then whom to contact now with their confirmed numbers, then the safety notes', () => {
  const hotline = option('line', 'ACT_NOW', {
    caveats: ['Your phone may be monitored.'],
    channels: [
      channel({ value: '+353 1 210 0489', hours: '24/7', available247: true, languages: ['en', 'es'], safetyNote: 'Leave out the (0) from abroad.' }),
      channel({ kind: 'SECURE_WEB_FORM', value: null, confirmed: false }),
      channel({ kind: 'EMAIL', value: 'help@example.org' }),
    ],
  });
  const later = option('fellowship', 'LONGER_TERM', { channels: [channel({ kind: 'EMAIL', value: 'apply@example.org' })] });
  expect(renderPlanText(plan([hotline, later]))).toBe(
    [
      'The summary.',
      '',
      'Act now:',
      '1. Option line (Parent of line)',
      '   Your phone may be monitored.',
      '   - Emergency line: +353 1 210 0489 (24/7; en, es)',
      '     Leave out the (0) from abroad.',
      '   - E-mail: help@example.org',
      '',
      'Safety notes:',
      '- First note.',
      '- Second note.',
    ].join('\n'),
  );
});

it('points to the website when an option has no confirmed channel', () => {
  const text = renderPlanText(plan([option('form', 'ACT_NOW', { website: 'https://example.org', channels: [channel({ value: null, confirmed: false })] })]));
  expect(text).toContain('   - Website: https://example.org');
  expect(text).not.toContain('null');
});

it('says 24/7 when a channel is open day and night without published hours', () => {
  expect(renderPlanText(plan([option('a', 'ACT_NOW', { channels: [channel({ available247: true })] })]))).toContain('Emergency line: +353 1 000 0000 (24/7)');
});

it('lists every caveat of the options to check first, except those already shown with their contacts', () => {
  const now = option('now', 'ACT_NOW', { eligibility: 'NEEDS_CHECK', caveats: ['Check that it still works.'] });
  const court = option('court', 'LONGER_TERM', { eligibility: 'NEEDS_CHECK', caveats: ['Check that the state has accepted it.', 'Old data.'] });
  const fine = option('fine', 'LONGER_TERM', { caveats: ['A caveat of an eligible option.'] });
  const text = renderPlanText(plan([now, court, fine]));
  expect(text).toContain('Check before relying on these options:\n- Option court (Parent of court): Check that the state has accepted it. Old data.');
  expect(text.match(/Check that it still works\./g)).toHaveLength(1);
  expect(text).not.toContain('A caveat of an eligible option.');
});

it('shows the first phase that has options when none acts now', () => {
  const text = renderPlanText(plan([option('later', 'NEXT_DAYS', { channels: [channel({ kind: 'PHONE', value: '+1 555 0100' })] })]));
  expect(text).toContain('In the next days:\n1. Option later (Parent of later)\n   - Phone: +1 555 0100');
  expect(text).not.toContain('Act now');
});

it('says only the summary and the safety notes when no option fits', () => {
  expect(renderPlanText(plan([]))).toBe('The summary.\n\nSafety notes:\n- First note.\n- Second note.');
});

it('writes its own words in the plan locale', () => {
  const text = renderPlanText(plan([option('x', 'ACT_NOW', { channels: [channel()] }), option('y', 'LONGER_TERM', { eligibility: 'NEEDS_CHECK' })], 'es'));
  expect(text).toContain('- Línea de emergencia: +353 1 000 0000');
  expect(text).toContain('Verificar antes de contar con estas opciones:');
  expect(text).toContain('Consejos de seguridad:');
  expect(renderPlanText(plan([], 'fr'))).toContain('Conseils de sécurité :');
});

it('says once what else the same contact reaches', () => {
  const line = option('line', 'ACT_NOW', { route: 1, channels: [channel()] });
  const p = plan([line]);
  p.routes = [
    {
      rank: 1,
      channel: channel(),
      optionIds: ['line', 'grants'],
      names: ['Option line', 'Grants'],
      summary: 'One contact (call +353 1 000 0000) reaches: Option line and Grants.',
    },
  ];
  const text = renderPlanText(p);
  expect(text.split('One contact (call +353 1 000 0000) reaches: Option line and Grants.')).toHaveLength(2);
});

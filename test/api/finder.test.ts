/**
 * protectionPlan through HTTP with the typed operation: shape, zero SQL statements per plan,
 * input errors that name the field and never the value, and no need in any log line.
 */
import { ProtectionPlanBriefDocument, ProtectionPlanDocument, type ProtectionPlanQueryVariables } from '../generated/graphql';
import { startTestServer, type TestServer } from '../helpers/server';
import { errorCodes, gql, rawGraphql } from '../helpers/client';
import { statementCounter } from '../../src/db/statement-counter';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

type Need = ProtectionPlanQueryVariables['need'];
const plan = (need: Need, extra: Partial<ProtectionPlanQueryVariables> = {}, headers: Record<string, string> = {}) =>
  gql(server.url, ProtectionPlanDocument, { need, ...extra }, headers);

it('returns a ranked, explained plan with three phases, exclusions, summary and safety notes', async () => {
  const res = await plan({ country: 'KE', risks: ['DEATH_THREAT'], urgency: 'IMMEDIATE', languages: ['en'] });
  expect(res.status).toBe(200);
  expect(res.body.errors).toBeUndefined();
  const p = res.body.data!.protectionPlan;
  expect(p.options.length).toBeGreaterThan(3);
  expect(p.options.map((o) => o.rank)).toEqual(p.options.map((_, i) => i + 1));
  // Best score first, except awards, which follow every other option whatever their score.
  const isAward = (o: (typeof p.options)[number]) => o.caveats.some((c) => c.startsWith('An award goes to one or a few defenders a year'));
  const firstAward = p.options.findIndex(isAward);
  expect(firstAward).toBeGreaterThan(0);
  expect(p.options.slice(firstAward).every(isAward)).toBe(true);
  const scores = p.options.slice(0, firstAward).map((o) => o.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  expect(p.phases.map((x) => x.phase)).toEqual(['ACT_NOW', 'NEXT_DAYS', 'LONGER_TERM']);
  expect(p.phases.flatMap((x) => x.options).length).toBe(p.options.length);
  expect(p.options.length + p.excluded.length).toBe(p.candidateCount);
  expect(p.summary.length).toBeGreaterThan(20);
  expect(p.safetyNotes.length).toBeGreaterThanOrEqual(3);
  const top = p.options[0];
  expect(top.phase).toBe('ACT_NOW');
  for (const f of Object.values(top.factors)) if (typeof f === 'number') expect(f).toBeGreaterThanOrEqual(0);
  expect(top.reasons.length).toBeGreaterThan(0);
  expect(top.nextSteps.length).toBeGreaterThan(0);
  expect(top.channels.length).toBeGreaterThan(0);
  // channels safest first: a 24/7 hotline or secure channel before anything else
  const first = top.channels[0];
  expect(first.available247 || ['SECURE_WEB_FORM', 'SECURE_EMAIL'].includes(first.kind)).toBe(true);
  expect(p.excluded.every((e) => e.code && e.reason)).toBe(true);
});

it('lists sources and records once; every reference resolves to what the repeated fields say', async () => {
  // Both ways in one document: the repeated fields, and the references (docs/finder.md, "The whole plan without repetition").
  const query = `query($need: ProtectionNeedInput!, $limit: Int) { protectionPlan(need: $need, limit: $limit) {
    sources { url title }
    records { id parentType slug name }
    options { id sourceRefs recordRef sources { url title } resource { id parentType parentSlug parentName } }
    excluded { id recordRef resource { id parentType parentSlug parentName } }
  } }`;
  type Source = { url: string; title: string };
  type Ref = { id: string; parentType: string; parentSlug: string; parentName: string };
  type Plan = {
    sources: Source[];
    records: { id: string; parentType: string; slug: string; name: string }[];
    options: { id: string; sourceRefs: number[]; recordRef: number; sources: Source[]; resource: Ref }[];
    excluded: { id: string; recordRef: number; resource: Ref }[];
  };
  const need = { country: 'GT', risks: ['DEATH_THREAT', 'SURVEILLANCE'], urgency: 'IMMEDIATE', languages: ['es'] };
  for (const limit of [null, 3]) {
    // Three times: the first use runs graphql-js, later ones the compiled operation.
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await rawGraphql<{ protectionPlan: Plan }>(server.url, { query, variables: { need, limit } }));
    for (const a of answers) expect(a.body).toEqual(answers[0].body);
    expect(answers[0].body.errors).toBeUndefined();
    const p = answers[0].body.data!.protectionPlan;
    expect(p.options.length).toBeGreaterThan(0);
    expect(p.excluded.length).toBeGreaterThan(0);
    const key = (s: Source) => `${s.url} ${s.title}`;
    expect(new Set(p.sources.map(key)).size).toBe(p.sources.length);
    expect(new Set(p.records.map((r) => r.id)).size).toBe(p.records.length);
    const asRecord = (r: Ref) => ({ id: r.id, parentType: r.parentType, slug: r.parentSlug, name: r.parentName });
    for (const o of p.options) {
      expect(o.sourceRefs.map((i) => p.sources[i])).toEqual(o.sources);
      expect(p.records[o.recordRef]).toEqual(asRecord(o.resource));
    }
    for (const x of p.excluded) expect(p.records[x.recordRef]).toEqual(asRecord(x.resource));
    // Nothing listed that no item refers to.
    expect(new Set(p.options.flatMap((o) => o.sourceRefs)).size).toBe(p.sources.length);
    expect(new Set([...p.options, ...p.excluded].map((x) => x.recordRef)).size).toBe(p.records.length);
    // Records are shared: fewer records than items (several offers of one record).
    expect(p.records.length).toBeLessThan(p.options.length + p.excluded.length);
  }
});

it('answers from memory: a plan request runs no SQL statement', async () => {
  const spy = jest.spyOn(statementCounter, 'increment');
  try {
    // Control: a directory-backed query does run statements, so the spy does see them.
    await rawGraphql(server.url, { query: '{ country(code: "KE") { code } }' });
    expect(spy.mock.calls.length).toBeGreaterThan(0);
    spy.mockClear();
    const res = await plan({ country: 'BT', risks: ['SURVEILLANCE', 'DIGITAL_ATTACK'], urgency: 'URGENT', languages: ['dz'] });
    expect(res.body.data?.protectionPlan.options.length).toBeGreaterThan(0);
    expect(spy).not.toHaveBeenCalled();
  } finally {
    spy.mockRestore();
  }
  // And in-process, through the request-scoped counter.
  const { statements } = await statementCounter.measure(async () => {
    server.services.finder.plan({ country: 'BT', risks: ['SURVEILLANCE'], urgency: 'PLANNED' });
  });
  expect(statements).toBe(0);
});

describe('bad input: BAD_USER_INPUT naming the field, never the value', () => {
  const cases: [string, Need, string][] = [
    ['unknown country code', { country: 'QZ', risks: ['TRAVEL_BAN'], urgency: 'URGENT' }, 'country'],
    ['not a country code', { country: 'Bhutan!', risks: ['TRAVEL_BAN'], urgency: 'URGENT' }, 'country'],
    ['empty risks', { country: 'BT', risks: [], urgency: 'URGENT' }, 'risks'],
    ['bad language code', { country: 'BT', risks: ['TRAVEL_BAN'], urgency: 'URGENT', languages: ['dzongkha-please'] }, 'languages'],
    ['contradiction', { country: 'BT', risks: ['REPRISAL_FOR_UN_COOPERATION'], urgency: 'URGENT', cooperatedWithUn: false }, 'cooperatedWithUn'],
  ];
  it.each(cases)('%s', async (_name, need, field) => {
    const res = await plan(need);
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.body.errors![0].extensions?.field).toBe(field);
    const text = JSON.stringify(res.body);
    for (const value of [need.country, ...(need.languages ?? [])]) expect(text).not.toContain(value);
    expect(text).not.toContain('REPRISAL_FOR_UN_COOPERATION');
    expect(text).not.toContain('TRAVEL_BAN');
  });

  it('an unknown enum value is refused by GraphQL without echoing it', async () => {
    const res = await rawGraphql(server.url, {
      query: 'query($need: ProtectionNeedInput!) { protectionPlan(need: $need) { summary } }',
      variables: { need: { country: 'BT', risks: ['BEING_WATCHED_BY_BTX'], urgency: 'URGENT' } },
    });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(res.body)).not.toContain('BEING_WATCHED_BY_BTX');
    expect(JSON.stringify(res.body)).not.toContain('"BT"');
  });

  it('limit out of range', async () => {
    const res = await plan({ country: 'KE', risks: ['DEATH_THREAT'], urgency: 'URGENT' }, { limit: 0 });
    expect(res.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
  });
});

it('writes no part of a need to the logs', async () => {
  const before = server.logLines.length;
  const need: Need = {
    country: 'BT',
    risks: ['ENFORCED_DISAPPEARANCE', 'TRAVEL_BAN'],
    urgency: 'PREVENTIVE',
    profiles: ['HEALTH_WORKER'],
    languages: ['dz'],
    currentlyInCountry: true,
  };
  expect((await plan(need, { locale: 'fr' })).body.data?.protectionPlan.locale).toBe('fr');
  await plan({ ...need, country: 'QZ' }); // an error response
  await plan({ ...need, risks: [] });
  await rawGraphql(server.url, {
    query: 'query($need: ProtectionNeedInput!) { protectionPlan(need: $need) { summary } }',
    variables: { need: { ...need, urgency: 'TOMORROW_BTX' } },
  });
  const lines = server.logLines.slice(before);
  expect(lines.length).toBeGreaterThan(0); // the access log did write lines
  for (const line of lines) {
    for (const secret of ['"BT"', 'BT,', 'ENFORCED_DISAPPEARANCE', 'TRAVEL_BAN', 'HEALTH_WORKER', '"dz"', 'QZ', 'TOMORROW_BTX']) {
      expect(line).not.toContain(secret);
    }
  }
});

it('answers in the requested locale, from the argument or Accept-Language', async () => {
  const need: Need = { country: 'CO', risks: ['DEATH_THREAT'], urgency: 'URGENT' };
  const es = await plan(need, { locale: 'es' });
  expect(es.body.data!.protectionPlan.locale).toBe('es');
  const fr = await plan(need, {}, { 'accept-language': 'fr-CH, en;q=0.5' });
  expect(fr.body.data!.protectionPlan.locale).toBe('fr');
  expect(fr.body.data!.protectionPlan.summary).not.toBe(es.body.data!.protectionPlan.summary);
  const ar = await plan(need, { locale: 'ar' });
  expect(ar.body.data!.protectionPlan.locale).toBe('ar');
  expect(ar.body.data!.protectionPlan.summary).toMatch(/[\u0600-\u06FF]/);
  const other = await plan(need, {}, { 'accept-language': 'de-DE' });
  expect(other.body.data!.protectionPlan.locale).toBe('en'); // a language the finder does not write
});

describe('the brief plan a chatbot relays (ProtectionPlanBrief, limit 5) is one a person can act on', () => {
  const guatemala: Need = {
    country: 'GT',
    risks: ['DEATH_THREAT', 'SURVEILLANCE'],
    urgency: 'IMMEDIATE',
    profiles: ['LAND_ENVIRONMENT', 'INDIGENOUS'],
    languages: ['es'],
    currentlyInCountry: true,
  };

  it('lists five different contact routes, says once what one call reaches, and keeps every phase', async () => {
    const res = await gql(server.url, ProtectionPlanBriefDocument, { need: guatemala, locale: 'en' });
    expect(res.body.errors).toBeUndefined();
    const plan = res.body.data!.protectionPlan;
    const routes = plan.options.map((o) => o.route);
    expect(new Set(routes).size).toBe(routes.length);
    // Front Line Defenders' line and ProtectDefenders.eu's line are one number: one route, said once.
    const calls = plan.options.filter((o) => o.channels.some((c) => c.value?.replace(/\D/g, '').endsWith('12100489')));
    expect(calls).toHaveLength(1);
    const reach = plan.routes.find((r) => r.rank === calls[0].route)!.summary!;
    expect(reach).toMatch(/One contact \(call \+353.*\) reaches: .*ProtectDefenders\.eu/);
    // The IACHR's precautionary measures (NEXT_DAYS) are no longer dropped by the limit.
    expect(plan.options.map((o) => o.id)).toContain('MECHANISM:inter-american-commission-on-human-rights/iachr-precautionary-measures');
    expect(plan.phases.filter((p) => p.options.length > 0).map((p) => p.phase)).toEqual(['ACT_NOW', 'NEXT_DAYS', 'LONGER_TERM']);
  });

  it('counts what fits, not the limit, and names the first concrete step', async () => {
    const brief = (await gql(server.url, ProtectionPlanBriefDocument, { need: guatemala, locale: 'en' })).body.data!.protectionPlan;
    expect(brief.optionCount).toBeGreaterThan(20);
    expect(brief.summary).toContain(`${brief.optionCount} options in the directory fit this situation`);
    expect(brief.summary).toMatch(/First step: .+ — call \+353/);
  });

  it('puts encrypted channels before the phone under surveillance, and says how to find an unconfirmed safer one', async () => {
    const brief = (await gql(server.url, ProtectionPlanBriefDocument, { need: guatemala, locale: 'en' })).body.data!.protectionPlan;
    const fld = brief.options.find((o) => o.id === 'ORGANIZATION:front-line-defenders/front-line-defenders-emergency-line')!;
    const kinds = fld.channels.map((c) => c.kind);
    expect(kinds.indexOf('SECURE_WEB_FORM')).toBeLessThan(kinds.indexOf('HOTLINE'));
    expect(fld.caveats.join('\n')).toContain('its address is not confirmed here');
  });
});

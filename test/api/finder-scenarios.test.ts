/**
 * Scenario fixtures (test/scenarios/*.yaml): a need, an optional directory change, and what a
 * person at risk must (not) be offered. Each runs through GraphQL with the typed operation
 * against the seeded directory. Every key a scenario names must exist in the directory, so a
 * typo cannot make an assertion pass vacuously.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { ProtectionPlanDocument, type ProtectionPlanQuery } from '../generated/graphql';
import { startTestServer, type TestServer } from '../helpers/server';
import { gql } from '../helpers/client';
import { EXCLUSION_CODES, PLAN_PHASES } from '../../src/modules/finder/core';
import { DEFENDER_PROFILES, RISK_TYPES, THREAT_SOURCES, URGENCIES } from '../../src/modules/taxonomy/values';

const key = z.string().regex(/^(ORGANIZATION|STATE_POLICY|MECHANISM|PROGRAMME):[a-z0-9-]+\/[a-z0-9-]+$/);
const factorName = z.enum(['riskFit', 'urgencyFit', 'languageFit', 'profileFit', 'coverage', 'confidence', 'safetyPenalty']);
const scenarioSchema = z
  .object({
    name: z.string(),
    why: z.string(),
    need: z
      .object({
        country: z.string(),
        risks: z.array(z.enum(RISK_TYPES)).min(1),
        urgency: z.enum(URGENCIES),
        profiles: z.array(z.enum(DEFENDER_PROFILES)).optional(),
        languages: z.array(z.string()).optional(),
        cooperatedWithUn: z.boolean().optional(),
        currentlyInCountry: z.boolean().optional(),
        threatFrom: z.array(z.enum(THREAT_SOURCES)).optional(),
      })
      .strict(),
    locale: z.enum(['en', 'fr', 'es']).optional(),
    change: z.object({ pause: z.string() }).strict().optional(),
    expect: z
      .object({
        first: key.optional(),
        /** Ranked after every other option of the (whole) plan. */
        last: key.optional(),
        topFive: z.array(key).optional(),
        options: z.array(key).optional(),
        notOffered: z.array(key).optional(),
        needsCheck: z.array(key).optional(),
        eligible: z.array(key).optional(),
        excluded: z.record(key, z.enum(EXCLUSION_CODES)).optional(),
        excludedReasonContains: z.record(key, z.array(z.string())).optional(),
        phases: z.record(key, z.enum(PLAN_PHASES)).optional(),
        factors: z.record(key, z.partialRecord(factorName, z.number())).optional(),
        safetyPenaltyAbove: z.record(key, z.number()).optional(),
        caveatsContain: z.record(key, z.array(z.string())).optional(),
        caveatsExclude: z.record(key, z.array(z.string())).optional(),
        summaryContains: z.array(z.string()).optional(),
        safetyNotesContain: z.array(z.string()).optional(),
      })
      .strict(),
  })
  .strict();
type Scenario = z.infer<typeof scenarioSchema>;

const dir = path.join(__dirname, '..', 'scenarios');
const scenarios = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((file) => ({ file, scenario: scenarioSchema.parse(YAML.parse(fs.readFileSync(path.join(dir, file), 'utf8'))) }));

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function setStatus(slug: string, status: 'ACTIVE' | 'PAUSED'): Promise<void> {
  const before = server.services.finder.version;
  await server.db.transaction(async (m) => {
    const rows = await m.query(`UPDATE directory_record SET status = $1 WHERE slug = $2 RETURNING id`, [status, slug]);
    const updated = Array.isArray(rows[0]) ? rows[0] : rows;
    if (updated.length !== 1) throw new Error(`scenario change: no record ${slug}`);
    await m.query(`UPDATE directory_offer SET status = $1 WHERE record_id = $2`, [status, updated[0].id]);
    await server.services.changes.publish(m, 'directory');
  });
  const end = Date.now() + 5000;
  while (server.services.finder.version === before) {
    if (Date.now() > end) throw new Error('the finder did not rebuild after the change');
    await new Promise((r) => setTimeout(r, 10));
  }
  await server.services.finder.settled();
}

type Plan = ProtectionPlanQuery['protectionPlan'];

function check(s: Scenario, plan: Plan): void {
  const e = s.expect;
  const option = (k: string) => plan.options.find((o) => o.id === k);
  const known = new Set([...plan.options.map((o) => o.id), ...plan.excluded.map((x) => x.id)]);
  const named = [
    e.first,
    ...(e.topFive ?? []),
    ...(e.options ?? []),
    ...(e.notOffered ?? []),
    ...(e.needsCheck ?? []),
    ...(e.eligible ?? []),
    ...(e.last ? [e.last] : []),
    ...Object.keys({
      ...e.excluded,
      ...e.excludedReasonContains,
      ...e.phases,
      ...e.factors,
      ...e.safetyPenaltyAbove,
      ...e.caveatsContain,
      ...e.caveatsExclude,
    }),
  ].filter((k): k is string => !!k);
  for (const k of named) expect({ key: k, inDirectory: known.has(k) }).toEqual({ key: k, inDirectory: true });

  const top5 = plan.options.slice(0, 5).map((o) => o.id);
  if (e.first) expect(plan.options[0].id).toBe(e.first);
  if (e.last) expect(plan.options[plan.options.length - 1]?.id).toBe(e.last);
  for (const k of e.topFive ?? []) expect({ key: k, top5 }).toEqual({ key: k, top5: expect.arrayContaining([k]) });
  for (const k of [...(e.options ?? []), ...(e.needsCheck ?? []), ...(e.eligible ?? [])])
    expect({ key: k, offered: !!option(k) }).toEqual({ key: k, offered: true });
  for (const k of e.notOffered ?? []) expect({ key: k, offered: !!option(k) }).toEqual({ key: k, offered: false });
  for (const k of e.needsCheck ?? []) expect({ key: k, eligibility: option(k)!.eligibility }).toEqual({ key: k, eligibility: 'NEEDS_CHECK' });
  for (const k of e.eligible ?? []) expect({ key: k, eligibility: option(k)!.eligibility }).toEqual({ key: k, eligibility: 'ELIGIBLE' });
  for (const [k, parts] of Object.entries(e.excludedReasonContains ?? {})) {
    const reason = plan.excluded.find((o) => o.id === k)?.reason ?? '';
    for (const part of parts) expect({ key: k, reason }).toEqual({ key: k, reason: expect.stringContaining(part) });
  }
  for (const [k, code] of Object.entries(e.excluded ?? {})) {
    const x = plan.excluded.find((o) => o.id === k);
    expect({ key: k, code: x?.code }).toEqual({ key: k, code });
    expect(x!.reason.length).toBeGreaterThan(10);
    expect({ key: k, offered: !!option(k) }).toEqual({ key: k, offered: false });
  }
  for (const [k, phase] of Object.entries(e.phases ?? {})) {
    expect({ key: k, phase: option(k)?.phase }).toEqual({ key: k, phase });
    const inPhase = plan.phases.find((p) => p.phase === phase)!.options.map((o) => o.id);
    expect(inPhase).toContain(k);
  }
  for (const [k, factors] of Object.entries(e.factors ?? {})) {
    expect({ key: k, factors: option(k)?.factors }).toEqual({ key: k, factors: expect.objectContaining(factors) });
  }
  for (const [k, min] of Object.entries(e.safetyPenaltyAbove ?? {})) expect(option(k)!.factors.safetyPenalty).toBeGreaterThan(min);
  for (const [k, parts] of Object.entries(e.caveatsContain ?? {})) {
    const text = option(k)!.caveats.join('\n');
    for (const part of parts) expect({ key: k, caveats: text }).toEqual({ key: k, caveats: expect.stringContaining(part) });
  }
  for (const [k, parts] of Object.entries(e.caveatsExclude ?? {})) {
    const text = option(k)!.caveats.join('\n');
    for (const part of parts) expect(text).not.toContain(part);
  }
  for (const part of e.summaryContains ?? []) expect(plan.summary).toContain(part);
  for (const part of e.safetyNotesContain ?? []) expect(plan.safetyNotes.join('\n')).toContain(part);

  // Invariants every plan keeps.
  expect(plan.options.map((o) => o.rank)).toEqual(plan.options.map((_, i) => i + 1));
  expect(plan.options.length + plan.excluded.length).toBe(plan.candidateCount);
  for (const o of plan.options) {
    const tiers = o.channels.map((c) => (c.kind === 'IN_PERSON' ? 2 : c.kind === 'POSTAL' || c.kind === 'WEBSITE' ? 1 : 0));
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
  }
}

it('has at least 12 scenarios covering every urgency and every regional system', () => {
  expect(scenarios.length).toBeGreaterThanOrEqual(12);
  expect(new Set(scenarios.map((s) => s.scenario.need.urgency))).toEqual(new Set(URGENCIES));
  const countries = new Set(scenarios.map((s) => s.scenario.need.country));
  // OAS, AU, COE+EU+OSCE, OSCE only, ASEAN, LAS, none
  for (const c of ['GT', 'KE', 'HU', 'KZ', 'MM', 'SA', 'BT']) expect(countries).toContain(c);
});

describe.each(scenarios)('$file', ({ scenario }) => {
  it(scenario.name, async () => {
    if (scenario.change) await setStatus(scenario.change.pause, 'PAUSED');
    try {
      const res = await gql(server.url, ProtectionPlanDocument, { need: scenario.need, locale: scenario.locale ?? 'en' });
      expect(res.body.errors).toBeUndefined();
      check(scenario, res.body.data!.protectionPlan);
    } finally {
      if (scenario.change) await setStatus(scenario.change.pause, 'ACTIVE');
    }
  });
});

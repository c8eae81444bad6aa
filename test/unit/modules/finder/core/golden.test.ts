/**
 * Golden plans: buildProtectionPlan over the real seeds (and the seeds cloned 10x, as in
 * bench/finder.ts) for the needs of test/scenarios/*.yaml and a few edge cases, compared with
 * plans recorded before the core was optimised (test/fixtures/finder/golden-plans.json). Any change of
 * output, even the order of a caveat, fails here. Regenerate only for an intended change of
 * behaviour: UPDATE_GOLDEN=1 and review the diff.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { seededDirectory } from '../../../../helpers/seeds';
import { coverageAt, coverageLevel } from '../../../../../src/modules/finder/core/coverage';
import { ELIGIBLE_HERE, EXCLUDED_HERE } from '../../../../../src/modules/finder/core/model';
import {
  buildProtectionPlan,
  buildReadModel,
  evaluateCandidate,
  normalizeNeed,
  type DirectoryInput,
  type PlanOptions,
  type ProtectionNeed,
  type ProtectionPlan,
  type ResourceRef,
} from '../../../../../src/modules/finder/core';
import { scaledDirectory } from '../../../../../bench/synthetic-directory';

const root = path.join(__dirname, '..', '..', '..', '..', '..');
const fixture = path.join(root, 'test', 'fixtures', 'finder', 'golden-plans.json');

const seeds = seededDirectory;

/** The same directory with one record paused (the rebuild scenario). */
function paused(base: DirectoryInput, slug: string): DirectoryInput {
  const p = <T extends { slug: string; status: string }>(x: T): T => (x.slug === slug ? { ...x, status: 'PAUSED' } : x);
  return {
    ...base,
    organizations: base.organizations.map(p),
    statePolicies: base.statePolicies.map(p),
    mechanisms: base.mechanisms.map(p),
    programmes: base.programmes.map(p),
  };
}

const scenarioDir = path.join(root, 'test', 'scenarios');
const scenarios = fs
  .readdirSync(scenarioDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => ({
    file: f,
    ...(parse(fs.readFileSync(path.join(scenarioDir, f), 'utf8')) as { need: ProtectionNeed; locale?: string; change?: { pause: string } }),
  }));

const NOW = new Date('2026-11-21T12:00:00Z');
const LATER = new Date('2029-03-01T00:00:00Z'); // most records stale
const GT: ProtectionNeed = scenarios[0].need;

interface Case {
  name: string;
  model: 'seeds' | 'x10' | `paused:${string}`;
  need: ProtectionNeed;
  opts: PlanOptions;
  /** Record the whole plan, not only its digests and skeleton (kept for one small plan, to read). */
  whole?: boolean;
}

function cases(): Case[] {
  const out: Case[] = [];
  for (const s of scenarios) {
    const model = s.change ? (`paused:${s.change.pause}` as const) : 'seeds';
    out.push({ name: s.file, model, need: s.need, opts: { now: NOW, locale: s.locale } });
  }
  out.push({ name: 'GT limit 1', model: 'seeds', need: GT, opts: { now: NOW, locale: 'es', limit: 1 } });
  out.push({ name: 'GT limit 10', model: 'seeds', need: GT, opts: { now: NOW, locale: 'es', limit: 10 } });
  out.push({ name: 'GT limit 2.7', model: 'seeds', need: GT, opts: { now: NOW, locale: 'es', limit: 2.7 }, whole: true });
  out.push({ name: 'GT limit 0.5 (none)', model: 'seeds', need: GT, opts: { now: NOW, locale: 'es', limit: 0.5 } });
  out.push({ name: 'GT limit 0 (all)', model: 'seeds', need: GT, opts: { now: NOW, locale: 'es', limit: 0 } });
  out.push({ name: 'GT limit -3 (all)', model: 'seeds', need: GT, opts: { now: NOW, locale: 'es', limit: -3 } });
  out.push({ name: 'GT limit 10000', model: 'seeds', need: GT, opts: { now: NOW, locale: 'es', limit: 10000 } });
  out.push({ name: 'GT fr-CH', model: 'seeds', need: GT, opts: { now: NOW, locale: 'fr-CH' } });
  out.push({ name: 'GT de (falls back to en)', model: 'seeds', need: GT, opts: { now: NOW, locale: 'de' } });
  out.push({ name: 'GT no locale', model: 'seeds', need: GT, opts: { now: NOW } });
  out.push({ name: 'GT later (stale records)', model: 'seeds', need: GT, opts: { now: LATER, locale: 'es' } });
  out.push({
    name: 'CO every risk, no profile, no whereabouts',
    model: 'seeds',
    need: {
      country: 'co',
      risks: ['PHYSICAL_ATTACK', 'DEATH_THREAT', 'SURVEILLANCE', 'GENDER_BASED_VIOLENCE', 'REPRISAL_FOR_UN_COOPERATION', 'ENFORCED_DISAPPEARANCE'],
      urgency: 'IMMEDIATE',
    },
    opts: { now: NOW },
  });
  out.push({
    name: 'FR EU member, languages unknown to the directory',
    model: 'seeds',
    need: {
      country: 'FR',
      risks: ['DIGITAL_ATTACK'],
      urgency: 'PREVENTIVE',
      languages: ['xx', 'FR '],
      profiles: ['ARTIST', 'LGBTIQ'],
      currentlyInCountry: false,
    },
    opts: { now: NOW, locale: 'fr' },
  });
  out.push({ name: 'VA not a UN member', model: 'seeds', need: { country: 'VA', risks: ['SMEAR_CAMPAIGN'], urgency: 'PLANNED' }, opts: { now: NOW } });
  out.push({ name: 'x10 GT full', model: 'x10', need: GT, opts: { now: NOW, locale: 'es' } });
  out.push({ name: 'x10 GT limit 10 (ties across copies)', model: 'x10', need: GT, opts: { now: NOW, locale: 'es', limit: 10 } });
  out.push({ name: 'x10 GT limit 25', model: 'x10', need: GT, opts: { now: NOW, locale: 'es', limit: 25 } });
  out.push({ name: 'x10 KE limit 7', model: 'x10', need: scenarios[1].need, opts: { now: NOW, limit: 7 } });
  return out;
}

function digest(x: unknown): string {
  return crypto.createHash('sha256').update(JSON.stringify(x)).digest('hex');
}

interface PlanJson {
  options: { id: string; score: number; eligibility: string; phase: string }[];
  excluded: { id: string; code: string }[];
  phases: unknown;
  [k: string]: unknown;
}

/**
 * A digest of each part of the plan (so that a failure says which part changed) and a
 * readable skeleton: options with score, eligibility and phase; excluded with their code.
 * The whole plans weigh ~10 MB; their digests pin them as exactly.
 */
function fingerprint(plan: PlanJson) {
  const { options, excluded, phases, ...rest } = plan;
  return {
    sha256: { options: digest(options), phases: digest(phases), excluded: digest(excluded), rest: digest(rest) },
    summary: rest.summary,
    options: options.map((o) => `${o.id} ${o.score} ${o.eligibility} ${o.phase}`),
    excluded: excluded.map((e) => `${e.id} ${e.code}`),
  };
}

/**
 * The plan's lists of sources and records and the items' references to them (`sourceRefs`,
 * `recordRef`) are the same information said once, not a change of output: left out of the
 * recorded plans (so these stay as recorded), and checked to resolve by the test below.
 */
const REFERENCE_FIELDS = new Set(['sourceRefs', 'recordRef']);
function withoutReferences(plan: ProtectionPlan): unknown {
  const { sources: _sources, records: _records, ...rest } = plan;
  return JSON.parse(JSON.stringify(rest, (k, v: unknown) => (REFERENCE_FIELDS.has(k) ? undefined : v)));
}

/** Every plan built by record(), for the reference checks. */
const built: { name: string; plan: ProtectionPlan }[] = [];

function record(): Record<string, unknown> {
  const base = seeds();
  const models = new Map<string, ReturnType<typeof buildReadModel>>();
  const modelOf = (k: Case['model']) => {
    if (!models.has(k)) {
      models.set(k, buildReadModel(k === 'seeds' ? base : k === 'x10' ? scaledDirectory(base, 10) : paused(base, k.slice('paused:'.length))));
    }
    return models.get(k)!;
  };
  const out: Record<string, unknown> = {};
  for (const c of cases()) {
    // Through JSON: what a client can observe (undefined vs absent is not).
    const whole = buildProtectionPlan(modelOf(c.model), c.need, c.opts);
    built.push({ name: c.name, plan: whole });
    const plan = withoutReferences(whole);
    out[c.name] = c.whole ? plan : fingerprint(plan as PlanJson);
  }
  return out;
}

describe('golden plans over the real seeds', () => {
  const actual = record();
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(fixture, JSON.stringify(actual, null, 1) + '\n');
  const expected = JSON.parse(fs.readFileSync(fixture, 'utf8')) as Record<string, unknown>;

  it('covers every case', () => {
    expect(Object.keys(actual)).toEqual(Object.keys(expected));
  });

  it('lists each source and record once, and every reference resolves to what the item repeats', () => {
    expect(built.length).toBe(Object.keys(actual).length);
    for (const { name, plan } of built) {
      const where = `${name}: `;
      const sourceKeys = plan.sources.map((x) => `${x.url} ${x.title}`);
      expect(where + new Set(sourceKeys).size).toBe(where + sourceKeys.length);
      const recordKeys = plan.records.map((r) => `${r.parentType}:${r.slug} ${r.name}`);
      expect(where + new Set(recordKeys).size).toBe(where + recordKeys.length);
      const asRecord = (ref: ResourceRef) => ({ parentType: ref.parentType, slug: ref.parentSlug, name: ref.parentName });
      for (const o of plan.options) {
        expect(o.sourceRefs.map((i) => plan.sources[i])).toEqual(o.sources);
        expect(plan.records[o.recordRef]).toEqual(asRecord(o.resource));
      }
      for (const x of plan.excluded) expect(plan.records[x.recordRef]).toEqual(asRecord(x.resource));
      // Nothing listed that no item refers to.
      expect(new Set(plan.options.flatMap((o) => o.sourceRefs)).size).toBe(plan.sources.length);
      expect(new Set([...plan.options, ...plan.excluded].map((x) => x.recordRef)).size).toBe(plan.records.length);
    }
  });
  for (const name of Object.keys(expected)) {
    it(`same plan: ${name}`, () => {
      expect(actual[name]).toEqual(expected[name]);
    });
  }
});

describe('byCountry (the fast paths) agrees with the full evaluation', () => {
  it('for every seeded country and candidate, under needs that do and do not state facts', () => {
    const model = buildReadModel(seeds());
    const needs: Omit<ProtectionNeed, 'country'>[] = [
      { risks: ['DEATH_THREAT'], urgency: 'URGENT' },
      { risks: ['JUDICIAL_HARASSMENT', 'SURVEILLANCE'], urgency: 'PLANNED', profiles: ['LAWYER'], currentlyInCountry: false },
      { risks: ['ARBITRARY_DETENTION'], urgency: 'IMMEDIATE', cooperatedWithUn: true, currentlyInCountry: true },
    ];
    let fast = 0;
    let ruledOut = 0;
    for (const code of model.countries.keys()) {
      const row = model.byCountry.get(code)!;
      const country = model.countries.get(code)!;
      expect(row).toHaveLength(model.candidates.length);
      for (const extra of needs) {
        const need = normalizeNeed(model, { ...extra, country: code });
        const ctx = { need, locale: 'en' as const };
        model.candidates.forEach((c, i) => {
          expect(coverageAt(row[i])).toEqual(coverageLevel(c, country));
          if (row[i] & EXCLUDED_HERE) {
            ruledOut++;
            expect([c.key, evaluateCandidate(c, ctx).status]).toEqual([c.key, 'INELIGIBLE']);
          }
          if (!(row[i] & ELIGIBLE_HERE)) return;
          fast++;
          const addressed = c.risks.size === 0 || need.riskList.some((r) => c.risks.has(r));
          expect([c.key, evaluateCandidate(c, ctx).status]).toEqual([c.key, addressed ? 'ELIGIBLE' : 'INELIGIBLE']);
        });
      }
    }
    expect(fast).toBeGreaterThan(1000); // the fast path is taken
    expect(ruledOut).toBeGreaterThan(1000); // and the one for candidates the country rules out
  });
});

import type { DirectoryInput } from '../src/modules/finder/core/model';

/**
 * The directory cloned `times` times with new slugs (1 = as given): synthetic directories of
 * 10x and 100x the seeded one, for the scaling benchmark and the golden tests' ties.
 */
export function scaledDirectory(base: DirectoryInput, times: number): DirectoryInput {
  const out: DirectoryInput = { ...base, organizations: [], statePolicies: [], mechanisms: [], programmes: [] };
  for (let i = 0; i < times; i++) {
    const suffix = i === 0 ? '' : `-copy${i}`;
    const re = <T extends { slug: string }>(x: T): T => ({ ...x, slug: x.slug + suffix });
    (out.organizations as unknown[]).push(...base.organizations.map((o) => ({ ...re(o), services: o.services.map(re) })));
    (out.statePolicies as unknown[]).push(...base.statePolicies.map((s) => ({ ...re(s), commitments: s.commitments.map(re) })));
    (out.mechanisms as unknown[]).push(...base.mechanisms.map((m) => ({ ...re(m), procedures: m.procedures.map(re) })));
    (out.programmes as unknown[]).push(...base.programmes.map(re));
  }
  return out;
}

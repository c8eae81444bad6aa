/**
 * Where an offer works: whether a country is inside an offer's coverage, how closely the offer
 * fits it (the country itself, its region, or everywhere), and that fit packed into a byte of
 * the per-country index.
 */
import type { Coverage } from '../../directory/seed-schema';
import { REGIONAL_SYSTEMS, type RegionalSystem } from '../../taxonomy/values';
import { COVERAGE_SHIFT, type Candidate, type CountryEntry, type CoverageIndex } from './model';

export function indexCoverage(c: Coverage): CoverageIndex {
  return {
    global: c.global,
    systems: new Set(c.systems),
    countries: new Set(c.countries),
    excludeSystems: new Set(c.excludeSystems),
    excludeCountries: new Set(c.excludeCountries),
  };
}

/** Is the country inside this coverage? A coverage that names no place means everywhere. */
export function inCoverage(cov: CoverageIndex, country: CountryEntry): boolean {
  if (cov.excludeCountries.has(country.code)) return false;
  for (const s of country.memberships) if (cov.excludeSystems.has(s)) return false;
  if (cov.global || (cov.systems.size === 0 && cov.countries.size === 0)) return true;
  if (cov.countries.has(country.code)) return true;
  for (const s of country.memberships) if (cov.systems.has(s)) return true;
  return false;
}

export type CoverageLevel = 'COUNTRY' | 'REGION' | 'GLOBAL';
export const COVERAGE_FIT: Readonly<Record<CoverageLevel, number>> = { COUNTRY: 1, REGION: 0.7, GLOBAL: 0.4 };

/**
 * How specifically the offer covers the country: named in a coverage or a COUNTRY_IN rule →
 * COUNTRY; through a regional system (coverage systems, a MEMBER_OF rule, or a regional
 * mechanism the country belongs to) → REGION; otherwise GLOBAL.
 */
export interface CoverageFit {
  readonly level: CoverageLevel;
  readonly system: string | null;
}

export function coverageLevel(c: Candidate, country: CountryEntry): CoverageFit {
  for (const cov of c.coverages) if (cov.countries.has(country.code)) return { level: 'COUNTRY', system: null };
  for (const r of c.eligibility) if (r.rule === 'COUNTRY_IN' && r.countries.includes(country.code)) return { level: 'COUNTRY', system: null };
  for (const cov of c.coverages) for (const s of country.memberships) if (cov.systems.has(s)) return { level: 'REGION', system: s };
  for (const r of c.eligibility) if (r.rule === 'MEMBER_OF' && country.memberships.has(r.system)) return { level: 'REGION', system: r.system };
  if (c.regionSystem && country.memberships.has(c.regionSystem)) return { level: 'REGION', system: c.regionSystem };
  return { level: 'GLOBAL', system: null };
}

const COVERAGE_FITS: readonly CoverageFit[] = Object.freeze([
  Object.freeze({ level: 'COUNTRY', system: null }),
  Object.freeze({ level: 'GLOBAL', system: null }),
  ...REGIONAL_SYSTEMS.map((system) => Object.freeze({ level: 'REGION' as const, system })),
]);
export function coverageCode(f: CoverageFit): number {
  return f.level === 'COUNTRY' ? 0 : f.level === 'GLOBAL' ? 1 : 2 + REGIONAL_SYSTEMS.indexOf(f.system as RegionalSystem);
}
/** coverageLevel(candidate, country), from a byte of `byCountry` (a shared, frozen value). */
export function coverageAt(byte: number): CoverageFit {
  return COVERAGE_FITS[byte >> COVERAGE_SHIFT];
}

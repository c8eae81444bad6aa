/** The protection finder's pure core: read model, eligibility, scoring and plan. */
export { buildReadModel } from './read-model';
export type { Candidate, CountryEntry, DirectoryInput, ReadModel } from './model';
export { sortChannels } from './channels';
export { COVERAGE_FIT, inCoverage } from './coverage';
export { evaluateCandidate, evaluateRule, type EligibilityContext, type EligibilityResult, type RuleOutcome } from './eligibility';
export {
  AVAILABILITY_SHARE_IMMEDIATE,
  FRESH_DAYS,
  SAFETY_PENALTIES,
  SCORE_WEIGHTS,
  SPEED_FIT,
  STALE_AFTER_DAYS,
  phaseOf,
  scoreOf,
  type ScoreWeights,
  type SafetyFlag,
} from './factors';
export { normalizeNeed, type NormalizedNeed } from './need';
export { buildProtectionPlan } from './rank';
export { TEXT_LOCALES, resolveLocale, type TextLocale } from './locale-text';
export * from './types';

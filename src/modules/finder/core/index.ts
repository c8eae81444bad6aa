/** The protection finder's pure core: read model, eligibility, scoring and plan. */
export { buildReadModel, sortChannels, type Candidate, type CountryEntry, type DirectoryInput, type ReadModel } from './read-model';
export { evaluateCandidate, evaluateRule, inCoverage, type EligibilityContext, type EligibilityResult, type RuleOutcome } from './eligibility';
export {
  AVAILABILITY_SHARE_IMMEDIATE,
  COVERAGE_FIT,
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
export { TEXT_LOCALES, resolveLocale, type TextLocale } from './text';
export * from './types';

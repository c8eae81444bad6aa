/**
 * The privacy notice and the policy it states: policy.ts (periods and rules, read by the
 * retention job and the services) and notice.ts (the text of the notice).
 */
export * from './policy';
export * from './notice';

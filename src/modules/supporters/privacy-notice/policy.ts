/**
 * The supporters' data policy as the code applies it: why data is processed, how long it is
 * kept and what happens then, how long e-mailed links work, and the fixed commitments.
 *
 * This project's own decisions (neither source policy gives periods), chosen to keep as little
 * as possible for as short a time as possible, because the people this service is about are at
 * risk and so, sometimes, are their supporters. The retention job and the services read these
 * values; the notice (notice.ts) shows them, so what we say and what we do cannot drift apart.
 */

/** Why supporters' personal data is processed; each purpose has one rule in `RETENTION`. */
export const PROCESSING_PURPOSES = [
  'SIGN_PETITION',
  'FORWARD_SOLIDARITY_MESSAGE',
  'NEWSLETTER',
  'CAMPAIGN_UPDATES',
  'DATA_RIGHTS_REQUEST',
  'SECURITY_ABUSE_PREVENTION',
] as const;
export type ProcessingPurpose = (typeof PROCESSING_PURPOSES)[number];

/** The event from which a retention period is counted. */
export const RETENTION_STARTS = ['COLLECTED', 'CONSENT_WITHDRAWN', 'REQUEST_CLOSED'] as const;
export type RetentionStart = (typeof RETENTION_STARTS)[number];

/** What happens at the end: removal, or removal of everything that identifies the person. */
export const RETENTION_ACTIONS = ['DELETE', 'ANONYMISE'] as const;
export type RetentionAction = (typeof RETENTION_ACTIONS)[number];

export interface RetentionRule {
  days: number;
  from: RetentionStart;
  then: RetentionAction;
  /** Consent-based data also goes as soon as consent is withdrawn, whatever the period. */
  endsOnWithdrawal: boolean;
}

/**
 * This project's retention policy (not taken from either source policy, which only say
 * "as long as necessary"). Chosen as follows:
 * - petition: two years covers a campaign and its hand-over; then only the anonymous count stays;
 * - solidarity messages: one year to moderate, forward and answer questions about a message;
 * - newsletter: kept while subscribed, gone the moment you unsubscribe;
 * - campaign updates: as long as the signature they belong to;
 * - data-rights requests: one year after closing, to show the request was answered;
 * - abuse records: thirty days, enough to stop a flood of fake sign-ups.
 */
export const RETENTION: Readonly<Record<ProcessingPurpose, RetentionRule>> = {
  SIGN_PETITION: { days: 730, from: 'COLLECTED', then: 'ANONYMISE', endsOnWithdrawal: true },
  FORWARD_SOLIDARITY_MESSAGE: { days: 365, from: 'COLLECTED', then: 'DELETE', endsOnWithdrawal: true },
  NEWSLETTER: { days: 0, from: 'CONSENT_WITHDRAWN', then: 'DELETE', endsOnWithdrawal: true },
  CAMPAIGN_UPDATES: { days: 730, from: 'COLLECTED', then: 'DELETE', endsOnWithdrawal: true },
  DATA_RIGHTS_REQUEST: { days: 365, from: 'REQUEST_CLOSED', then: 'DELETE', endsOnWithdrawal: false },
  SECURITY_ABUSE_PREVENTION: { days: 30, from: 'COLLECTED', then: 'DELETE', endsOnWithdrawal: false },
};

/** Days each purpose's data is kept, counted from `RETENTION[purpose].from`. */
export const RETENTION_DAYS: Readonly<Record<ProcessingPurpose, number>> = Object.fromEntries(PROCESSING_PURPOSES.map((p) => [p, RETENTION[p].days])) as Record<
  ProcessingPurpose,
  number
>;

/**
 * A signature, or a newsletter or updates sign-up, whose e-mail link is never followed is
 * deleted after this many days.
 */
export const UNCONFIRMED_SIGNUP_DAYS = 7;

/** A confirmation link (signature, newsletter) works this long: until what it confirms would be deleted. */
export const CONFIRMATION_LINK_DAYS = UNCONFIRMED_SIGNUP_DAYS;

/** A data-rights request's e-mailed link works this long. */
export const RIGHTS_REQUEST_LINK_HOURS = 24;

/** Days, counted in working days, within which a rights request or complaint is answered. */
export const RESPONSE_WORKING_DAYS = 14;

/** Below this age a supporter needs a parent's or guardian's permission. */
export const MINIMUM_AGE_WITHOUT_GUARDIAN = 18;

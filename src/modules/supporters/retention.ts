/**
 * The retention job: deletes or anonymises supporters' data past the periods in `RETENTION`
 * (privacy-notice/policy.ts), the table the privacy notice shows, through the supporters'
 * store. Needs no key: it never decrypts.
 * Run by `npm run retention` and on an interval inside the server (RETENTION_INTERVAL_MINUTES).
 */
import type { Database } from '../../db/database';
import { RETENTION, UNCONFIRMED_SIGNUP_DAYS } from './privacy-notice/policy';
import * as store from './supporters.store';

export interface RetentionReport {
  signaturesAnonymised: number;
  messagesDeleted: number;
  unconfirmedSubscriptionsDeleted: number;
  requestsDeleted: number;
  unconfirmedSignaturesDeleted: number;
}

/** `now` is a parameter so tests (and a catch-up run) can choose the reference time. */
export async function runRetention(db: Database, now: Date = new Date()): Promise<RetentionReport> {
  return db.transaction(async (m) => ({
    // SIGN_PETITION: ANONYMISE after 730 days from collection (campaign updates ride on the signature).
    signaturesAnonymised: await store.anonymiseSignaturesOlderThan(m, now, Math.min(RETENTION.SIGN_PETITION.days, RETENTION.CAMPAIGN_UPDATES.days)),
    // FORWARD_SOLIDARITY_MESSAGE: DELETE after 365 days.
    messagesDeleted: await store.deleteMessagesOlderThan(m, now, RETENTION.FORWARD_SOLIDARITY_MESSAGE.days),
    // NEWSLETTER: deleted on unsubscribe (in the service); sign-ups never confirmed go after 7 days.
    unconfirmedSubscriptionsDeleted: await store.deleteUnconfirmedSubscriptionsOlderThan(m, now, UNCONFIRMED_SIGNUP_DAYS),
    // DATA_RIGHTS_REQUEST: DELETE 365 days after closing (answered, or expired unanswered).
    requestsDeleted: await store.deleteRequestsClosedBefore(m, now, RETENTION.DATA_RIGHTS_REQUEST.days),
    // SIGN_PETITION: a signature never confirmed goes when its link expires (UNCONFIRMED_SIGNUP_DAYS); it was never counted.
    unconfirmedSignaturesDeleted: await store.deleteExpiredUnconfirmedSignatures(m, now),
  }));
}

/** Runs the job every `minutes` in the background (unref'd: it never keeps the process alive). */
export function scheduleRetention(
  db: Database,
  minutes: number,
  logger: { info(o: object, m: string): void; error(o: object, m: string): void },
): { stop(): Promise<void> } {
  if (minutes <= 0) return { stop: async () => undefined };
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = runRetention(db)
      .then((report) => logger.info({ ...report }, 'retention job done'))
      .catch((err: unknown) => logger.error({ errName: (err as Error).name }, 'retention job failed'))
      .finally(() => {
        running = null;
      });
  }, minutes * 60_000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

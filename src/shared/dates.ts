/** Today's calendar day in UTC, `YYYY-MM-DD`: how dates without a time (publication, validity, evidence) are compared. */
export const today = (): string => new Date().toISOString().slice(0, 10);

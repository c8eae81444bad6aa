import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A signature counts only once its address is confirmed through an e-mailed link (issue 13:
 * otherwise "read the count, sign with someone's address, read again" tells whether that
 * person had signed). A pending signature holds the SHA-256 of its single-use token and when
 * the token expires; a confirmed one holds neither.
 *
 * Existing rows are marked confirmed as of their signing time. They were accepted and counted
 * publicly under the rules in force when they were given (the count must not drop the day this
 * ships), anonymised ones have no address left to confirm, and mailing every past signer for a
 * confirmation they never asked for would be unsolicited mail. From this migration on, a
 * signature counts only after confirmation.
 */
export class SignatureConfirmation1764600000000 implements MigrationInterface {
  name = 'SignatureConfirmation1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE supporter_signature
        ADD COLUMN confirmed_at timestamptz,
        ADD COLUMN confirm_token_hash text,
        ADD COLUMN confirm_expires_at timestamptz`);
    await q.query(`UPDATE supporter_signature SET confirmed_at = signed_at`);
    await q.query(`
      ALTER TABLE supporter_signature
        ADD CONSTRAINT supporter_signature_confirm_token_once UNIQUE (confirm_token_hash),
        ADD CONSTRAINT supporter_signature_confirmation CHECK (
          (confirmed_at IS NOT NULL AND confirm_token_hash IS NULL AND confirm_expires_at IS NULL)
          OR (confirmed_at IS NULL AND confirm_token_hash ~ '^[0-9a-f]{64}$' AND confirm_expires_at IS NOT NULL AND anonymised_at IS NULL))`);
    // The retention job's search for pending signatures whose link has expired.
    await q.query(`CREATE INDEX supporter_signature_pending_idx ON supporter_signature (confirm_expires_at) WHERE confirmed_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Pending signatures never counted: they go with the columns that tell them apart.
    await q.query(`DELETE FROM supporter_signature WHERE confirmed_at IS NULL`);
    await q.query(`DROP INDEX supporter_signature_pending_idx`);
    await q.query(`
      ALTER TABLE supporter_signature
        DROP CONSTRAINT supporter_signature_confirmation,
        DROP CONSTRAINT supporter_signature_confirm_token_once,
        DROP COLUMN confirm_expires_at,
        DROP COLUMN confirm_token_hash,
        DROP COLUMN confirmed_at`);
  }
}

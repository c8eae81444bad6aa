import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Supporters: petition signatures, solidarity messages, newsletter subscriptions and
 * data-rights requests.
 *
 * Personal data (names, e-mail addresses, message texts) is stored only encrypted (`*_enc`,
 * AES-256-GCM under DATA_KEY); the e-mail is also kept as a keyed HMAC (`email_hash`) so that
 * duplicates and a person's records can be found without decrypting anything. Tokens sent by
 * e-mail are stored only as SHA-256 hashes.
 *
 * A signature is never deleted: erasure and the retention job null its personal columns and
 * keep the row (campaign, country, day) as an anonymous count. `email_hash` is then NULL, and
 * NULLs never collide in the unique (campaign_id, email_hash) constraint.
 */
export class Supporters1763730000000 implements MigrationInterface {
  name = 'Supporters1763730000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE supporter_signature (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
        email_hash text CHECK (email_hash ~ '^[0-9a-f]{64}$'),
        email_enc text,
        name_enc text,
        country char(2) CHECK (country ~ '^[A-Z]{2}$'),
        hand_over_name boolean NOT NULL DEFAULT false,
        campaign_updates boolean NOT NULL DEFAULT false,
        guardian_permission boolean NOT NULL DEFAULT false,
        signed_at timestamptz NOT NULL DEFAULT now(),
        anonymised_at timestamptz,
        CONSTRAINT supporter_signature_once UNIQUE (campaign_id, email_hash),
        CHECK ((anonymised_at IS NULL) = (email_hash IS NOT NULL AND email_enc IS NOT NULL AND name_enc IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX supporter_signature_email_idx ON supporter_signature (email_hash)`);
    await q.query(`CREATE INDEX supporter_signature_retention_idx ON supporter_signature (signed_at) WHERE anonymised_at IS NULL`);
    await q.query(`
      CREATE TABLE solidarity_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        target_kind text NOT NULL CHECK (target_kind IN ('CAMPAIGN', 'SPOTLIGHT')),
        campaign_id uuid REFERENCES campaign (id) ON DELETE CASCADE,
        spotlight_id uuid REFERENCES defender_spotlight (id) ON DELETE CASCADE,
        email_hash text NOT NULL CHECK (email_hash ~ '^[0-9a-f]{64}$'),
        email_enc text NOT NULL,
        name_enc text NOT NULL,
        body_enc text NOT NULL,
        show_first_name boolean NOT NULL DEFAULT false,
        forward_consent boolean NOT NULL,
        guardian_permission boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        moderated_at timestamptz,
        CHECK ((target_kind = 'CAMPAIGN') = (campaign_id IS NOT NULL)),
        CHECK ((target_kind = 'SPOTLIGHT') = (spotlight_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX solidarity_message_email_idx ON solidarity_message (email_hash)`);
    await q.query(`CREATE INDEX solidarity_message_status_idx ON solidarity_message (status, created_at)`);
    await q.query(`
      CREATE TABLE newsletter_subscription (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email_hash text NOT NULL UNIQUE CHECK (email_hash ~ '^[0-9a-f]{64}$'),
        email_enc text NOT NULL,
        locale text NOT NULL DEFAULT 'en',
        confirm_token_hash text UNIQUE,
        confirm_expires_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        confirmed_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE data_rights_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('EXPORT', 'RECTIFY', 'ERASE', 'RESTRICT')),
        email_hash text NOT NULL CHECK (email_hash ~ '^[0-9a-f]{64}$'),
        token_hash text NOT NULL UNIQUE,
        payload_enc text,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        completed_at timestamptz
      )`);
    await q.query(`CREATE INDEX data_rights_request_email_idx ON data_rights_request (email_hash)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE data_rights_request`);
    await q.query(`DROP TABLE newsletter_subscription`);
    await q.query(`DROP TABLE solidarity_message`);
    await q.query(`DROP TABLE supporter_signature`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Campaign content: campaigns, pages and defender spotlights with their consent records.
 * A spotlight can only be PUBLISHED while it points at a consent that is not withdrawn
 * (enforced here, not only in the service).
 */
export class Content1763720000000 implements MigrationInterface {
  name = 'Content1763720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE campaign (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED')),
        published_on date,
        title jsonb NOT NULL CHECK (title ? 'en'),
        summary jsonb NOT NULL CHECK (summary ? 'en'),
        call_to_action jsonb NOT NULL CHECK (call_to_action ? 'en'),
        addressees jsonb NOT NULL CHECK (addressees ? 'en'),
        demands jsonb NOT NULL CHECK (jsonb_typeof(demands) = 'array' AND jsonb_array_length(demands) > 0),
        hand_over jsonb NOT NULL CHECK (hand_over ? 'en'),
        defender_kinds jsonb NOT NULL DEFAULT '[]',
        attack_kinds jsonb NOT NULL DEFAULT '[]',
        signature_goal integer CHECK (signature_goal > 0),
        starts_on date,
        ends_on date,
        sources jsonb NOT NULL DEFAULT '[]',
        verified_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (status = 'DRAFT' OR published_on IS NOT NULL),
        CHECK (starts_on IS NULL OR ends_on IS NULL OR ends_on >= starts_on)
      )`);
    await q.query(`
      CREATE TABLE page (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        kind text NOT NULL CHECK (kind IN ('ABOUT', 'WHO_IS_A_DEFENDER', 'WHY_PROTECTION', 'TAKE_ACTION', 'GENERIC')),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED')),
        published_on date,
        campaign_id uuid REFERENCES campaign (id) ON DELETE SET NULL,
        sort_order integer NOT NULL DEFAULT 0 CHECK (sort_order >= 0),
        title jsonb NOT NULL CHECK (title ? 'en'),
        summary jsonb CHECK (summary IS NULL OR summary ? 'en'),
        body jsonb NOT NULL CHECK (body ? 'en'),
        sources jsonb NOT NULL DEFAULT '[]',
        verified_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (status = 'DRAFT' OR published_on IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX page_kind_idx ON page (kind, sort_order)`);
    await q.query(`CREATE INDEX page_campaign_idx ON page (campaign_id)`);
    await q.query(`
      CREATE TABLE defender_spotlight (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
        is_pseudonym boolean NOT NULL,
        country_code char(2) NOT NULL REFERENCES country (code),
        focus jsonb NOT NULL CHECK (focus ? 'en'),
        profiles text[] NOT NULL DEFAULT '{}',
        story jsonb NOT NULL CHECK (story ? 'en'),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED')),
        published_at timestamptz,
        consent_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX defender_spotlight_country_idx ON defender_spotlight (country_code)`);
    await q.query(`
      CREATE TABLE spotlight_consent (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        spotlight_id uuid NOT NULL REFERENCES defender_spotlight (id) ON DELETE CASCADE,
        given_by text NOT NULL CHECK (given_by IN ('DEFENDER', 'REPRESENTATIVE')),
        given_on date NOT NULL,
        scope text NOT NULL CHECK (length(scope) BETWEEN 1 AND 2000),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by text NOT NULL,
        withdrawn_at timestamptz,
        withdrawn_by text
      )`);
    await q.query(`CREATE INDEX spotlight_consent_spotlight_idx ON spotlight_consent (spotlight_id, recorded_at)`);
    await q.query(`
      ALTER TABLE defender_spotlight
        ADD CONSTRAINT defender_spotlight_consent_fk FOREIGN KEY (consent_id) REFERENCES spotlight_consent (id),
        ADD CONSTRAINT defender_spotlight_published_with_consent
          CHECK (status = 'DRAFT' OR (consent_id IS NOT NULL AND published_at IS NOT NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE defender_spotlight DROP CONSTRAINT defender_spotlight_consent_fk`);
    await q.query(`DROP TABLE spotlight_consent`);
    await q.query(`DROP TABLE defender_spotlight`);
    await q.query(`DROP TABLE page`);
    await q.query(`DROP TABLE campaign`);
  }
}

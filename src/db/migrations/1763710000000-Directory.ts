import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The directory: one table for the four kinds of record (they share provenance, status,
 * search and most filters), one for their actionable offers and one for contact channels.
 * Two SQL functions evaluate coverage and jurisdiction rules against a country, so list
 * filters and the finder read the same seed-shaped rules.
 */
export class Directory1763710000000 implements MigrationInterface {
  name = 'Directory1763710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE directory_record (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('ORGANIZATION', 'STATE_POLICY', 'MECHANISM', 'PROGRAMME')),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        status text NOT NULL CHECK (status IN ('ACTIVE', 'PAUSED', 'CLOSED')),
        alert jsonb,
        name jsonb NOT NULL CHECK (name ? 'en'),
        summary jsonb NOT NULL CHECK (summary ? 'en'),
        acronym text,
        website text,
        languages text[] NOT NULL DEFAULT '{}',
        coverage jsonb,
        eligibility jsonb NOT NULL DEFAULT '[]',
        caveats jsonb NOT NULL DEFAULT '[]',
        system text,
        issuer text,
        subkind text,
        details jsonb NOT NULL DEFAULT '{}',
        sources jsonb NOT NULL CHECK (jsonb_array_length(sources) > 0),
        verified_on date NOT NULL,
        archived_at timestamptz,
        search tsvector NOT NULL DEFAULT ''::tsvector,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX directory_record_search_idx ON directory_record USING gin (search)`);
    await q.query(`CREATE INDEX directory_record_kind_idx ON directory_record (kind, slug) WHERE archived_at IS NULL`);
    await q.query(`CREATE INDEX directory_record_updated_idx ON directory_record (updated_at)`);
    await q.query(`
      CREATE TABLE directory_offer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        record_id uuid NOT NULL REFERENCES directory_record (id) ON DELETE CASCADE,
        position int NOT NULL,
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        kind text NOT NULL,
        name jsonb NOT NULL CHECK (name ? 'en'),
        description jsonb NOT NULL CHECK (description ? 'en'),
        risks text[] NOT NULL DEFAULT '{}',
        profiles text[] NOT NULL DEFAULT '{}',
        coverage jsonb,
        eligibility jsonb NOT NULL DEFAULT '[]',
        speed text NOT NULL,
        response_time_note jsonb,
        requirements jsonb NOT NULL DEFAULT '[]',
        steps jsonb NOT NULL DEFAULT '[]',
        caveats jsonb NOT NULL DEFAULT '[]',
        status text NOT NULL CHECK (status IN ('ACTIVE', 'PAUSED', 'CLOSED')),
        alert jsonb,
        UNIQUE (record_id, position)
      )`);
    await q.query(`CREATE INDEX directory_offer_risks_idx ON directory_offer USING gin (risks)`);
    await q.query(`
      CREATE TABLE directory_contact_channel (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        record_id uuid NOT NULL REFERENCES directory_record (id) ON DELETE CASCADE,
        position int NOT NULL,
        kind text NOT NULL,
        value text,
        label jsonb,
        languages text[] NOT NULL DEFAULT '{}',
        hours text,
        available247 boolean NOT NULL DEFAULT false,
        safety_note jsonb,
        confirmed boolean NOT NULL DEFAULT true,
        UNIQUE (record_id, position)
      )`);
    // NULL coverage means "no restriction of its own" (mechanisms, offers without coverage).
    await q.query(`
      CREATE FUNCTION directory_covers(cov jsonb, code text, systems text[]) RETURNS boolean
      LANGUAGE sql IMMUTABLE AS $$
        SELECT cov IS NULL OR (
          (coalesce((cov->>'global')::boolean, false)
            OR coalesce(cov->'countries', '[]') ? code
            OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(coalesce(cov->'systems', '[]')) s WHERE s = ANY (systems)))
          AND NOT coalesce(cov->'excludeCountries', '[]') ? code
          AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements_text(coalesce(cov->'excludeSystems', '[]')) s WHERE s = ANY (systems)))
      $$`);
    // Only the rules about the country; an UNKNOWN procedure acceptance does not exclude.
    await q.query(`
      CREATE FUNCTION directory_eligible(rules jsonb, code text, systems text[], procedures jsonb, un_member boolean) RETURNS boolean
      LANGUAGE sql IMMUTABLE AS $$
        SELECT NOT EXISTS (
          SELECT 1 FROM jsonb_array_elements(rules) r WHERE
            (r->>'rule' = 'MEMBER_OF' AND NOT (r->>'system') = ANY (systems))
            OR (r->>'rule' = 'NOT_MEMBER_OF' AND (r->>'system') = ANY (systems))
            OR (r->>'rule' = 'ACCEPTED_PROCEDURE' AND procedures->>(r->>'procedure') = 'NOT_ACCEPTED')
            OR (r->>'rule' = 'UN_MEMBER' AND NOT un_member)
            OR (r->>'rule' = 'COUNTRY_IN' AND NOT r->'countries' ? code)
            OR (r->>'rule' = 'COUNTRY_NOT_IN' AND r->'countries' ? code))
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION directory_eligible(jsonb, text, text[], jsonb, boolean)`);
    await q.query(`DROP FUNCTION directory_covers(jsonb, text, text[])`);
    await q.query(`DROP TABLE directory_contact_channel`);
    await q.query(`DROP TABLE directory_offer`);
    await q.query(`DROP TABLE directory_record`);
  }
}

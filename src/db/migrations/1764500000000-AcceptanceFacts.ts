import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each acceptance fact carries its own as-of date and source (the countries file used to have
 * one date for all of them), and countries gain their regional instruments. Existing plain
 * statuses become facts dated by the old file-wide date; the next seed run replaces them.
 * Directory records and offers gain the UNCERTAIN status.
 */
export class AcceptanceFacts1764500000000 implements MigrationInterface {
  name = 'AcceptanceFacts1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE country ADD COLUMN instruments jsonb NOT NULL DEFAULT '{}'`);
    await q.query(`
      UPDATE country SET procedures = coalesce((
        SELECT jsonb_object_agg(p.key, jsonb_build_object('status', p.value, 'asOf', to_char(coalesce(country.procedures_as_of, country.verified_on), 'YYYY-MM-DD'), 'source', 'wpdl-treaties-2022'))
        FROM jsonb_each_text(country.procedures) p
      ), '{}'::jsonb)`);
    await q.query(`ALTER TABLE country DROP COLUMN procedures_as_of`);
    // UNCERTAIN: a source says the resource may have stopped; listed, offered only as "check first".
    for (const table of ['directory_record', 'directory_offer']) {
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_status_check`);
      await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_status_check CHECK (status IN ('ACTIVE', 'UNCERTAIN', 'PAUSED', 'CLOSED'))`);
    }
    // The directory's country filter reads the new fact shape and the regional instruments;
    // an UNKNOWN acceptance still does not exclude.
    await q.query(`DROP FUNCTION directory_eligible(jsonb, text, text[], jsonb, boolean)`);
    await q.query(`
      CREATE FUNCTION directory_eligible(rules jsonb, code text, systems text[], procedures jsonb, instruments jsonb, un_member boolean) RETURNS boolean
      LANGUAGE sql IMMUTABLE AS $$
        SELECT NOT EXISTS (
          SELECT 1 FROM jsonb_array_elements(rules) r WHERE
            (r->>'rule' = 'MEMBER_OF' AND NOT (r->>'system') = ANY (systems))
            OR (r->>'rule' = 'NOT_MEMBER_OF' AND (r->>'system') = ANY (systems))
            OR (r->>'rule' = 'ACCEPTED_PROCEDURE' AND procedures->(r->>'procedure')->>'status' = 'NOT_ACCEPTED')
            OR (r->>'rule' = 'PARTY_TO' AND instruments->(r->>'instrument')->>'status' = 'NOT_ACCEPTED')
            OR (r->>'rule' = 'UN_MEMBER' AND NOT un_member)
            OR (r->>'rule' = 'COUNTRY_IN' AND NOT r->'countries' ? code)
            OR (r->>'rule' = 'COUNTRY_NOT_IN' AND r->'countries' ? code))
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['directory_record', 'directory_offer']) {
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_status_check`);
      await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_status_check CHECK (status IN ('ACTIVE', 'PAUSED', 'CLOSED'))`);
    }
    await q.query(`DROP FUNCTION directory_eligible(jsonb, text, text[], jsonb, jsonb, boolean)`);
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
    await q.query(`ALTER TABLE country ADD COLUMN procedures_as_of date`);
    await q.query(`
      UPDATE country SET procedures = coalesce((
        SELECT jsonb_object_agg(p.key, p.value->>'status') FROM jsonb_each(country.procedures) p
      ), '{}'::jsonb)`);
    await q.query(`ALTER TABLE country DROP COLUMN instruments`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each acceptance fact carries its own as-of date and source (the countries file used to have
 * one date for all of them), and countries gain their regional instruments. Existing plain
 * statuses become facts dated by the old file-wide date; the next seed run replaces them.
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
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE country ADD COLUMN procedures_as_of date`);
    await q.query(`
      UPDATE country SET procedures = coalesce((
        SELECT jsonb_object_agg(p.key, p.value->>'status') FROM jsonb_each(country.procedures) p
      ), '{}'::jsonb)`);
    await q.query(`ALTER TABLE country DROP COLUMN instruments`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Geography1763700000000 implements MigrationInterface {
  name = 'Geography1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE country (
        code char(2) PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
        names jsonb NOT NULL CHECK (names ? 'en'),
        un_member boolean NOT NULL,
        memberships text[] NOT NULL DEFAULT '{}',
        procedures jsonb NOT NULL DEFAULT '{}',
        least_developed boolean,
        sources jsonb NOT NULL,
        verified_on date NOT NULL,
        procedures_as_of date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX country_memberships_idx ON country USING gin (memberships)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE country`);
  }
}

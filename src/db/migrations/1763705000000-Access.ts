import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Access1763705000000 implements MigrationInterface {
  name = 'Access1763705000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE api_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        roles text[] NOT NULL CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['EDITOR', 'MODERATOR', 'ADMIN']),
        token_hash char(64) NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE audit_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- clock time, not the transaction's start: events written in one transaction keep their order
        occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_token_id uuid NOT NULL REFERENCES api_token (id),
        actor_name text NOT NULL,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        before jsonb,
        after jsonb
      )`);
    await q.query(`CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id, occurred_at DESC)`);
    await q.query(`CREATE INDEX audit_event_occurred_idx ON audit_event (occurred_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_event`);
    await q.query(`DROP TABLE api_token`);
  }
}

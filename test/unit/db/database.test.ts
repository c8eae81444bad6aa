/**
 * Units of work: a nested unit joins the one running (so a service may call another without
 * deadlocking PGlite's queue), also after the storage that finds it was switched off between
 * units, and while units overlap on PostgreSQL.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { Database, type DatabaseKind } from '../../../src/db/database';

/** A stand-in for TypeORM: each transaction gets its own manager, named for the test to see. */
function fakeDataSource() {
  let transactions = 0;
  const dataSource = {
    manager: { name: 'root' },
    transaction: async <T>(work: (manager: EntityManager) => Promise<T>) => work({ name: `tx${++transactions}` } as unknown as EntityManager),
  };
  return dataSource as unknown as DataSource;
}

const nameOf = (manager: EntityManager) => (manager as unknown as { name: string }).name;
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

for (const kind of ['pglite', 'postgres'] as DatabaseKind[]) {
  describe(kind, () => {
    it('joins the running transaction from a nested transaction or read, unit after unit', async () => {
      const db = new Database(fakeDataSource(), kind);
      for (let unit = 1; unit <= 3; unit++) {
        const seen = await db.transaction(async (outer) => {
          await tick();
          const nested = await db.transaction(async (inner) => nameOf(inner));
          const read = await db.read(async (manager) => nameOf(manager));
          return [nameOf(outer), nested, read];
        });
        expect(seen).toEqual([`tx${unit}`, `tx${unit}`, `tx${unit}`]);
      }
    });

    it('keeps each unit its own while units overlap', async () => {
      const db = new Database(fakeDataSource(), kind);
      const unit = (delay: number) =>
        db.transaction(async (outer) => {
          await new Promise((resolve) => setTimeout(resolve, delay));
          return [nameOf(outer), await db.read(async (manager) => nameOf(manager))];
        });
      // The first ends while the second still runs: the second must still find its own.
      const [first, second] = await Promise.all([unit(1), unit(20)]);
      expect(first[0]).toBe(first[1]);
      expect(second[0]).toBe(second[1]);
      expect(first[0]).not.toBe(second[0]);
    });
  });
}

it('answers a read outside any unit with the root manager', async () => {
  const db = new Database(fakeDataSource(), 'postgres');
  await db.transaction(async () => undefined);
  expect(await db.read(async (manager) => nameOf(manager))).toBe('root');
});

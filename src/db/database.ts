/**
 * The data layer's single entry point for running SQL.
 *
 * PGlite is one connection shared by the whole process, so two requests' transactions would
 * interleave on it. Here every unit of work on PGlite takes one queue (a mutex) — in the data
 * layer, not in each caller. On PostgreSQL the pool gives each unit its own connection and
 * nothing is queued. Nested units join the unit already running (found through
 * AsyncLocalStorage), so a service may call another without deadlocking the queue.
 *
 * On Node 20 and 22, an AsyncLocalStorage that has run once hooks every promise the process
 * makes from then on, even a request that never touches the database (most read from memory);
 * that was a tenth of the CPU of a `{ __typename }` request (docs/benchmarks.md, "HTTP floor").
 * So the storage is switched off whenever no unit of work is running: a unit's work is awaited
 * inside it, so nothing that needs the store outlives it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { Mutex } from 'async-mutex';
import type { DataSource, EntityManager } from 'typeorm';
import type { PoolStats } from '../shared/metrics';

/** What `pg`'s Pool (TypeORM's `driver.master`) tells about itself. */
interface PgPool {
  options: { max: number };
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

export type DatabaseKind = 'pglite' | 'postgres';

interface Unit {
  manager: EntityManager;
  transactional: boolean;
}

export class Database {
  private readonly units = new AsyncLocalStorage<Unit>();
  /** Units of work running now (outermost ones only). */
  private running = 0;
  private readonly queue: Mutex | null;
  private release: (() => Promise<void>) | null = null;

  constructor(
    readonly dataSource: DataSource,
    readonly kind: DatabaseKind,
    /** PGlite's folder on disk; null in memory and on PostgreSQL. */
    readonly dataDir: string | null = null,
  ) {
    this.queue = kind === 'pglite' ? new Mutex() : null;
  }

  /** Runs `work` in a transaction: all of it commits, or none of it does. */
  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const current = this.units.getStore();
    if (current?.transactional) return work(current.manager);
    const begin = () => this.dataSource.transaction((manager) => this.inUnit({ manager, transactional: true }, () => work(manager)));
    // Inside a read unit on PGlite we already hold the queue.
    if (current || !this.queue) return begin();
    return this.queue.runExclusive(begin);
  }

  /** Runs reads; on PGlite they wait for any running transaction instead of joining it. */
  async read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const current = this.units.getStore();
    if (current) return work(current.manager);
    const manager = this.dataSource.manager;
    if (!this.queue) return work(manager);
    return this.queue.runExclusive(() => this.inUnit({ manager, transactional: false }, () => work(manager)));
  }

  /** Runs `work` with `unit` as the current unit; the storage is off again once no unit runs. */
  private async inUnit<T>(unit: Unit, work: () => Promise<T>): Promise<T> {
    this.running += 1;
    try {
      return await this.units.run(unit, work);
    } finally {
      this.running -= 1;
      if (this.running === 0) this.units.disable();
    }
  }

  async isReady(): Promise<boolean> {
    try {
      await this.read((m) => m.query('SELECT 1'));
      return !(await this.read(() => this.dataSource.showMigrations()));
    } catch {
      return false;
    }
  }

  /**
   * The connections, for metrics: PostgreSQL's `pg` pool as it is now; PGlite's one connection,
   * in use while a unit of work holds the queue.
   */
  poolStats(): PoolStats {
    if (this.queue) {
      const busy = this.queue.isLocked();
      return { max: 1, open: 1, idle: busy ? 0 : 1, waiting: 0 };
    }
    const pool = (this.dataSource.driver as unknown as { master?: PgPool }).master;
    if (!pool) return { max: 0, open: 0, idle: 0, waiting: 0 };
    return { max: pool.options.max, open: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount };
  }

  /** `release` runs once the connection is closed (DATA_DIR's lock). */
  releaseOnClose(release: () => Promise<void>): void {
    this.release = release;
  }

  async close(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    const release = this.release;
    this.release = null;
    await release?.();
  }
}

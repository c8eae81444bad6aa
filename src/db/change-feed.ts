/**
 * Change notifications between writers and in-memory read models (the finder's), within one
 * process and across replicas sharing one PostgreSQL database.
 *
 * A writer calls `publish(manager, topic)` INSIDE its transaction: it runs
 * `SELECT pg_notify('atlas_changes', topic)`, which PostgreSQL (and PGlite, verified) delivers
 * when the transaction commits and drops when it rolls back — so a read model is never
 * rebuilt from a change that did not happen, and every replica hears every committed change.
 *
 * Listening: on PostgreSQL, a dedicated `pg.Client` (not one of the pool's connections, which
 * are shared and recycled) runs `LISTEN atlas_changes`; it reconnects with back-off when the
 * connection drops and, once back, tells every subscriber that something may have changed
 * (notifications sent while it was away are lost). On PGlite, the PGlite instance's own
 * `listen`. The payload is only the topic name — never a record, never a user's input.
 */
import { Client } from 'pg';
import type { EntityManager } from 'typeorm';
import { getPGliteInstance } from 'typeorm-pglite';
import type { Logger } from '../logger';
import type { Database } from './database';

/** The one PostgreSQL channel every topic travels on. */
export const CHANGE_CHANNEL = 'atlas_changes';

/** What changed: `directory` (organisations, policies, mechanisms, programmes), `countries`, … */
export type ChangeTopic = 'directory' | 'countries' | (string & {});

export type ChangeListener = (topic: ChangeTopic) => void;

const TOPIC_PATTERN = /^[a-z][a-z0-9_.-]{0,62}$/;

const MIN_RECONNECT_MS = 100;
const MAX_RECONNECT_MS = 5_000;

export class ChangeFeed {
  private readonly listeners = new Map<string, Set<ChangeListener>>();
  private client: Client | null = null;
  private unlistenPglite: (() => Promise<void>) | null = null;
  private logger: Logger | null = null;
  private started = false;
  private stopped = false;
  private reconnectDelay = MIN_RECONNECT_MS;
  private reconnectTimer: NodeJS.Timeout | null = null;

  constructor(private readonly db: Database) {}

  /**
   * Announces a change to `topic`. Call it inside the writer's transaction, with the
   * transaction's manager: the notification is delivered at commit, and not at all on rollback.
   */
  async publish(manager: EntityManager, topic: ChangeTopic): Promise<void> {
    if (!TOPIC_PATTERN.test(topic)) throw new Error('A change topic is a short lowercase name');
    await manager.query('SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, topic]);
  }

  /** Calls `listener` after each committed change to `topic` (in any replica). Returns an unsubscribe function. */
  subscribe(topic: ChangeTopic, listener: ChangeListener): () => void {
    let set = this.listeners.get(topic);
    if (!set) this.listeners.set(topic, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }

  /** True while changes from other processes are heard: PGlite's listener, or PostgreSQL's LISTEN connection is up. */
  get listening(): boolean {
    return this.unlistenPglite !== null || this.client !== null;
  }

  /** Starts listening (after the database is open). Idempotent. */
  async start(logger?: Logger): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.stopped = false;
    this.logger = logger ?? null;
    if (this.db.kind === 'pglite') {
      const pglite = await getPGliteInstance();
      this.unlistenPglite = await pglite.listen(CHANGE_CHANNEL, (payload) => this.deliver(payload));
      return;
    }
    await this.connect();
  }

  /** Stops listening and closes the dedicated connection. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.started = false;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    const unlisten = this.unlistenPglite;
    this.unlistenPglite = null;
    if (unlisten) await unlisten().catch(() => undefined);
    const client = this.client;
    this.client = null;
    if (client) await client.end().catch(() => undefined);
  }

  private databaseUrl(): string {
    const url = (this.db.dataSource.options as { url?: string }).url;
    if (!url) throw new Error('The change feed needs the PostgreSQL connection URL');
    return url;
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl(), application_name: 'atlas-change-feed' });
    let failed = false;
    const onFailure = (err?: Error) => {
      if (failed) return;
      failed = true;
      if (this.client === client) this.client = null;
      client.end().catch(() => undefined);
      if (this.stopped) return;
      this.logger?.warn({ err: err ? { message: err.message } : undefined }, 'change feed connection lost; reconnecting');
      this.scheduleReconnect();
    };
    client.on('error', onFailure);
    client.on('end', () => onFailure());
    client.on('notification', (msg) => {
      if (msg.channel === CHANGE_CHANNEL && msg.payload) this.deliver(msg.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_CHANNEL}`);
    } catch (err) {
      failed = true;
      await client.end().catch(() => undefined);
      throw err;
    }
    if (this.stopped) {
      failed = true;
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
  }

  private scheduleReconnect(): void {
    if (this.reconnectTimer || this.stopped) return;
    const delay = this.reconnectDelay;
    this.reconnectDelay = Math.min(this.reconnectDelay * 2, MAX_RECONNECT_MS);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.connect().then(
        () => {
          if (this.stopped) return;
          this.reconnectDelay = MIN_RECONNECT_MS;
          this.logger?.info('change feed reconnected');
          // Changes committed while we were away were not heard: tell everyone to refresh.
          for (const topic of this.listeners.keys()) this.deliver(topic);
        },
        (err: Error) => {
          if (this.stopped) return;
          this.logger?.warn({ err: { message: err.message } }, 'change feed reconnect failed');
          this.scheduleReconnect();
        },
      );
    }, delay);
    this.reconnectTimer.unref();
  }

  private deliver(topic: string): void {
    for (const listener of this.listeners.get(topic) ?? []) {
      try {
        listener(topic);
      } catch (err) {
        this.logger?.error({ err: { message: (err as Error).message } }, 'change listener failed');
      }
    }
  }
}

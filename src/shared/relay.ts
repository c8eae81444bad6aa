/**
 * Relay conventions: opaque global IDs, the Node interface, cursor connections with
 * totalCount. Cursors are opaque sort keys (keyset paging) of a stable, unique ordering.
 */
import { ArgsType, ClassType, Field, ID, InterfaceType, Int, ObjectType } from 'type-graphql';
import { badInput } from './errors';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export function toGlobalId(type: string, key: string): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

export function fromGlobalId(id: string): { type: string; key: string } | null {
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0 || toGlobalId(decoded.slice(0, colon), decoded.slice(colon + 1)) !== id) return null;
  return { type: decoded.slice(0, colon), key: decoded.slice(colon + 1) };
}

@InterfaceType({ description: 'An object with a globally unique, opaque ID.' })
export abstract class Node {
  @Field(() => ID, { description: "The object's globally unique, opaque ID; `node(id)` fetches it back." })
  id: string;
}

@ObjectType({ description: 'Where a page sits in its list.' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page.' }) hasNextPage: boolean;
  @Field({ description: 'True when items come before this page.' }) hasPreviousPage: boolean;
  @Field(() => String, { nullable: true, description: 'The cursor of the first edge; null for an empty page.' }) startCursor: string | null;
  @Field(() => String, { nullable: true, description: 'The cursor of the last edge, to pass as `after` for the next page; null for an empty page.' })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, at most ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' })
  after?: string;
}

/**
 * Paging of a list nested in an object (a record's offers or contact channels): by default the
 * whole list up to the cap, so clients that ask for nothing get everything.
 */
@ArgsType()
export class NestedPageArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: MAX_PAGE_SIZE,
    description: `Page size, at most ${MAX_PAGE_SIZE} (default ${MAX_PAGE_SIZE}: all of them).`,
  })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' })
  after?: string;
}

/** The sort key of one item: the values of a list's ordering, last one unique. */
export type CursorKey = readonly (string | number)[];

/**
 * A page: its size and the sort key of the last item already seen. Keyset, not offset, so a
 * record inserted or removed before the cursor neither repeats nor skips an item on the next page.
 */
export interface Page {
  limit: number;
  after: CursorKey | null;
}

/** The first `limit` items of a list (for internal reads that need no cursor). */
export const firstPage = (limit: number): Page => ({ limit, after: null });

const CURSOR_PREFIX = 'k1:';

const encodeCursor = (key: CursorKey) => Buffer.from(CURSOR_PREFIX + JSON.stringify(key), 'utf8').toString('base64url');

const badCursor = () => badInput('after', 'is not a valid cursor of this list');

function decodeCursor(cursor: string): CursorKey {
  if (cursor.length > 2000) throw badCursor();
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(CURSOR_PREFIX) || Buffer.from(text, 'utf8').toString('base64url') !== cursor) throw badCursor();
  let key: unknown;
  try {
    key = JSON.parse(text.slice(CURSOR_PREFIX.length));
  } catch {
    throw badCursor();
  }
  const ok = (v: unknown) => (typeof v === 'string' && v.length <= 300) || (typeof v === 'number' && Number.isFinite(v));
  if (!Array.isArray(key) || key.length === 0 || key.length > 4 || !key.every(ok)) throw badCursor();
  return key as CursorKey;
}

/** Turns `first`/`after` into a page size and the sort key to continue after, rejecting bad values with a clear error. */
export function pageOf(args: PageArgs, defaultSize: number = DEFAULT_PAGE_SIZE): Page {
  const limit = args.first ?? defaultSize;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw badInput('first', `must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  return { limit, after: args.after ? decodeCursor(args.after) : null };
}

/** One column (or expression) of a list's ordering; the last key of an ordering must be unique. */
export interface SortKey {
  /** SQL expression, never null (wrap it in coalesce otherwise). */
  sql: string;
  type: 'text' | 'int' | 'real' | 'timestamptz';
  desc?: boolean;
}

const TYPE_CHECK: Record<SortKey['type'], (v: string | number) => boolean> = {
  text: (v) => typeof v === 'string',
  int: (v) => typeof v === 'number' && Number.isSafeInteger(v),
  real: (v) => typeof v === 'number',
  timestamptz: (v) => typeof v === 'string' && (v === '-infinity' || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(v)),
};

/** The cursor's values checked against the ordering they must come from. */
function checkedKey(order: readonly SortKey[], key: CursorKey): CursorKey {
  if (key.length !== order.length || !order.every((k, i) => TYPE_CHECK[k.type](key[i]))) throw badCursor();
  return key;
}

/**
 * The SQL condition "after this sort key" for an ordering, its values bound through `bind`
 * (which returns the placeholder); null on the first page.
 */
export function keysetCondition(order: readonly SortKey[], page: Page, bind: (value: unknown) => string): string | null {
  if (!page.after) return null;
  const key = checkedKey(order, page.after);
  const values = order.map((k, i) => `${bind(key[i])}::${k.type}`);
  const branches = order.map((k, i) => {
    const equal = order.slice(0, i).map((prev, j) => `${prev.sql} = ${values[j]}`);
    return '(' + [...equal, `${k.sql} ${k.desc ? '<' : '>'} ${values[i]}`].join(' AND ') + ')';
  });
  return `(${branches.join(' OR ')})`;
}

/** The ORDER BY clause of an ordering. */
export const orderByOf = (order: readonly SortKey[]) => order.map((k) => `${k.sql} ${k.desc ? 'DESC' : 'ASC'}`).join(', ');

/** A sort key value for a cursor: timestamps to the millisecond, as stored orderings truncate them (`msOf`). */
export const keyValue = (v: string | number | Date | null): string | number => (v === null ? '-infinity' : v instanceof Date ? v.toISOString() : v);

/** A timestamp column truncated to the millisecond, the precision of a JavaScript Date and so of a cursor. */
export const msOf = (column: string) => `date_trunc('milliseconds', ${column})`;

/** Minimal query builder surface (TypeORM's SelectQueryBuilder) for `keysetPage`. */
interface KeysetQuery<Q> {
  clone(): Q;
  andWhere(where: string, params?: Record<string, unknown>): Q;
  addOrderBy(sort: string, order?: 'ASC' | 'DESC'): Q;
  limit(n: number): Q;
  getCount(): Promise<number>;
  getMany(): Promise<unknown[]>;
}

/**
 * One page of a TypeORM query in a keyset ordering: the total (all matches) and up to
 * `limit + 1` rows after the cursor (the extra one tells `connectionFrom` a next page exists).
 */
export async function keysetPage<E, Q extends KeysetQuery<Q>>(qb: Q, order: readonly SortKey[], page: Page): Promise<{ rows: E[]; total: number }> {
  const total = await qb.clone().getCount();
  const params: Record<string, unknown> = {};
  const where = keysetCondition(order, page, (v) => {
    const name = `keyset${Object.keys(params).length}`;
    params[name] = v;
    return `:${name}`;
  });
  if (where) qb.andWhere(where, params);
  for (const k of order) qb.addOrderBy(k.sql, k.desc ? 'DESC' : 'ASC');
  const rows = (await qb.limit(page.limit + 1).getMany()) as E[];
  return { rows, total };
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * A connection from up to `limit + 1` rows read after the cursor (one more than the page tells
 * that a next page exists), each row's cursor its sort key (`keyOf` gets the row and its index). Edges and cursors are built when
 * read: a client asking only for `nodes` costs no cursor.
 */
export function connectionFrom<R, T>(
  rows: readonly R[],
  totalCount: number,
  page: Page,
  keyOf: (row: R, index: number) => CursorKey,
  toNode: (row: R) => T,
): ConnectionShape<T> {
  const shown = rows.length > page.limit ? rows.slice(0, page.limit) : rows;
  const nodes = shown.map(toNode);
  const cursorAt = (i: number) => (i >= 0 && i < shown.length ? encodeCursor(keyOf(shown[i], i)) : null);
  let edges: { cursor: string; node: T }[] | undefined;
  return {
    get edges() {
      return (edges ??= nodes.map((node, i) => ({ node, cursor: cursorAt(i)! })));
    },
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > page.limit,
      hasPreviousPage: page.after !== null,
      get startCursor() {
        return cursorAt(0);
      },
      get endCursor() {
        return cursorAt(shown.length - 1);
      },
    },
  };
}

/**
 * A connection over a list already in memory, in its order (loaded whole, for example by a
 * DataLoader), keyed by one unique ascending number (a position): the page follows the cursor's position.
 */
export function connectionOfList<R, T>(all: readonly R[], page: Page, positionOf: (row: R) => number, toNode: (row: R) => T): ConnectionShape<T> {
  let start = 0;
  if (page.after) {
    const [after] = checkedKey([{ sql: 'position', type: 'int' }], page.after);
    start = all.findIndex((r) => positionOf(r) > (after as number));
    if (start < 0) start = all.length;
  }
  return connectionFrom(all.slice(start, start + page.limit + 1), all.length, page, (r) => [positionOf(r)], toNode);
}

/** Declares `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class Edge {
    @Field({ description: 'An opaque cursor: pass it as `after` to get the items after this one.' }) cursor: string;
    @Field(() => nodeType, { description: 'The item.' }) node: T;
  }

  @ObjectType(`${name}ConnectionBase`)
  abstract class ConnectionType {
    @Field(() => [Edge], { description: 'The items of this page, in order, each with its cursor.' }) edges: Edge[];
    @Field(() => [nodeType], { description: 'The nodes of the edges, for clients that need no cursors.' }) nodes: T[];
    @Field(() => PageInfo, { description: 'Whether more items follow, and the cursors to page on.' }) pageInfo: PageInfo;
    @Field(() => Int, { description: 'Number of items matching the filters, across all pages.' }) totalCount: number;
  }
  return ConnectionType;
}

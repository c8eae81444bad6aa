/**
 * Relay conventions: opaque global IDs, the Node interface, cursor connections with
 * totalCount. Cursors are opaque offsets into a stable ordering.
 */
import { ArgsType, ClassType, Field, ID, InterfaceType, Int, ObjectType } from 'type-graphql';
import { badInput } from './errors';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
/** Far beyond any list the API holds; a larger offset is a forged cursor, and PostgreSQL would reject it past bigint. */
export const MAX_OFFSET = 1_000_000;

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

export interface Page {
  offset: number;
  limit: number;
}

const encodeCursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

/** Turns `first`/`after` into an offset and limit, rejecting bad values with a clear error. */
export function pageOf(args: PageArgs, defaultSize: number = DEFAULT_PAGE_SIZE): Page {
  const limit = args.first ?? defaultSize;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw badInput('first', `must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  let offset = 0;
  if (args.after) {
    const decoded = /^offset:(\d{1,16})$/.exec(Buffer.from(args.after, 'base64url').toString('utf8'));
    const n = decoded ? Number(decoded[1]) : NaN;
    if (!Number.isSafeInteger(n)) throw badInput('after', 'is not a valid cursor');
    if (n >= MAX_OFFSET) throw badInput('after', `is beyond the largest offset (${MAX_OFFSET})`);
    offset = n + 1;
  }
  return { offset, limit };
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

export function connectionFrom<T>(items: T[], totalCount: number, page: Page): ConnectionShape<T> {
  const edges = items.map((node, i) => ({ node, cursor: encodeCursor(page.offset + i) }));
  return {
    edges,
    nodes: items,
    totalCount,
    pageInfo: {
      hasNextPage: page.offset + items.length < totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** A connection over a list already in memory (loaded whole, for example by a DataLoader): the page is sliced from it. */
export function connectionOfList<R, T>(all: readonly R[], page: Page, toNode: (row: R) => T): ConnectionShape<T> {
  return connectionFrom(all.slice(page.offset, page.offset + page.limit).map(toNode), all.length, page);
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

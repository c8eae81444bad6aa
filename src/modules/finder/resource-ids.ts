/**
 * Global IDs (for `node(id)`) of the directory records and offers a plan points at. They
 * follow the directory module's convention (`directory.types.ts`: `recordGlobalId` =
 * `<Organization|StatePolicy|Mechanism|Programme>:<slug>`, `offerGlobalId` = `Offer:<slug>`);
 * a test pins the two together and resolves them with `node(id)`.
 */
import { toGlobalId } from '../../shared/relay';
import type { ParentType } from './core';

export const NODE_TYPE_OF_PARENT: Readonly<Record<ParentType, string>> = {
  ORGANIZATION: 'Organization',
  STATE_POLICY: 'StatePolicy',
  MECHANISM: 'Mechanism',
  PROGRAMME: 'Programme',
};

export function parentGlobalId(parentType: ParentType, parentSlug: string): string {
  return toGlobalId(NODE_TYPE_OF_PARENT[parentType], parentSlug);
}

export function offerGlobalIdOf(offerSlug: string): string {
  return toGlobalId('Offer', offerSlug);
}

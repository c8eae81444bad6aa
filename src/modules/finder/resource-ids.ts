/**
 * Global IDs (for `node(id)`) of the directory records and offers a plan points at, from the
 * directory module's own helpers. Memoised: a plan names every candidate, and the keys are
 * directory slugs (a bounded set), so the cache cannot grow with requests.
 */
import { offerGlobalId, recordGlobalId } from '../directory/directory.types';
import type { ParentType } from './core';

const ids = new Map<string, string>();

function memo(key: string, make: () => string): string {
  let id = ids.get(key);
  if (id === undefined) ids.set(key, (id = make()));
  return id;
}

export const parentGlobalId = (parentType: ParentType, parentSlug: string): string =>
  memo(`${parentType}/${parentSlug}`, () => recordGlobalId(parentType, parentSlug));

export const offerGlobalIdOf = (offerSlug: string): string => memo(`Offer/${offerSlug}`, () => offerGlobalId(offerSlug));

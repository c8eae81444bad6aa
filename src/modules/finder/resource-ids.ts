/**
 * A plan's resource references with their global IDs (for `node(id)`). The core returns the
 * read model's own frozen reference objects, shared by every plan, so each is converted once
 * and remembered by identity: a plan costs a lookup per option, not two IDs to encode, and the
 * entries go away with the read model they belong to.
 */
import { offerGlobalId, recordGlobalId } from '../directory/directory.types';
import type { ResourceRef as CoreRef } from './core';
import type { ResourceRef } from './finder.types';

const withIds = new WeakMap<CoreRef, ResourceRef>();

export function resourceRefWithIds(ref: CoreRef): ResourceRef {
  let out = withIds.get(ref);
  if (out === undefined) {
    out = { ...ref, id: recordGlobalId(ref.parentType, ref.parentSlug), offerId: offerGlobalId(ref.offerSlug) };
    withIds.set(ref, out);
  }
  return out;
}

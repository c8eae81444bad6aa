/**
 * Global IDs (for `node(id)`) of the resources a plan names. The core returns the read model's
 * own frozen reference objects, shared by every plan, so each is encoded once and remembered by
 * identity: the entries go away with the read model they belong to.
 */
import { offerGlobalId, recordGlobalId } from '../directory/directory.types';
import type { PlanRecord, ResourceRef as CoreRef } from './core';

export interface ResourceIds {
  id: string;
  offerId: string;
}

const ids = new WeakMap<CoreRef, ResourceIds>();

export function idsOf(ref: CoreRef): ResourceIds {
  let out = ids.get(ref);
  if (out === undefined) {
    out = { id: recordGlobalId(ref.parentType, ref.parentSlug), offerId: offerGlobalId(ref.offerSlug) };
    ids.set(ref, out);
  }
  return out;
}

const withIds = new WeakMap<PlanRecord, PlanRecord & { id: string }>();

/** A plan's record with its global ID (the read model's own object, so also encoded and copied once). */
export function recordWithId(record: PlanRecord): PlanRecord & { id: string } {
  let out = withIds.get(record);
  if (out === undefined) withIds.set(record, (out = { ...record, id: recordGlobalId(record.parentType, record.slug) }));
  return out;
}

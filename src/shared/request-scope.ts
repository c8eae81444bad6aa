/**
 * Each request's id: sent back in the `x-request-id` header and in the extensions of an
 * internal error, and logged with that error, so an operator can find the log line a user
 * reports. Error formatting happens deep inside Apollo, where no request is at hand: the id is
 * carried by AsyncLocalStorage. The HTTP layer makes the id (a fresh one per request: a
 * client-sent one is ignored, it would let clients write into the logs) and runs each route's
 * handler inside `inRequestScope`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export const REQUEST_ID_HEADER = 'x-request-id';

const scope = new AsyncLocalStorage<{ requestId: string }>();

export const inRequestScope = <T>(requestId: string, fn: () => T): T => scope.run({ requestId }, fn);

export const currentRequestId = (): string | undefined => scope.getStore()?.requestId;

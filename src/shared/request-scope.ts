/**
 * Each request's id: sent back in the `x-request-id` header and in the extensions of an
 * internal error, and logged with that error, so an operator can find the log line a user
 * reports. Error formatting happens deep inside Apollo, where no request is at hand: the id is
 * carried by AsyncLocalStorage.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

export const REQUEST_ID_HEADER = 'x-request-id';

const scope = new AsyncLocalStorage<{ requestId: string }>();

/** A fresh id per request (a client-sent one is ignored: it would let clients write into the logs). */
export function requestScope() {
  return (_req: Request, res: Response, next: NextFunction) => {
    const requestId = randomUUID();
    res.locals.requestId = requestId;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    scope.run({ requestId }, next);
  };
}

export const currentRequestId = (): string | undefined => scope.getStore()?.requestId;

/**
 * Each request's id: sent back in the `x-request-id` header and in the extensions of an
 * internal error, and logged with that error, so an operator can find the log line a user
 * reports. The HTTP layer makes the id (a fresh one per request: a client-sent one is ignored, it
 * would let clients write into the logs) and puts it in the GraphQL context. Apollo formats
 * errors where no request is at hand, so an error is marked with its request's id before that
 * (`markRequestOf`, by the GraphQL layer's one plugin and by the context's builder) and the
 * formatter reads the mark. A mark, not AsyncLocalStorage: on Node 20 and 22 that hooks every
 * promise of every request (docs/benchmarks.md, "HTTP floor").
 */
export const REQUEST_ID_HEADER = 'x-request-id';

const requestIds = new WeakMap<object, string>();

/** Marks an error with the id of the request it happened in. */
export function markRequestOf(error: unknown, requestId: string): void {
  if (typeof error === 'object' && error !== null) requestIds.set(error, requestId);
}

/** The id an error (or the error it wraps: Apollo wraps a failed context's) was marked with. */
export function requestIdOf(error: unknown): string | undefined {
  for (let e = error, depth = 0; typeof e === 'object' && e !== null && depth < 4; e = (e as { originalError?: unknown }).originalError, depth++) {
    const id = requestIds.get(e);
    if (id !== undefined) return id;
  }
  return undefined;
}

/**
 * Stable error codes in `extensions.code`. Messages name the field at fault but never echo
 * the value sent: it may describe a person at risk.
 */
import { GraphQLError } from 'graphql';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  RATE_LIMITED: 'RATE_LIMITED',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  CONFLICT: 'CONFLICT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badInput = (field: string, problem: string) => new AppError(ErrorCode.BAD_USER_INPUT, `${field}: ${problem}`, { field });
export const notFound = (what: string) => new AppError(ErrorCode.NOT_FOUND, `${what} not found`);

/** Driver codes meaning the database cannot be reached or is shutting down: retry later, not a bug. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  // SQLSTATE: admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections.
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);
/** pg's own connection failures carry no code. */
const UNAVAILABLE_MESSAGE = /^(Connection terminated|timeout exceeded when trying to connect)/;

/**
 * The error and what it wraps: TypeORM's driverError, `cause`, an AggregateError's errors (one
 * per address tried), and graphql-js's NonErrorThrown wrapper (of a value that fails
 * `instanceof Error`, such as an error from another realm).
 */
function* chainOf(err: unknown, depth = 0): Generator<{ code?: unknown; message?: unknown }> {
  if (depth > 4 || typeof err !== 'object' || err === null) return;
  const e = err as { driverError?: unknown; cause?: unknown; errors?: unknown; thrownValue?: unknown };
  yield err as { code?: unknown; message?: unknown };
  yield* chainOf(e.thrownValue, depth + 1);
  yield* chainOf(e.driverError, depth + 1);
  yield* chainOf(e.cause, depth + 1);
  if (Array.isArray(e.errors)) for (const inner of e.errors) yield* chainOf(inner, depth + 1);
}

/** True when an unexpected error means the database is down or unreachable. */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (const e of chainOf(err)) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (UNAVAILABLE_CODES.has(code) || code.startsWith('08')) return true;
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGE.test(e.message)) return true;
  }
  return false;
}

/** The first code in an error's chain (a SQLSTATE or a system error code): safe to log, it holds no values. */
export function driverCodeOf(err: unknown): string | undefined {
  for (const e of chainOf(err)) if (typeof e.code === 'string' && /^[A-Z0-9_]{2,32}$/.test(e.code)) return e.code;
  return undefined;
}

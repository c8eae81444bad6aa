/**
 * Error masking. Clients get a stable `extensions.code` and a message that names what is wrong
 * but never the values they sent (a finder need or an e-mail must not come back in an error,
 * where proxies and client logs would keep it). Unexpected errors become INTERNAL_SERVER_ERROR.
 */
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { driverCodeOf, ErrorCode, isDatabaseUnavailable } from '../shared/errors';
import { markRequestOf, requestIdOf } from '../shared/request-id';
import type { RequestPart } from './request-parts';
import type { Logger } from '../logger';

/**
 * Codes whose messages are written by us or by GraphQL itself and are safe to return. Not
 * INTERNAL_SERVER_ERROR: Apollo gives that code to any error without one, a driver's included.
 */
const PASS_THROUGH = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Every `extensions.code` a response can carry once formatted (the bounded set metrics count by). */
export const RESPONSE_ERROR_CODES: readonly string[] = [...PASS_THROUGH, ErrorCode.INTERNAL_SERVER_ERROR];

const PATH = String.raw`[\w$]+(?:\.\w+|\[\d+\])*`;

/** Rewrites GraphQL's coercion and validation messages so they keep the location and type but lose the value. */
export function redactInputValues(message: string): string {
  let out = message.replace(/\s*Did you mean[\s\S]*$/, '');
  const variable = /^Variable "(\$\w+)" got invalid value /.exec(out);
  if (variable) {
    const paths = [...out.matchAll(new RegExp(` at "(${PATH})"; `, 'g'))];
    const at = paths.length > 0 ? ` at "${paths[paths.length - 1][1]}"` : '';
    const reason = out.slice(out.lastIndexOf('; ') + 2);
    const missing = /^Field "\w+" of required type "[\w![\]]+" was not provided\.$/.exec(reason);
    const notDefined = /^Field "\w+" is not defined by type "\w+"\.$/.exec(reason);
    const enumType = /in "(\w+)" enum/.exec(reason);
    const scalarType = /^(\w+) cannot represent/.exec(reason);
    const detail =
      missing?.[0] ??
      notDefined?.[0] ??
      (enumType ? `Expected a value of ${enumType[1]}.` : scalarType ? `Expected a value of type ${scalarType[1]}.` : 'The value is not valid.');
    return `Variable "${variable[1]}" has an invalid value${at}. ${detail}`;
  }
  // Literal arguments in the document: "Expected value of type "X", found <literal>; <reason quoting it>".
  // The literal may itself hold "; ", so everything after "found" goes.
  out = out.replace(/(Expected value of type "[^"]+"), found [\s\S]*$/, '$1.');
  out = out.replace(/(Enum "\w+" cannot represent non-enum value): [\s\S]*?(?=\.?$)/, '$1');
  out = out.replace(/^Value "[\s\S]*" (does not exist in "\w+" enum\.)$/, 'Value $1');
  out = out.replace(/^(\w+ cannot represent[^:]*): [\s\S]*$/, '$1.');
  // graphql-scalars words some without a colon: "DateTime cannot represent an invalid date-time-string <value>."
  out = out.replace(/^(\w+ cannot represent an invalid [\w-]+) [\s\S]*$/, '$1.');
  // Syntax errors name the token they stopped at: 'found String "…"', 'Unexpected Int "…"'.
  out = out.replace(/^(Syntax Error: [\s\S]*?\b(?:String|BlockString|Int|Float|Name)) "[\s\S]*"(\.?)$/, '$1$2');
  out = out.replace(/^(Syntax Error: Invalid (?:character escape|Unicode escape) sequence): [\s\S]*$/, '$1.');
  return out;
}

/** What a client may learn of an unexpected error. */
export interface MaskedError {
  code: typeof ErrorCode.INTERNAL_SERVER_ERROR | typeof ErrorCode.SERVICE_UNAVAILABLE;
  message: string;
  requestId: string | undefined;
}

/**
 * Classifies an unexpected error (the database down, or a bug) and logs it once with the
 * request id: its kind, driver code and stack frames, never its message (it may quote SQL
 * parameters, that is, what the client sent).
 */
export function maskUnexpected(
  error: unknown,
  logger: Logger,
  requestId: string | undefined,
  where: Record<string, unknown> = {},
): MaskedError & { stack?: string[] } {
  const err = error instanceof Error ? error : new Error(typeof error);
  const unavailable = isDatabaseUnavailable(error);
  const stack = err.stack?.split('\n').slice(1);
  logger.error(
    { requestId, errName: err.name, driverCode: driverCodeOf(error), ...where, stack: stack?.join('\n') },
    unavailable ? 'database unavailable' : 'unexpected error',
  );
  return unavailable
    ? { code: ErrorCode.SERVICE_UNAVAILABLE, message: 'The database is unavailable; try again in a moment', requestId, stack }
    : { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error', requestId, stack };
}

export function createErrorFormatter(logger: Logger, exposeStack: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = String(formatted.extensions?.code ?? (original instanceof GraphQLError ? original.extensions.code : ''));
    if (PASS_THROUGH.has(code)) {
      // Client errors need no stack, and its first line would repeat the unredacted message.
      const extensions: Record<string, unknown> = { ...formatted.extensions, code };
      delete extensions.stacktrace;
      return { ...formatted, message: redactInputValues(formatted.message), extensions };
    }
    const masked = maskUnexpected(original, logger, requestIdOf(error), { path: formatted.path });
    return {
      message: masked.message,
      locations: formatted.locations,
      path: formatted.path,
      // In development only, the stack's frames (not its first line, which is the message).
      extensions: { code: masked.code, requestId: masked.requestId, ...(exposeStack ? { stacktrace: masked.stack } : {}) },
    };
  };
}

/** Marks a request's errors with its id before Apollo formats them (the formatter has no request at hand). */
export const markErrorsWithRequest: RequestPart<{ requestId: string }> = {
  didEncounterErrors({ errors, contextValue }) {
    for (const error of errors) markRequestOf(error, contextValue.requestId);
  },
};

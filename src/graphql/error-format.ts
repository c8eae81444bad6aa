/**
 * Error masking. Clients get a stable `extensions.code` and a message that names what is wrong
 * but never the values they sent (a finder need or an e-mail must not come back in an error,
 * where proxies and client logs would keep it). Unexpected errors become INTERNAL_SERVER_ERROR.
 */
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../shared/errors';
import type { Logger } from '../logger';

/** Codes whose messages are written by us or by GraphQL itself and are safe to return. */
const PASS_THROUGH = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

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
    const detail = missing?.[0] ?? notDefined?.[0] ??
      (enumType ? `Expected a value of ${enumType[1]}.` : scalarType ? `Expected a value of type ${scalarType[1]}.` : 'The value is not valid.');
    return `Variable "${variable[1]}" has an invalid value${at}. ${detail}`;
  }
  // Literal arguments in the document: "Expected value of type "X", found <literal>" and similar.
  out = out.replace(/(Expected value of type "[^"]+"), found [\s\S]*?(?=;|$)/, '$1');
  out = out.replace(/(Enum "\w+" cannot represent non-enum value): [\s\S]*?(?=\.?$)/, '$1');
  out = out.replace(/^(\w+ cannot represent[^:]*): [\s\S]*$/, '$1.');
  return out;
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
    // The message may carry SQL or data: log its kind and stack only, return a generic error.
    const err = original instanceof Error ? original : new Error(String(original));
    logger.error({ errName: err.name, stack: exposeStack ? err.stack?.split('\n').slice(1).join('\n') : undefined, path: formatted.path }, 'unexpected error in a resolver');
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      // In development only, the stack's frames (not its first line, which is the message).
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(exposeStack ? { stacktrace: err.stack?.split('\n').slice(1) } : {}) },
    };
  };
}

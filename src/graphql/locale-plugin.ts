/**
 * A root field's `locale` argument sets the request's locale (else Accept-Language, else
 * English). Read once from the operation before execution, instead of a field middleware,
 * which would wrap every field of every response (a finder plan has thousands).
 */
import { Kind, type OperationDefinitionNode } from 'graphql';
import { LOCALES, type Locale } from '../modules/taxonomy/values';
import type { RequestPart } from './request-parts';

export function localeOfOperation(operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): Locale | null {
  let found: Locale | null = null;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const arg = selection.arguments?.find((a) => a.name.value === 'locale');
    if (!arg) continue;
    const value = arg.value.kind === Kind.ENUM ? arg.value.value : arg.value.kind === Kind.VARIABLE ? variables?.[arg.value.name.value] : undefined;
    if (typeof value === 'string' && (LOCALES as readonly string[]).includes(value)) found = value as Locale;
  }
  return found;
}

export function localePart<TContext extends { locale: Locale }>(): RequestPart<TContext> {
  return {
    didResolveOperation({ operation, request, contextValue }) {
      const locale = operation ? localeOfOperation(operation, request.variables) : null;
      if (locale) contextValue.locale = locale;
    },
  };
}

/**
 * GraphQL over HTTP status codes: with `application/graphql-response+json` a request error
 * (no `data`) is a 4xx; a legacy client that accepts only `application/json` gets 200 for
 * validation, parse and coercion failures, as the spec recommends for that media type.
 */
import type { BaseContext } from '@apollo/server';
import type { RequestPart } from './request-parts';

export function statusCodesPart(): RequestPart<BaseContext> {
  return {
    willSendResponse({ request, response }) {
      if (response.body.kind !== 'single') return;
      const result = response.body.singleResult;
      if (result.data !== undefined || !result.errors?.length || response.http.status !== 400) return;
      const accept = request.http?.headers.get('accept') ?? '';
      const legacyJsonOnly = accept.includes('application/json') && !accept.includes('application/graphql-response+json');
      if (legacyJsonOnly) response.http.status = 200;
    },
  };
}

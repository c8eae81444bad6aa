/** Calls the API over HTTP with the typed documents generated from schema/operations/. */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export interface GraphqlResponse<T> {
  status: number;
  body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[] };
  headers: Headers;
  /** The body exactly as sent (for byte-for-byte comparisons). */
  text: string;
}

export async function gql<TData, TVars extends Record<string, unknown>>(
  url: string,
  document: TypedDocumentNode<TData, TVars>,
  variables?: TVars,
  headers: Record<string, string> = {},
): Promise<GraphqlResponse<TData>> {
  return rawGraphql<TData>(url, { query: print(document), variables }, headers);
}

export async function rawGraphql<TData = Record<string, unknown>>(
  url: string,
  payload: unknown,
  headers: Record<string, string> = {},
): Promise<GraphqlResponse<TData>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
  const text = await res.text();
  let body: GraphqlResponse<TData>['body'];
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: `non-JSON response: ${text.slice(0, 200)}` }] };
  }
  return { status: res.status, body, headers: res.headers, text };
}

/** The codes of a response's errors, for assertions. */
export const errorCodes = (res: GraphqlResponse<unknown>) => (res.body.errors ?? []).map((e) => e.extensions?.code);

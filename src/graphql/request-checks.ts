/**
 * Checks made once per request, after parsing and validation and before any resolver runs:
 * - the operation to run exists (a document with several operations needs a known
 *   `operationName`; the executor has nothing to run otherwise);
 * - no string argument holds a NUL character, wherever it is written (a literal, a variable,
 *   inside an input object or a JSON value): PostgreSQL cannot store one in text and would
 *   answer with an error quoting the bytes around it.
 * Both are the client's mistake: 400, with a stable code and the argument's path, never its value.
 */
import { HeaderMap, type BaseContext } from '@apollo/server';
import { GraphQLError, Kind, visit, type ArgumentNode, type DocumentNode, type ValueNode } from 'graphql';
import { ErrorCode } from '../shared/errors';
import type { RequestPart } from './request-parts';

const badRequest = { status: 400, headers: new HeaderMap() };

/** The path of the first string holding a NUL in a runtime value (a variable's JSON), or null. */
function nulIn(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\0') ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulIn(value[i], `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = nulIn(key, path) ?? nulIn(inner, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/** The same for a value written in the document, following variables into the request's values. */
function nulInNode(node: ValueNode, path: string, variables: Record<string, unknown>): string | null {
  switch (node.kind) {
    case Kind.STRING:
      return node.value.includes('\0') ? path : null;
    case Kind.VARIABLE:
      return nulIn(variables[node.name.value], path);
    case Kind.LIST:
      for (let i = 0; i < node.values.length; i++) {
        const found = nulInNode(node.values[i], `${path}[${i}]`, variables);
        if (found) return found;
      }
      return null;
    case Kind.OBJECT:
      for (const field of node.fields) {
        const found = nulInNode(field.value, `${path}.${field.name.value}`, variables);
        if (found) return found;
      }
      return null;
    default:
      return null;
  }
}

const argumentLists = new WeakMap<DocumentNode, ArgumentNode[]>();

/**
 * Every argument written in a document (fragments carry arguments too; validation has already
 * run), found once per parsed document: Apollo keeps documents between requests, so a repeated
 * operation (or one with no argument, like `{ __typename }`) is not walked again.
 */
function argumentsOf(document: DocumentNode): ArgumentNode[] {
  let found = argumentLists.get(document);
  if (!found) {
    const list: ArgumentNode[] = [];
    visit(document, {
      Argument(arg) {
        list.push(arg);
        return false;
      },
    });
    argumentLists.set(document, (found = list));
  }
  return found;
}

export function requestChecksPart(): RequestPart<BaseContext> {
  return {
    didResolveOperation({ operation, document, request }) {
      if (!operation) {
        throw new GraphQLError('The document has no operation of the requested operationName (one is needed when it holds several)', {
          extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: badRequest },
        });
      }
      const variables = request.variables ?? {};
      let field: string | null = null;
      for (const arg of argumentsOf(document)) field ??= nulInNode(arg.value, arg.name.value, variables);
      if (field) {
        throw new GraphQLError(`${field}: must not contain a NUL character`, {
          extensions: { code: ErrorCode.BAD_USER_INPUT, field, http: badRequest },
        });
      }
    },
  };
}

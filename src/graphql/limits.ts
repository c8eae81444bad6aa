/**
 * Query limits, tuned for this schema: the deepest legitimate operation (a finder plan's
 * options with channels, or organisations with services and their countries) is about 8 levels.
 *
 * graphql-armor's validation rules give depth, alias, directive and cost limits (the error
 * formatter hides field suggestions). Two armor pieces are replaced, because on Apollo Server 5 any error thrown
 * from a plugin hook before parsing becomes a 500 "Internal server error" (and armor's
 * max-tokens plugin re-parses the document in `parsingDidStart`, so even a plain syntax error
 * became a 500):
 * - tokens: graphql-js's own `parse(…, { maxTokens })`, which Apollo reports as GRAPHQL_PARSE_FAILED (400);
 * - characters: an HTTP-layer check before Apollo (see `characterLimitError`), answering 400.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { validate, type DocumentNode, type GraphQLSchema } from 'graphql';

export const LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 5,
  maxTokens: 2000,
  maxCost: 50000,
  maxCharacters: 15000,
} as const;

/** How a query's cost is counted: by the cost limit here, and by the anonymous query budget (query-budget.ts). */
const COST = { objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 } as const;

export function queryLimits() {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, flattenFragments: true, exposeLimits: true },
    // The default exempts `__typename` aliases; count every alias.
    maxAliases: { n: LIMITS.maxAliases, allowList: [], exposeLimits: true },
    maxDirectives: { n: LIMITS.maxDirectives, exposeLimits: true },
    maxTokens: { enabled: false },
    costLimit: { maxCost: LIMITS.maxCost, ...COST, exposeLimits: true },
    // Off here: the error formatter drops every "Did you mean" (error-format.ts, redactInputValues),
    // which spares a plugin call on every request.
    blockFieldSuggestion: { enabled: false },
  });
  const { plugins, validationRules } = armor.protect();
  // Every armor piece used here is a validation rule: a plugin would mean a piece this file did not expect.
  if (plugins.length > 0) throw new Error('graphql-armor returned plugins the GraphQL layer does not install');
  return { validationRules, parseOptions: { maxTokens: LIMITS.maxTokens } };
}

const costs = new WeakMap<DocumentNode, number>();

/**
 * A validated document's cost, as the cost limit counts it (the costliest operation when it
 * defines several). Apollo validates a document only when it first parses it, so the cost is
 * computed again here, once per document (held while the document is).
 */
export function queryCost(schema: GraphQLSchema, document: DocumentNode): number {
  let cost = costs.get(document);
  if (cost === undefined) {
    let highest = 0;
    validate(schema, document, [costLimitRule({ maxCost: Infinity, ...COST, onAccept: [(_ctx, { n }: { n: number }) => (highest = Math.max(highest, n))] })]);
    costs.set(document, (cost = highest));
  }
  return cost;
}

/**
 * A query document longer than the limit is rejected before it is parsed (POST body or GET
 * parameter): the error body to answer with 400, or null when the query is within the limit.
 */
export function characterLimitError(query: unknown, maxCharacters: number = LIMITS.maxCharacters): string | null {
  if (typeof query !== 'string' || query.length <= maxCharacters) return null;
  return JSON.stringify({
    errors: [{ message: `Query exceeds the maximum allowed length of ${maxCharacters} characters`, extensions: { code: 'BAD_REQUEST' } }],
  });
}

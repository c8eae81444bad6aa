/**
 * Query limits with graphql-armor, tuned for this schema: the deepest legitimate operation
 * (a finder plan's options with channels, or a connection of organisations with services and
 * their countries) is about 8 levels deep.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerCharacterLimitPlugin } from '@escape.tech/graphql-armor-character-limit';

export const LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 5,
  maxTokens: 2000,
  maxCost: 10000,
  maxCharacters: 15000,
} as const;

export function queryLimits() {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, flattenFragments: true, exposeLimits: true },
    // The default exempts `__typename` aliases; count every alias.
    maxAliases: { n: LIMITS.maxAliases, allowList: [], exposeLimits: true },
    maxDirectives: { n: LIMITS.maxDirectives, exposeLimits: true },
    maxTokens: { n: LIMITS.maxTokens, exposeLimits: true },
    costLimit: { maxCost: LIMITS.maxCost, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, exposeLimits: true },
    blockFieldSuggestion: { enabled: true },
  });
  const { plugins, validationRules } = armor.protect();
  return {
    plugins: [...plugins, ApolloServerCharacterLimitPlugin({ maxLength: LIMITS.maxCharacters, exposeLimits: true })],
    validationRules,
  };
}

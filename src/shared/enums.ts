/**
 * A list of string values (the single source of a vocabulary, `as const`) as the
 * `{ VALUE: 'VALUE' }` object type-graphql's `registerEnumType` takes, typed value for value.
 */
export const enumOf = <T extends string>(values: readonly T[]): { [K in T]: K } => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

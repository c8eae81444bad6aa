/** The form of the ids PostgreSQL gives rows (`gen_random_uuid()`), checked before a value reaches a `uuid` column. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a UUID in its usual hyphenated form (any case): anything else would make PostgreSQL raise on a `uuid` cast. */
export const isUuid = (value: string): boolean => UUID_PATTERN.test(value);

import type { EntityManager } from 'typeorm';
import type { ZodType } from 'zod';

/** A module's seed files: which files, their schema, and how to upsert them. */
export interface SeedModule<T> {
  name: string;
  /** Matched against the file's path relative to the seeds folder, with forward slashes. */
  pattern: RegExp;
  schema: ZodType<T>;
  /**
   * For files that are not YAML (Markdown pages): every matching file, read together and
   * turned into one value (throws SeedFileError naming the file). YAML modules leave it unset.
   */
  parseFiles?(files: { file: string; text: string }[]): T;
  /** Upserts the file's records; returns how many rows it inserted or changed. */
  apply(manager: EntityManager, data: T, file: string): Promise<number>;
}

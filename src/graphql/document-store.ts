/**
 * Apollo keeps parsed, validated documents in memory by the hash of their text, so a query sent
 * again skips parsing and validation (and, with the executor, runs compiled). A document that
 * writes a finder need into the query text itself, instead of passing it as a variable, would
 * keep that need in memory under a key derived from it: such documents are served, never kept.
 */
import { BREAK, Kind, visit, type DocumentNode } from 'graphql';
import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';

/** Root fields whose arguments describe a defender's situation. */
const SENSITIVE_ARGUMENTS: Readonly<Record<string, readonly string[]>> = { protectionPlan: ['need'] };

/** True when a sensitive argument is given as a literal (wholly or in part) rather than one variable. */
export function writesSensitiveInputInline(document: DocumentNode): boolean {
  let inline = false;
  visit(document, {
    Field(field) {
      const sensitive = SENSITIVE_ARGUMENTS[field.name.value];
      if (!sensitive) return;
      if (field.arguments?.some((arg) => sensitive.includes(arg.name.value) && arg.value.kind !== Kind.VARIABLE)) {
        inline = true;
        return BREAK;
      }
    },
  });
  return inline;
}

export class PrivacyAwareDocumentStore implements KeyValueCache<DocumentNode> {
  private readonly documents = new InMemoryLRUCache<DocumentNode>();

  async get(key: string): Promise<DocumentNode | undefined> {
    return this.documents.get(key);
  }

  async set(key: string, document: DocumentNode): Promise<void> {
    if (writesSensitiveInputInline(document)) return;
    await this.documents.set(key, document);
  }

  async delete(key: string): Promise<boolean> {
    return this.documents.delete(key);
  }

  /** How many documents are kept (for tests). */
  size(): number {
    return this.documents.keys().length;
  }
}

/**
 * Apollo keeps parsed, validated documents in memory by the hash of their text, so a query sent
 * again skips parsing and validation (and, with the executor, runs compiled). A document that
 * writes a finder need into the query text itself, instead of passing it as a variable, would
 * keep that need in memory under a key derived from it: such documents are served, never kept.
 *
 * Bounded by entries and by estimated memory, least recently used first out: every distinct
 * valid document a client sends would otherwise stay (a parsed document takes about 4 times its
 * JSON form on the heap, measured on the committed operations: 26–48 kB each).
 */
import { BREAK, Kind, visit, type DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';

export interface CacheBounds {
  maxEntries: number;
  /** Estimated bytes. */
  maxBytes: number;
}

export const DOCUMENT_STORE_BOUNDS: CacheBounds = { maxEntries: 1000, maxBytes: 32 * 2 ** 20 };

/** Heap taken by a parsed document, estimated from its JSON form (measured ratio 3.3–3.7). */
export const documentBytes = (document: DocumentNode) => 4 * Buffer.byteLength(JSON.stringify(document), 'utf8');

/** Root fields whose arguments describe a defender's situation. */
const SENSITIVE_ARGUMENTS: Readonly<Record<string, readonly string[]>> = { protectionPlan: ['need'] };

const sensitiveInline = new WeakMap<DocumentNode, boolean>();

/** True when a sensitive argument is given as a literal (wholly or in part) rather than one variable. */
export function writesSensitiveInputInline(document: DocumentNode): boolean {
  const known = sensitiveInline.get(document);
  if (known !== undefined) return known;
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
  sensitiveInline.set(document, inline);
  return inline;
}

export class PrivacyAwareDocumentStore implements KeyValueCache<DocumentNode> {
  private readonly documents: LRUCache<string, DocumentNode>;

  constructor(bounds: CacheBounds = DOCUMENT_STORE_BOUNDS) {
    this.documents = new LRUCache({ max: bounds.maxEntries, maxSize: bounds.maxBytes, sizeCalculation: documentBytes });
  }

  async get(key: string): Promise<DocumentNode | undefined> {
    return this.documents.get(key);
  }

  async set(key: string, document: DocumentNode): Promise<void> {
    if (writesSensitiveInputInline(document)) return;
    this.documents.set(key, document);
  }

  async delete(key: string): Promise<boolean> {
    return this.documents.delete(key);
  }

  /** How many documents are kept, and their estimated bytes (for tests and the memory benchmark). */
  size(): number {
    return this.documents.size;
  }

  bytes(): number {
    return this.documents.calculatedSize;
  }
}

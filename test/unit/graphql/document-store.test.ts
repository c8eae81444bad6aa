import { parse } from 'graphql';
import { DOCUMENT_STORE_BOUNDS, documentBytes, PrivacyAwareDocumentStore, writesSensitiveInputInline } from '../../../src/graphql/document-store';

describe('writesSensitiveInputInline', () => {
  it.each([
    ['a need passed as one variable', 'query ($n: ProtectionNeedInput!) { protectionPlan(need: $n) { summary } }', false],
    ['no finder field', '{ countries { nodes { code } } }', false],
    ['a need written inline', '{ protectionPlan(need: { country: "KE", risks: [DEATH_THREAT], urgency: IMMEDIATE }) { summary } }', true],
    ['a need partly inline', 'query ($c: String!) { protectionPlan(need: { country: $c, risks: [DEATH_THREAT], urgency: IMMEDIATE }) { summary } }', true],
    ['inline under an alias', '{ plan: protectionPlan(need: { country: "KE", risks: [DEATH_THREAT], urgency: IMMEDIATE }) { summary } }', true],
    [
      'inline in a fragment',
      'query { ...F } fragment F on Query { protectionPlan(need: { country: "KE", risks: [DEATH_THREAT], urgency: IMMEDIATE }) { summary } }',
      true,
    ],
  ])('%s', (_name, query, expected) => {
    expect(writesSensitiveInputInline(parse(query))).toBe(expected);
  });
});

it('keeps documents, except those that write a finder need inline', async () => {
  const store = new PrivacyAwareDocumentStore();
  const variable = parse('query ($n: ProtectionNeedInput!) { protectionPlan(need: $n) { summary } }');
  const inline = parse('{ protectionPlan(need: { country: "KE", risks: [DEATH_THREAT], urgency: IMMEDIATE }) { summary } }');
  await store.set('a', variable);
  await store.set('b', inline);
  expect(await store.get('a')).toBe(variable);
  expect(await store.get('b')).toBeUndefined();
  expect(store.size()).toBe(1);
  expect(await store.delete('a')).toBe(true);
  expect(store.size()).toBe(0);
});

describe('bounds', () => {
  const doc = (i: number) => parse(`{ a${i}: __typename }`);

  it('keeps at most maxEntries documents, dropping the least recently used', async () => {
    const store = new PrivacyAwareDocumentStore({ maxEntries: 2, maxBytes: 2 ** 20 });
    await store.set('1', doc(1));
    await store.set('2', doc(2));
    await store.get('1'); // 1 is now more recent than 2
    await store.set('3', doc(3));
    expect(store.size()).toBe(2);
    expect(await store.get('2')).toBeUndefined();
    expect(await store.get('1')).toBeDefined();
    expect(await store.get('3')).toBeDefined();
  });

  it('keeps at most maxBytes of estimated memory, dropping the least recently used', async () => {
    const one = documentBytes(doc(1));
    const store = new PrivacyAwareDocumentStore({ maxEntries: 100, maxBytes: 3 * one + 1 });
    for (let i = 1; i <= 5; i++) await store.set(String(i), doc(i));
    expect(store.size()).toBe(3);
    expect(store.bytes()).toBeLessThanOrEqual(3 * one + 1);
    expect(await store.get('1')).toBeUndefined();
    expect(await store.get('2')).toBeUndefined();
    expect(await store.get('5')).toBeDefined();
  });

  it('is bounded by default', () => {
    expect(DOCUMENT_STORE_BOUNDS.maxEntries).toBeGreaterThan(0);
    expect(DOCUMENT_STORE_BOUNDS.maxBytes).toBeGreaterThan(0);
  });
});

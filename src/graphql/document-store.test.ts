import { parse } from 'graphql';
import { PrivacyAwareDocumentStore, writesSensitiveInputInline } from './document-store';

describe('writesSensitiveInputInline', () => {
  it.each([
    ['a need passed as one variable', 'query ($n: ProtectionNeedInput!) { protectionPlan(need: $n) { summary } }', false],
    ['no finder field', '{ countries { nodes { code } } }', false],
    ['a need written inline', '{ protectionPlan(need: { country: "KE", risks: [DEATH_THREAT], urgency: IMMEDIATE }) { summary } }', true],
    ['a need partly inline', 'query ($c: String!) { protectionPlan(need: { country: $c, risks: [DEATH_THREAT], urgency: IMMEDIATE }) { summary } }', true],
    ['inline under an alias', '{ plan: protectionPlan(need: { country: "KE", risks: [DEATH_THREAT], urgency: IMMEDIATE }) { summary } }', true],
    ['inline in a fragment', 'query { ...F } fragment F on Query { protectionPlan(need: { country: "KE", risks: [DEATH_THREAT], urgency: IMMEDIATE }) { summary } }', true],
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

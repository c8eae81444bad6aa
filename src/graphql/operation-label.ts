/**
 * A name for an operation that is safe to record (metrics labels, the access log). The name a
 * client gives its operation may hold anything (a country, an e-mail), so it is used only when
 * it names one of the committed operations (schema/operations/*.graphql); otherwise a document
 * with a single root field is named by that field (`protectionPlan`), and anything else `other`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { LabelIndex, OTHER } from '../shared/metrics';
import { projectRoot } from '../shared/project-root';

/** The names of the operations defined in schema/operations/ (the playground's tabs, the typed client's documents). */
export function committedOperationNames(dir: string = path.join(projectRoot(), 'schema', 'operations')): string[] {
  if (!fs.existsSync(dir)) return [];
  const names: string[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.graphql'))) {
    for (const definition of parse(fs.readFileSync(path.join(dir, file), 'utf8')).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) names.push(definition.name.value);
    }
  }
  return names;
}

function rootFieldNames(schema: GraphQLSchema): string[] {
  const types = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  return ['__typename', '__schema', '__type', ...types.flatMap((t) => (t ? Object.keys(t.getFields()) : []))];
}

export interface OperationLabels {
  /** Every label there can be (a bounded set). */
  index: LabelIndex;
  /** The label's position in `index` for an executed operation. */
  of(operation: OperationDefinitionNode | undefined): number;
}

export function operationLabels(schema: GraphQLSchema, operationNames: readonly string[] = committedOperationNames()): OperationLabels {
  const index = new LabelIndex({ name: 'operation', values: [...new Set([...operationNames, ...rootFieldNames(schema), OTHER])] });
  return {
    index,
    of(operation) {
      if (!operation) return index.other;
      const named = operation.name ? index.of(operation.name.value) : index.other;
      if (named !== index.other) return named;
      const selections = operation.selectionSet.selections;
      return selections.length === 1 && selections[0].kind === Kind.FIELD ? index.of(selections[0].name.value) : index.other;
    },
  };
}

/**
 * Every GraphQL mutation carries an authorization (`@Authorized(...)`) or a rate limit (a
 * `@limit.<name>` decorator from the module's rate limits): an anonymous write with neither is
 * how abuse starts. Reported on the mutation's name so the fix is obvious.
 */
const isCall = (decorator, name) =>
  decorator.expression.type === 'CallExpression' && decorator.expression.callee.type === 'Identifier' && decorator.expression.callee.name === name;

const isRateLimit = (decorator) => {
  const e = decorator.expression.type === 'CallExpression' ? decorator.expression.callee : decorator.expression;
  return e.type === 'MemberExpression' && e.object.type === 'Identifier' && e.object.name === 'limit';
};

export default {
  meta: {
    type: 'problem',
    docs: { description: 'require @Authorized or a @limit.* rate limit on every @Mutation' },
    messages: { unguarded: 'Mutation "{{name}}" needs @Authorized(...) or a @limit.* rate limit.' },
    schema: [],
  },
  create(context) {
    return {
      MethodDefinition(node) {
        const decorators = node.decorators ?? [];
        if (!decorators.some((d) => isCall(d, 'Mutation'))) return;
        if (decorators.some((d) => isCall(d, 'Authorized') || isRateLimit(d))) return;
        const name = node.key.type === 'Identifier' ? node.key.name : '(computed)';
        context.report({ node: node.key, messageId: 'unguarded', data: { name } });
      },
    };
  },
};

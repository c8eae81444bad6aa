/**
 * Counts SQL statements run inside a scope (a request, a test). Used to prove that the
 * number of statements does not grow with the page size.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const scopes = new AsyncLocalStorage<{ count: number }>();

export const statementCounter = {
  increment(): void {
    const scope = scopes.getStore();
    if (scope) scope.count += 1;
  },
  async measure<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
    const scope = { count: 0 };
    const result = await scopes.run(scope, work);
    return { result, statements: scope.count };
  },
};

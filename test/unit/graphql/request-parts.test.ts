/**
 * The GraphQL layer's one plugin: parts run in the order given, a part that refuses the
 * request stops the later parts' checks (the query budget is not spent on a refused request),
 * and one listener serves every request.
 */
import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { requestPartsPlugin, type RequestPart } from '../../../src/graphql/request-parts';
import { markErrorsWithRequest } from '../../../src/graphql/error-format';
import { markRequestOf, requestIdOf } from '../../../src/shared/request-id';
import { GraphQLError } from 'graphql';

type Ctx = BaseContext & { requestId: string };
const start = async (plugin: ApolloServerPlugin<Ctx>) => (await plugin.requestDidStart!({} as never)) as GraphQLRequestListener<Ctx>;

it('runs the parts in order at each stage, awaiting only a part that waits', async () => {
  const calls: string[] = [];
  const part = (name: string, waits = false): RequestPart<Ctx> => ({
    requestDidStart: () => void calls.push(`${name}:start`),
    didResolveOperation: waits
      ? () => new Promise<void>((resolve) => setTimeout(() => resolve(void calls.push(`${name}:resolved`)), 5))
      : () => void calls.push(`${name}:resolved`),
    willSendResponse: () => void calls.push(`${name}:send`),
  });
  const listener = await start(requestPartsPlugin([part('a'), part('b', true), part('c')]));
  await listener.didResolveOperation!({} as never);
  await listener.willSendResponse!({} as never);
  expect(calls).toEqual(['a:start', 'b:start', 'c:start', 'a:resolved', 'b:resolved', 'c:resolved', 'a:send', 'b:send', 'c:send']);
});

it('stops at a part that refuses the request', async () => {
  const later = jest.fn();
  const refuse: RequestPart<Ctx> = {
    didResolveOperation: () => {
      throw new GraphQLError('refused');
    },
  };
  const listener = await start(requestPartsPlugin([refuse, { didResolveOperation: later }]));
  await expect(listener.didResolveOperation!({} as never)).rejects.toThrow('refused');
  expect(later).not.toHaveBeenCalled();
});

it('hands every request the same listener', async () => {
  const plugin = requestPartsPlugin<Ctx>([{ willSendResponse: () => undefined }]);
  expect(await start(plugin)).toBe(await start(plugin));
});

it("marks a request's errors with its id, found again through the error that wraps one", async () => {
  const inner = new Error('inner');
  const wrapped = new GraphQLError('Context creation failed', { originalError: inner });
  expect(requestIdOf(wrapped)).toBeUndefined();
  markRequestOf(inner, 'req-1');
  expect(requestIdOf(wrapped)).toBe('req-1');

  const errors = [new GraphQLError('a'), new GraphQLError('b')];
  markErrorsWithRequest.didEncounterErrors!({ errors, contextValue: { requestId: 'req-2' } } as never);
  expect(errors.map(requestIdOf)).toEqual(['req-2', 'req-2']);
  expect(requestIdOf('not an object')).toBeUndefined();
});

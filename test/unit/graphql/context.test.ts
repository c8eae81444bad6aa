/**
 * The context's loaders are made on first use, also on the copy Apollo makes of the context for
 * each operation (Object.assign onto an object of the same prototype).
 */
import { buildContext, type AppServices } from '../../../src/graphql/context';
import type { Logger } from '../../../src/logger';

function fakeServices() {
  const made = { count: 0 };
  const loader = () => {
    made.count += 1;
    return {};
  };
  const services = {
    countries: { createLoader: loader },
    content: { createLoaders: loader },
    directory: { createLoaders: loader },
    supporters: { createSupportLoader: loader },
    access: { authenticate: async () => null },
  } as unknown as AppServices;
  return { services, made };
}

const asApolloCopies = <T extends object>(object: T): T => Object.assign(Object.create(Object.getPrototypeOf(object) as object) as T, object);

it('makes no loaders until a resolver reads them, on the copy Apollo makes too', async () => {
  const { services, made } = fakeServices();
  const context = await buildContext(services, {} as Logger, { id: 'req-1', acceptLanguage: 'fr', authorization: undefined, ip: '10.0.0.1' });
  const copy = asApolloCopies(context);
  expect(made.count).toBe(0);
  expect(copy).toMatchObject({ locale: 'fr', viewer: null, clientKey: '10.0.0.1', requestId: 'req-1' });
  const loaders = copy.loaders;
  expect(made.count).toBe(4);
  expect(copy.loaders).toBe(loaders);
  expect(made.count).toBe(4);
});

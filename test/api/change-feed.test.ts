/** ChangeFeed: delivered at commit, never on rollback, on PGlite and on PostgreSQL. */
import { startTestServer, type TestServer } from '../helpers/server';

const waitFor = async (predicate: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};
const settle = () => new Promise((r) => setTimeout(r, 150));

describe('ChangeFeed', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('delivers a change published inside a transaction when it commits', async () => {
    const heard: string[] = [];
    const off = server.services.changes.subscribe('directory', (t) => heard.push(t));
    await server.db.transaction(async (m) => {
      await server.services.changes.publish(m, 'directory');
      await settle();
      expect(heard).toEqual([]); // not before commit
    });
    await waitFor(() => heard.length === 1);
    expect(heard).toEqual(['directory']);
    off();
  });

  it('delivers nothing when the transaction rolls back', async () => {
    const heard: string[] = [];
    const off = server.services.changes.subscribe('directory', (t) => heard.push(t));
    await expect(
      server.db.transaction(async (m) => {
        await server.services.changes.publish(m, 'directory');
        throw new Error('editor changed their mind');
      }),
    ).rejects.toThrow('editor changed their mind');
    await settle();
    expect(heard).toEqual([]);
    off();
  });

  it('only calls the listeners of the topic, and stops after unsubscribe', async () => {
    const heard: string[] = [];
    const offCountries = server.services.changes.subscribe('countries', (t) => heard.push(t));
    const offDirectory = server.services.changes.subscribe('directory', (t) => heard.push(t));
    offDirectory();
    await server.db.transaction((m) => server.services.changes.publish(m, 'countries'));
    await server.db.transaction((m) => server.services.changes.publish(m, 'directory'));
    await waitFor(() => heard.length >= 1);
    await settle();
    expect(heard).toEqual(['countries']);
    offCountries();
  });

  it('refuses a topic that is not a short name (the payload is never data)', async () => {
    await expect(server.db.transaction((m) => server.services.changes.publish(m, 'Country BT; risks'))).rejects.toThrow('short lowercase name');
  });
});

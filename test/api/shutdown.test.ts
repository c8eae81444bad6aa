/**
 * Graceful shutdown, made deterministic: a request is held in flight behind a table lock
 * while the server is asked to stop; it must still be answered in full, new connections must
 * be refused, and the database must close only afterwards.
 */
import { startTestServer } from '../helpers/server';

const sleep = (ms: number) => new Promise((res) => setTimeout(res, ms));
const countriesQuery = JSON.stringify({ query: '{ countries(first: 5) { totalCount edges { node { code } } } }' });
const post = (url: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', connection: 'close' }, body: countriesQuery });

it('finishes an in-flight request, refuses new ones, then closes the database', async () => {
  const server = await startTestServer();
  let release!: () => void;
  const gate = new Promise<void>((res) => (release = res));
  const holding = server.db.transaction(async (m) => {
    await m.query('LOCK TABLE country IN ACCESS EXCLUSIVE MODE');
    await gate;
  });
  await sleep(50);
  const inFlight = post(server.url);
  await sleep(300); // the request is parsed and waits for the lock

  const stopping = server.close();
  await sleep(200);
  const late = await post(server.url).then(
    (r) => r.status,
    (err: Error & { cause?: { code?: string } }) => err.cause?.code,
  );
  expect(late).toBe('ECONNREFUSED');
  expect(server.db.dataSource.isInitialized).toBe(true); // still serving the held request

  release();
  await holding;
  const res = await inFlight;
  expect(res.status).toBe(200);
  expect((await res.json()).data.countries.edges).toHaveLength(5);
  await stopping;
  expect(server.db.dataSource.isInitialized).toBe(false);
});

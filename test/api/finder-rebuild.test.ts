/**
 * The finder's read model follows the directory: a committed change rebuilds it (in this
 * replica and, on PostgreSQL, in every other replica through LISTEN/NOTIFY); a rolled-back one
 * does not. The change here is an editor pausing a fund, written as SQL inside a transaction
 * with `changes.publish`, as the directory's mutations do.
 */
import { ProtectionPlanDocument, type ProtectionPlanQueryVariables } from '../generated/graphql';
import { startTestServer, type TestServer } from '../helpers/server';
import { gql } from '../helpers/client';

const FUND = 'urgent-action-fund-rapid-response-grants';
const FUND_KEY = `PROGRAMME:${FUND}/${FUND}`;
const need: ProtectionPlanQueryVariables['need'] = {
  country: 'KE',
  risks: ['GENDER_BASED_VIOLENCE'],
  urgency: 'URGENT',
  profiles: ['WOMAN_DEFENDER'],
};

async function planOf(server: TestServer) {
  const res = await gql(server.url, ProtectionPlanDocument, { need });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.protectionPlan;
}

async function setStatus(server: TestServer, status: 'ACTIVE' | 'PAUSED', commit = true): Promise<void> {
  const work = server.db.transaction(async (m) => {
    await m.query(`UPDATE directory_record SET status = $1 WHERE slug = $2`, [status, FUND]);
    await m.query(`UPDATE directory_offer SET status = $1 WHERE slug = $2`, [status, FUND]);
    await server.services.changes.publish(m, 'directory');
    if (!commit) throw new Error('rolled back on purpose');
  });
  if (commit) await work;
  else await expect(work).rejects.toThrow('rolled back on purpose');
}

async function eventually(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('the plan did not change in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

const offered = async (s: TestServer) => (await planOf(s)).options.some((o) => o.id === FUND_KEY);
const excludedAsNotActive = async (s: TestServer) => (await planOf(s)).excluded.some((e) => e.id === FUND_KEY && e.code === 'NOT_ACTIVE');

describe('one server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('offers the fund, then drops it (NOT_ACTIVE) once an editor pauses it, and offers it again when reactivated', async () => {
    expect(await offered(server)).toBe(true);
    const version = server.services.finder.version;
    await setStatus(server, 'PAUSED');
    await eventually(() => excludedAsNotActive(server));
    expect(await offered(server)).toBe(false);
    expect(server.services.finder.version).toBeGreaterThan(version);
    await setStatus(server, 'ACTIVE');
    await eventually(() => offered(server));
  });

  it('does not rebuild for a rolled-back change', async () => {
    await server.services.finder.settled();
    const version = server.services.finder.version;
    await setStatus(server, 'PAUSED', false);
    await new Promise((r) => setTimeout(r, 300));
    await server.services.finder.settled();
    expect(server.services.finder.version).toBe(version);
    expect(await offered(server)).toBe(true);
  });

  it('rebuilds once for a burst of changes (debounced)', async () => {
    await server.services.finder.settled();
    const version = server.services.finder.version;
    await Promise.all([1, 2, 3, 4, 5].map(() => server.db.transaction((m) => server.services.changes.publish(m, 'directory'))));
    await new Promise((r) => setTimeout(r, 300));
    await server.services.finder.settled();
    expect(server.services.finder.version - version).toBeGreaterThanOrEqual(1);
    expect(server.services.finder.version - version).toBeLessThanOrEqual(2);
  });
});

// Two replicas need a shared database: PostgreSQL (PGlite is one in-process database per server).
const onPostgres = process.env.DATABASE_URL ? describe : describe.skip;
onPostgres('two replicas on one PostgreSQL database', () => {
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    a = await startTestServer();
    b = await startTestServer({}, { databaseUrl: a.databaseUrl });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it("a change committed through one replica changes the other's plan", async () => {
    expect(await offered(b)).toBe(true);
    await setStatus(a, 'PAUSED');
    await eventually(() => excludedAsNotActive(b));
    await setStatus(a, 'ACTIVE');
    await eventually(() => offered(b));
  });

  it('a rolled-back change does not reach the other replica', async () => {
    await b.services.finder.settled();
    const version = b.services.finder.version;
    await setStatus(a, 'PAUSED', false);
    await new Promise((r) => setTimeout(r, 300));
    expect(b.services.finder.version).toBe(version);
    expect(await offered(b)).toBe(true);
  });
});

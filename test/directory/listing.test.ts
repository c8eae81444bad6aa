/**
 * Listing faults of issue 15: state policies by their issuer's systems, nested offers filtered
 * by the parent list's country, and keyset cursors that neither repeat nor skip a record when
 * one is inserted between two pages.
 */
import { type DirectoryQuery, CreateDirectoryRecordDocument, DirectoryDocument, MechanismsForKenyaDocument, StatePoliciesDocument } from '../generated/graphql';
import { startTestServer, type TestServer } from '../helpers/server';
import { errorCodes, gql, rawGraphql } from '../helpers/client';

let server: TestServer;
let editor: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer();
  editor = { authorization: `Bearer ${(await server.services.access.issueToken({ name: 'Listing editor', roles: ['EDITOR'] })).token}` };
});
afterAll(() => server.close());

/** The issuers of the seeded policies that belong to a system, read from the countries themselves. */
async function issuersIn(system: string): Promise<string[]> {
  const rows: { issuer: string }[] = await server.db.read((m) =>
    m.query(
      `SELECT DISTINCT r.issuer FROM directory_record r LEFT JOIN country c ON c.code = r.issuer
       WHERE r.kind = 'STATE_POLICY' AND r.archived_at IS NULL AND (r.issuer = $1 OR $1 = ANY(c.memberships))`,
      [system],
    ),
  );
  return rows.map((r) => r.issuer).sort();
}

describe('statePolicies(system:)', () => {
  it("lists the policies of the system's member states and of the system itself (EU: the EU's and its members')", async () => {
    const expected = await issuersIn('EU');
    expect(expected).toEqual(expect.arrayContaining(['EU', 'DE', 'ES', 'FR', 'NL']));
    const res = await gql(server.url, StatePoliciesDocument, { system: 'EU', first: 100 });
    expect(res.body.errors).toBeUndefined();
    const issuers = [...new Set(res.body.data!.statePolicies.nodes.map((p) => p.issuer))].sort();
    expect(issuers).toEqual(expected);
    expect(issuers).not.toContain('US');
    expect(issuers).not.toContain('NO');
  });

  it('matches UN member states for system UN, and combines with issuer', async () => {
    const un = await gql(server.url, StatePoliciesDocument, { system: 'UN', first: 100 });
    const issuers = un.body.data!.statePolicies.nodes.map((p) => p.issuer);
    expect(issuers).toEqual(expect.arrayContaining(['US', 'NO', 'DE']));
    expect(issuers).not.toContain('EU');
    const one = await gql(server.url, StatePoliciesDocument, { system: 'EU', issuer: 'DE' });
    expect(one.body.data!.statePolicies.nodes.map((p) => p.issuer)).toEqual(expect.arrayContaining(['DE']));
    expect(new Set(one.body.data!.statePolicies.nodes.map((p) => p.issuer))).toEqual(new Set(['DE']));
  });
});

describe("nested offers follow the list's country", () => {
  it("Kenya's mechanism list leaves out CERD's individual complaints (Kenya has not accepted article 14), which the unfiltered list shows", async () => {
    const kenya = await gql(server.url, MechanismsForKenyaDocument, { country: 'KE' });
    expect(kenya.body.errors).toBeUndefined();
    const cerd = kenya.body.data!.mechanisms.nodes.find((m) => m.slug === 'un-cerd');
    // The committee itself is listed (its early warning procedure applies to every state party); only the offer Kenya has not accepted is left out.
    expect(cerd!.procedures.nodes.map((p) => p.slug)).toEqual(['un-cerd-early-warning-urgent-action']);
    const procedures = kenya.body.data!.mechanisms.nodes.flatMap((m) => m.procedures.nodes.map((p) => p.slug));
    expect(procedures).not.toContain('un-cerd-individual-complaint');
    expect(procedures).toContain('un-sr-human-rights-defenders-urgent-appeal');

    const all = await rawGraphql<{ directoryRecord: { procedures: { nodes: { slug: string }[] } } }>(server.url, {
      query: `{ directoryRecord(slug: "un-cerd") { ... on Mechanism { procedures { nodes { slug } } } } }`,
    });
    expect(all.body.data!.directoryRecord.procedures.nodes.map((p) => p.slug)).toContain('un-cerd-individual-complaint');
  });

  it('a nested country argument overrides the list filter; null shows every offer', async () => {
    const query = `query ($inner: String) { mechanisms(country: "KE", first: 100) { nodes { slug
      inherited: procedures { nodes { slug } }
      own: procedures(country: $inner) { nodes { slug } } } } }`;
    type Res = { mechanisms: { nodes: { slug: string; inherited: { nodes: { slug: string }[] }; own: { nodes: { slug: string }[] } }[] } };
    const everything = await rawGraphql<Res>(server.url, { query, variables: { inner: null } });
    expect(everything.body.errors).toBeUndefined();
    const slugs = (key: 'inherited' | 'own') => everything.body.data!.mechanisms.nodes.flatMap((m) => m[key].nodes.map((p) => p.slug));
    expect(slugs('own')).toContain('un-cerd-individual-complaint');
    expect(slugs('inherited')).not.toContain('un-cerd-individual-complaint');
    expect(slugs('own').length).toBeGreaterThan(slugs('inherited').length);

    const bad = await rawGraphql(server.url, { query, variables: { inner: 'Kenya' } });
    expect(errorCodes(bad)).toContain('BAD_USER_INPUT');
    expect(bad.body.errors![0].extensions!.field).toBe('country');
    expect(bad.body.errors![0].message).not.toContain('Kenya');
  });
});

describe('keyset cursors', () => {
  const organizations = async (after: string | null, first: number) => {
    const res = await gql(server.url, DirectoryDocument, { kinds: ['ORGANIZATION'], first, after });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.directory;
  };

  it('a record inserted before the cursor between two pages neither repeats nor skips a record', async () => {
    const before = (await organizations(null, 100)).edges.map((e) => e.node.slug);
    expect(before.length).toBeGreaterThan(10);
    const page1 = await organizations(null, 5);
    expect(page1.pageInfo.hasNextPage).toBe(true);

    // Sorts first among organisations: with offset cursors page 2 would repeat page 1's last record.
    const created = await gql(
      server.url,
      CreateDirectoryRecordDocument,
      {
        input: {
          kind: 'ORGANIZATION',
          record: {
            slug: 'aaa-inserted-between-pages',
            name: { en: 'Inserted between pages' },
            summary: { en: 'An organisation created while a client pages through the list.' },
            languages: ['en'],
            coverage: { global: true },
            contactChannels: [{ kind: 'EMAIL', value: 'inserted@example.org' }],
            services: [
              {
                slug: 'aaa-inserted-grant',
                kind: 'EMERGENCY_GRANT',
                name: { en: 'Grant' },
                description: { en: 'A grant.' },
                risks: ['ARBITRARY_DETENTION'],
                speed: 'DAYS',
              },
            ],
            sources: [{ url: 'https://example.org', title: 'Home', kind: 'OFFICIAL', access: 'LIVE', evidenceOn: '2025-01-15', readOn: '2025-01-15' }],
          },
        },
      },
      editor,
    );
    expect(created.body.errors).toBeUndefined();

    const seen = page1.edges.map((e) => e.node.slug);
    let after = page1.pageInfo.endCursor;
    for (let i = 0; i < 100 && after; i++) {
      const next = await organizations(after, 5);
      seen.push(...next.edges.map((e) => e.node.slug));
      after = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(before);
    expect((await organizations(null, 1)).edges[0].node.slug).toBe('aaa-inserted-between-pages');
  });

  it('pages through search results ranked by relevance without repeats, and totalCount counts every match', async () => {
    const all = (await gql(server.url, DirectoryDocument, { search: 'urgent', first: 100 })).body.data!.directory;
    expect(all.totalCount).toBeGreaterThan(4);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const page: DirectoryQuery['directory'] = (await gql(server.url, DirectoryDocument, { search: 'urgent', first: 3, after })).body.data!.directory;
      expect(page.totalCount).toBe(all.totalCount);
      seen.push(...page.edges.map((e) => e.node.slug));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((e) => e.node.slug));
  });

  it.each([
    ['not base64 of a cursor', 'not-a-cursor'],
    ['an old offset cursor', Buffer.from('offset:4').toString('base64url')],
    ['a cursor of another ordering', Buffer.from('k1:["XX"]').toString('base64url')],
    ['a forged value type', Buffer.from('k1:[0,1,2]').toString('base64url')],
  ])('refuses %s with BAD_USER_INPUT naming after, without echoing it', async (_what, cursor) => {
    const res = await gql(server.url, DirectoryDocument, { first: 2, after: cursor });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.body.errors![0].extensions!.field).toBe('after');
    expect(res.body.errors![0].message).not.toContain(cursor);
  });
});

/**
 * List pages and searches are answered by SQL once, then from memory until the next change
 * (directory.rows.ts): the kept answer is the SQL's, and a change made here or announced by
 * another replica is seen by the next read of the same page.
 */
import { CreateDirectoryRecordDocument, DirectoryDocument, type DirectoryQueryVariables } from '../generated/graphql';
import { pageQuery, toFilter } from '../../src/modules/directory/directory.filter';
import { firstPage } from '../../src/shared/relay';
import { startTestServer, type TestServer } from '../helpers/server';
import { gql } from '../helpers/client';

let server: TestServer;
let editor: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer();
  editor = { authorization: `Bearer ${(await server.services.access.issueToken({ name: 'Directory editor', roles: ['EDITOR'] })).token}` };
});
afterAll(() => server.close());

const read = async (variables: DirectoryQueryVariables) => {
  const response = await gql(server.url, DirectoryDocument, variables);
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.directory;
};
const slugsOf = (page: Awaited<ReturnType<typeof read>>) => page.edges.map((e) => e.node.slug);

/** The page as PostgreSQL ranks it, read directly with the list's statement. */
async function sqlSlugs(search: string, limit: number): Promise<{ slugs: string[]; total: number }> {
  const { sql, params } = pageQuery(toFilter({ search }), firstPage(limit));
  const hits: { total: number; slug: string | null }[] = await server.db.read((m) => m.query(sql, params));
  return { slugs: hits.flatMap((h) => (h.slug ? [h.slug] : [])).slice(0, limit), total: hits[0]?.total ?? 0 };
}

it('answers a repeated search exactly as SQL ranks it, in every language, page after page', async () => {
  for (const search of ['urgent', 'urgence', 'urgente protección', 'defenders -journalists', '"human rights"', 'FLD', 'no-such-word-anywhere']) {
    const first = await read({ search, first: 5 });
    const again = await read({ search, first: 5 });
    expect(again).toEqual(first);
    expect({ slugs: slugsOf(first), total: first.totalCount }).toEqual(await sqlSlugs(search, 5));
    if (first.pageInfo.hasNextPage) {
      const next = await read({ search, first: 5, after: first.pageInfo.endCursor });
      expect(await read({ search, first: 5, after: first.pageInfo.endCursor })).toEqual(next);
      expect([...slugsOf(first), ...slugsOf(next)]).toEqual((await sqlSlugs(search, 10)).slugs);
    }
  }
});

it("reads a page again after this process's change and after another replica's notice", async () => {
  const search = 'Zanzibar lighthouse keepers';
  expect(slugsOf(await read({ search }))).toEqual([]);
  expect(slugsOf(await read({ country: 'KE', first: 100 }))).not.toContain('zanzibar-lighthouse-fund');

  const created = await gql(
    server.url,
    CreateDirectoryRecordDocument,
    {
      input: {
        kind: 'ORGANIZATION',
        record: {
          slug: 'zanzibar-lighthouse-fund',
          name: { en: 'Zanzibar Lighthouse Fund' },
          summary: { en: 'Grants for lighthouse keepers who defend the coast.' },
          languages: ['en'],
          coverage: { global: false, countries: ['KE'] },
          contactChannels: [{ kind: 'EMAIL', value: 'help@example.org' }],
          services: [
            {
              slug: 'zanzibar-lighthouse-grant',
              kind: 'EMERGENCY_GRANT',
              name: { en: 'Keepers grant' },
              description: { en: 'A grant.' },
              coverage: { global: false, countries: ['KE'] },
              speed: 'DAYS',
            },
          ],
          sources: [{ url: 'https://example.org', title: 'About', kind: 'OFFICIAL', access: 'LIVE', evidenceOn: '2025-01-15', readOn: '2025-01-15' }],
        },
      },
    },
    editor,
  );
  expect(created.body.errors).toBeUndefined();
  expect(slugsOf(await read({ search }))).toEqual(['zanzibar-lighthouse-fund']);
  expect(slugsOf(await read({ country: 'KE', first: 100 }))).toContain('zanzibar-lighthouse-fund');

  // Another replica archives it: this process hears only the change feed's notice.
  await server.db.transaction(async (m) => {
    await m.query(`UPDATE directory_record SET archived_at = now() WHERE slug = 'zanzibar-lighthouse-fund'`);
    await server.services.changes.publish(m, 'directory');
  });
  const deadline = Date.now() + 5_000;
  while (slugsOf(await read({ search })).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  expect(slugsOf(await read({ search }))).toEqual([]);
  expect(slugsOf(await read({ country: 'KE', first: 100 }))).not.toContain('zanzibar-lighthouse-fund');
});

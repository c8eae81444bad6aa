/**
 * No N+1: listing 5 or 100 organisations with their services, channels and countries runs the
 * same number of SQL statements. The operation runs through the real schema and resolvers
 * (in process, so the statement counter's scope covers exactly this operation).
 */
import { execute, parse, print } from 'graphql';
import { buildAppSchema } from '../../src/graphql/schema';
import { createLoaders } from '../../src/graphql/context';
import { statementCounter } from '../../src/db/statement-counter';
import { insertRecord } from '../../src/modules/directory/directory.store';
import { toRows } from '../../src/modules/directory/mapping';
import { OrganizationsWithServicesDocument } from '../generated/graphql';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  // Enough organisations for a full page of 100, each with two services, two channels and three countries.
  await server.db.transaction(async (m) => {
    for (let i = 0; i < 110; i++) {
      const slug = `bulk-organisation-${i}`;
      await insertRecord(
        m,
        toRows({
          kind: 'ORGANIZATION',
          seed: {
            slug,
            status: 'ACTIVE',
            name: { en: `Bulk organisation ${i}` },
            summary: { en: 'Generated for the statement-count test.' },
            headquarters: 'KE',
            languages: ['en'],
            coverage: { global: false, systems: [], countries: ['KE', 'UG', 'TZ'], excludeSystems: [], excludeCountries: [] },
            contactChannels: ['EMAIL', 'WEBSITE'].map((kind) => ({
              kind: kind as 'EMAIL',
              value: 'x',
              languages: ['en'],
              available247: false,
              confirmed: true,
            })),
            services: ['LEGAL_AID', 'TRAINING'].map((kind) => ({
              slug: `${slug}-${kind.toLowerCase().replace('_', '-')}`,
              kind: kind as 'LEGAL_AID',
              name: { en: kind },
              description: { en: kind },
              risks: [],
              profiles: [],
              coverage: { global: false, systems: [], countries: ['UG'], excludeSystems: [], excludeCountries: [] },
              eligibility: [],
              speed: 'DAYS',
              requirements: [],
              steps: [],
              caveats: [],
              status: 'ACTIVE',
            })),
            sources: [{ url: 'https://example.org', title: 'Test', kind: 'OFFICIAL', access: 'STORED_COPY', evidenceOn: '2025-01-01', readOn: '2025-01-02' }],
            verifiedOn: '2025-01-01',
          },
        }),
      );
    }
  });
});
afterAll(() => server.close());

async function statementsFor(first: number): Promise<number> {
  const { result, statements } = await statementCounter.measure(() =>
    Promise.resolve(
      execute({
        schema: buildAppSchema(),
        document: parse(print(OrganizationsWithServicesDocument)),
        variableValues: { first },
        contextValue: {
          services: server.services,
          loaders: createLoaders(server.services),
          locale: 'en',
          viewer: null,
          logger: server.logger,
          clientKey: 'test',
        },
      }),
    ),
  );
  expect(result.errors).toBeUndefined();
  const nodes = (
    result.data as {
      organizations: {
        nodes: { services: { totalCount: number; nodes: { record: unknown }[] }; contactChannels: { nodes: unknown[] }; coverage: { countries: unknown[] } }[];
      };
    }
  ).organizations.nodes;
  expect(nodes).toHaveLength(first);
  expect(nodes.every((n) => n.services.nodes.length > 0 && n.services.totalCount === n.services.nodes.length)).toBe(true);
  expect(nodes.some((n) => n.contactChannels.nodes.length > 0 && n.coverage.countries.length > 0)).toBe(true);
  return statements;
}

it('runs the same number of statements for 5 and for 100 organisations with their relations', async () => {
  // The first read loads the directory's rows into memory (records, offers, channels: three statements, once per change).
  const first = await statementsFor(5);
  const seven = await statementsFor(7);
  const hundred = await statementsFor(100);
  expect(first).toBe(seven + 3);
  // The page's ids and sort keys, and the countries; records, services, channels and offers' parents come from memory.
  expect(seven).toBe(2);
  expect(hundred).toBe(seven);
  // A page already read since the last change is known: only the countries remain.
  expect(await statementsFor(100)).toBe(1);
});

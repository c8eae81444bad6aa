/**
 * The directory's coverage (issue 11): full-text search finds each resource the coverage list
 * names, by the words a researcher would type, among the first ten results. A resource the
 * directory does not hold fails here by name.
 */
import { DirectoryDocument } from '../generated/graphql';
import { gql } from '../helpers/client';
import { startTestServer, type TestServer } from '../helpers/server';

/** [what a researcher types, the slug of the record it must find] */
const NAMED: [string, string][] = [
  // UN thematic special procedures that send communications
  ['Special Rapporteur on torture', 'un-sr-torture'],
  ['freedom of opinion and expression', 'un-sr-freedom-of-opinion-and-expression'],
  ['peaceful assembly and of association', 'un-sr-freedom-of-peaceful-assembly-and-association'],
  ['independence of judges and lawyers', 'un-sr-independence-of-judges-and-lawyers'],
  ['violence against women and girls', 'un-sr-violence-against-women-and-girls'],
  ['human rights defenders Special Rapporteur', 'un-special-rapporteur-on-human-rights-defenders'],
  // a country mandate
  ['Special Rapporteur Iran', 'un-special-rapporteur-on-iran'],
  // national protection mechanisms
  ['Unidad Nacional de Protección Colombia', 'colombia-unidad-nacional-de-proteccion'],
  ['Mecanismo de Protección Personas Defensoras Periodistas México', 'mexico-mecanismo-de-proteccion-personas-defensoras-y-periodistas'],
  ['Programa de Proteção aos Defensores Brazil', 'brazil-programa-de-protecao-aos-defensores-de-direitos-humanos'],
  ['Sistema Nacional de Protección Honduras', 'honduras-sistema-nacional-de-proteccion'],
  ['Peru intersectoral mechanism defenders', 'peru-mecanismo-intersectorial-proteccion-personas-defensoras'],
  // journalists' and media helpers
  ['Reporters Without Borders', 'reporters-without-borders-assistance-desk'],
  ['Committee to Protect Journalists', 'committee-to-protect-journalists'],
  ["International Women's Media Foundation", 'international-womens-media-foundation'],
  ['Rory Peck Trust', 'rory-peck-trust'],
  ['Media Defence', 'media-defence'],
  ['Free Press Unlimited', 'free-press-unlimited'],
  // digital security
  ['Access Now', 'access-now'],
  ['Digital Defenders Partnership', 'digital-defenders-partnership'],
  ['Digital First Aid Kit', 'digital-first-aid-kit'],
  // regional networks
  ['DefendDefenders', 'defenddefenders'],
  ['FORUM-ASIA', 'forum-asia'],
  ['Euro-Mediterranean Foundation of Support to Human Rights Defenders', 'euro-mediterranean-foundation-of-support-to-human-rights-defenders'],
  // states' guidelines
  ['Canada Voices at Risk', 'canada-voices-at-risk-guidelines'],
  ['United Kingdom human rights defenders', 'united-kingdom-support-for-human-rights-defenders'],
  ['United States guidelines human rights defenders', 'united-states-guidelines-support-civil-society-hrds'],
  ['Switzerland guidelines', 'switzerland-guidelines-on-human-rights-defenders'],
  ['Norway guidelines', 'norway-guidelines-on-human-rights-defenders'],
  ['Spain human rights defenders', 'spain-support-for-human-rights-defenders-abroad'],
  // relocation, fellowships, funds, awards
  ['Scholar Rescue Fund', 'iie-scholar-rescue-fund'],
  ['Philipp Schwartz Initiative', 'philipp-schwartz-initiative'],
  ['Cara Council for At-Risk Academics', 'cara-fellowship-programme'],
  ['ICORN cities of refuge', 'icorn-cities-of-refuge'],
  ['Urgent Action Fund Africa', 'urgent-action-fund-africa-rapid-response-grants'],
  ['Urgent Action Fund Asia Pacific', 'urgent-action-fund-asia-pacific-rapid-response-grants'],
  ['Urgent Action Fund Latin America', 'fondo-de-accion-urgente-america-latina-caribe'],
  ['Martin Ennals Award', 'martin-ennals-award'],
  ['Front Line Defenders Award', 'front-line-defenders-award-for-hrds-at-risk'],
];

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

it.each(NAMED)('search "%s" finds %s in the first ten', async (search, slug) => {
  const res = await gql(server.url, DirectoryDocument, { search, first: 10 });
  expect(res.body.errors).toBeUndefined();
  const slugs = res.body.data!.directory.edges.map((e) => e.node.slug);
  expect({ search, found: slugs.includes(slug) }).toEqual({ search, found: true });
});

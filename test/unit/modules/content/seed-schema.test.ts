import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ContentSeedError, readPageSeeds, splitFrontMatter, type SeedTextFile } from '../../../../src/modules/content/markdown';
import { campaignsSeedFile } from '../../../../src/modules/content/seed-schema';

const seedDir = join(__dirname, '..', '..', '..', '..', 'seeds', 'content');
const pageDir = join(seedDir, 'pages');

function pageFiles(): SeedTextFile[] {
  return readdirSync(pageDir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => ({ path: join(pageDir, name), text: readFileSync(join(pageDir, name), 'utf8') }));
}

const english = (extra = '') => `---
slug: about
kind: ABOUT
status: PUBLISHED
publishedOn: 2026-11-21
title: About
sources:
  - title: A document without a URL
verifiedOn: 2026-11-21
${extra}---
Body text.
`;

describe('content seeds in seeds/content', () => {
  const pages = readPageSeeds(pageFiles());
  const { campaigns } = campaignsSeedFile.parse(parseYaml(readFileSync(join(seedDir, 'campaigns.yaml'), 'utf8')));

  it('has the four campaign pages, each in English, French and Spanish', () => {
    expect(pages.map((p) => p.kind).sort()).toEqual(['ABOUT', 'TAKE_ACTION', 'WHO_IS_A_DEFENDER', 'WHY_PROTECTION']);
    for (const page of pages) {
      for (const field of [page.title, page.body, page.summary!]) expect(Object.keys(field).sort()).toEqual(['en', 'es', 'fr']);
    }
  });

  it('links pages only to campaigns that exist', () => {
    const slugs = new Set(campaigns.map((c) => c.slug));
    for (const page of pages) if (page.campaign) expect(slugs).toContain(page.campaign);
  });

  it('seeds the global call with its two demands, no invented goal and no invented URL', () => {
    const call = campaigns.find((c) => c.slug === 'global-call-to-protect-defenders');
    expect(call?.demands.map((d) => d.slug)).toEqual(['celebrate-and-protect', 'stop-attacks-and-stigma']);
    expect(call?.signatureGoal).toBeUndefined();
    for (const record of [...campaigns, ...pages]) {
      expect(record.verifiedOn).toBe('2026-11-21');
      for (const source of record.sources) expect(source.url).toBeUndefined();
    }
  });

  it('uses the same locales for every localized campaign text', () => {
    const call = campaigns[0];
    const texts = [
      call.title,
      call.summary,
      call.callToAction,
      call.addressees,
      call.handOver,
      ...call.demands.map((d) => d.text),
      ...call.defenderKinds.map((k) => k.label),
      ...call.attackKinds.map((k) => k.label),
    ];
    for (const text of texts) expect(Object.keys(text).sort()).toEqual(['en', 'es', 'fr']);
  });
});

describe('readPageSeeds', () => {
  it('assembles a page from its English file and translations, keeping the Markdown', () => {
    const [page] = readPageSeeds([
      { path: 'pages/about.md', text: english() },
      { path: 'pages/about.fr.md', text: '---\ntitle: À propos\n---\n\nTexte **gras**.\n' },
    ]);
    expect(page.title).toEqual({ en: 'About', fr: 'À propos' });
    expect(page.body).toEqual({ en: 'Body text.\n', fr: 'Texte **gras**.\n' });
    expect(page.sources).toEqual([{ title: 'A document without a URL' }]);
    expect(page.order).toBe(0);
  });

  it('names the file and the field when the front matter is wrong', () => {
    const bad = english().replace('kind: ABOUT', 'kind: BLOG');
    expect(() => readPageSeeds([{ path: 'pages/about.md', text: bad }])).toThrow(/^pages\/about\.md: kind: /);
  });

  it('requires a publication date on published pages and a source on every page', () => {
    const undated = english().replace('publishedOn: 2026-11-21\n', '');
    expect(() => readPageSeeds([{ path: 'about.md', text: undated }])).toThrow(/publishedOn: a PUBLISHED record needs publishedOn/);
    const unsourced = english().replace(/sources:\n {2}- title: .*\n/, 'sources: []\n');
    expect(() => readPageSeeds([{ path: 'about.md', text: unsourced }])).toThrow(/sources: every record needs at least one source/);
  });

  it('rejects a slug that differs from the file name, an orphan translation and unknown fields', () => {
    expect(() => readPageSeeds([{ path: 'other.md', text: english() }])).toThrow(ContentSeedError);
    expect(() => readPageSeeds([{ path: 'about.es.md', text: '---\ntitle: Acerca\n---\nTexto.\n' }])).toThrow(/translation without an English page/);
    expect(() => readPageSeeds([{ path: 'about.md', text: english('author: someone\n') }])).toThrow(/author|unrecognized/i);
  });

  it('rejects an invented-looking URL that is not http(s), and a file without front matter', () => {
    const ftp = english().replace('  - title: A document without a URL', '  - title: Doc\n    url: ftp://example.org/doc');
    expect(() => readPageSeeds([{ path: 'about.md', text: ftp }])).toThrow(/sources\.0\.url/);
    expect(() => splitFrontMatter({ path: 'x.md', text: '# Just Markdown' })).toThrow(/x\.md: must start with YAML front matter/);
  });
});

describe('campaignsSeedFile', () => {
  const base = {
    slug: 'c',
    title: { en: 'T' },
    summary: { en: 'S' },
    callToAction: { en: 'Sign' },
    addressees: { en: 'Governments' },
    demands: [{ slug: 'd', text: { en: 'D' } }],
    handOver: { en: 'Counts only' },
    sources: [{ title: 'Doc' }],
    verifiedOn: '2026-11-21',
  };

  it('accepts a minimal draft campaign and defaults it to DRAFT', () => {
    expect(campaignsSeedFile.parse({ campaigns: [base] }).campaigns[0].status).toBe('DRAFT');
  });

  it('rejects an end before the start, duplicate demand slugs and a campaign without demands', () => {
    expect(() => campaignsSeedFile.parse({ campaigns: [{ ...base, startsOn: '2026-12-01', endsOn: '2026-11-01' }] })).toThrow(/endsOn is before startsOn/);
    const duplicated = campaignsSeedFile.safeParse({ campaigns: [{ ...base, demands: [base.demands[0], base.demands[0]] }] });
    expect(duplicated.error?.issues).toEqual([expect.objectContaining({ path: ['campaigns', 0, 'demands', 1, 'slug'], message: 'duplicate slug "d"' })]);
    expect(() => campaignsSeedFile.parse({ campaigns: [{ ...base, demands: [] }] })).toThrow();
  });
});

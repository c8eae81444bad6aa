/**
 * Reading page seeds written as Markdown with YAML front matter. Pure: takes file names and
 * texts, returns validated pages, so the database seeder only has to read the folder.
 *
 * Layout: `about.md` holds the English page and everything about it in its front matter;
 * `about.fr.md`, `about.es.md` hold translations (title, summary and body only).
 * Bodies are kept as Markdown; rendering is left to clients.
 */
import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { LOCALES } from '../taxonomy/values';
import { pageFrontMatter, pageSeed, pageTranslationFrontMatter, type PageSeed } from './seed-schema';

export interface SeedTextFile {
  /** Used in error messages and to read the slug and locale; only the base name matters. */
  path: string;
  text: string;
}

/** A seed file that is not valid; the message names the file, the place in it and the problem. */
export class ContentSeedError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'ContentSeedError';
  }
}

function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`);
}

/** Splits `---\n<yaml>\n---\n<markdown>`; the body keeps its text exactly, minus leading blank lines. */
export function splitFrontMatter(file: SeedTextFile): { data: unknown; body: string } {
  const text = file.text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new ContentSeedError(file.path, ['must start with YAML front matter between "---" lines']);
  let data: unknown;
  try {
    data = parseYaml(match[1]);
  } catch (error) {
    throw new ContentSeedError(file.path, [`front matter is not valid YAML: ${(error as Error).message}`]);
  }
  return { data, body: match[2].replace(/^\n+/, '').trimEnd() + '\n' };
}

/** `about.md` → { slug: 'about', locale: 'en' }; `about.fr.md` → { slug: 'about', locale: 'fr' }. */
function nameParts(path: string): { slug: string; locale: string } | null {
  const match = /^([a-z0-9-]+)(?:\.([a-z]{2}))?\.md$/.exec(basename(path));
  return match ? { slug: match[1], locale: match[2] ?? 'en' } : null;
}

/** Validates and assembles every page from its Markdown files; throws on the first bad file. */
export function readPageSeeds(files: SeedTextFile[]): PageSeed[] {
  const english = new Map<string, { file: string; data: z.infer<typeof pageFrontMatter>; body: string }>();
  const translations: Array<{ file: string; slug: string; locale: string; data: z.infer<typeof pageTranslationFrontMatter>; body: string }> = [];

  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const parts = nameParts(file.path);
    if (!parts) throw new ContentSeedError(file.path, ['file name must be <slug>.md or <slug>.<locale>.md']);
    if (!(LOCALES as readonly string[]).includes(parts.locale)) {
      throw new ContentSeedError(file.path, [`unsupported locale "${parts.locale}" (expected one of ${LOCALES.join(', ')})`]);
    }
    const { data, body } = splitFrontMatter(file);
    if (body.trim() === '') throw new ContentSeedError(file.path, ['body: the Markdown body is empty']);

    if (parts.locale === 'en') {
      const parsed = pageFrontMatter.safeParse(data);
      if (!parsed.success) throw new ContentSeedError(file.path, describeIssues(parsed.error));
      if (parsed.data.slug !== parts.slug) {
        throw new ContentSeedError(file.path, [`slug: "${parsed.data.slug}" does not match the file name "${parts.slug}"`]);
      }
      english.set(parts.slug, { file: file.path, data: parsed.data, body });
    } else {
      const parsed = pageTranslationFrontMatter.safeParse(data);
      if (!parsed.success) throw new ContentSeedError(file.path, describeIssues(parsed.error));
      translations.push({ file: file.path, ...parts, data: parsed.data, body });
    }
  }

  const pages = new Map<string, PageSeed>();
  for (const [slug, { data, body }] of english) {
    const { title, summary, ...meta } = data;
    pages.set(slug, { ...meta, title: { en: title }, summary: summary ? { en: summary } : undefined, body: { en: body } });
  }
  for (const t of translations) {
    const page = pages.get(t.slug);
    if (!page) throw new ContentSeedError(t.file, [`translation without an English page ${t.slug}.md`]);
    page.title[t.locale] = t.data.title;
    page.body[t.locale] = t.body;
    if (t.data.summary) {
      if (!page.summary) throw new ContentSeedError(t.file, ['summary: the English page has no summary to translate']);
      page.summary[t.locale] = t.data.summary;
    }
  }

  // A final pass through the assembled schema keeps its rules the single source of truth.
  return [...pages.values()].map((page) => {
    const parsed = pageSeed.safeParse(page);
    if (!parsed.success) throw new ContentSeedError(english.get(page.slug)!.file, describeIssues(parsed.error));
    return parsed.data;
  });
}

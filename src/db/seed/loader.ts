/**
 * Seed loader: reads every file under `seeds/`, validates each against its module's schema,
 * and only then writes, all in one transaction — a bad file changes nothing. Errors name the
 * file, the path inside it, the line, and the problem.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { Database } from '../database';
import type { SeedModule } from './types';

export class SeedFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: { path: string; line?: number; message: string }[],
  ) {
    super(`Seed file ${file} is invalid:\n` + problems.map((p) => `  - ${p.path || '(root)'}${p.line ? ` (line ${p.line})` : ''}: ${p.message}`).join('\n'));
    this.name = 'SeedFileError';
  }
}

interface ParsedSeed {
  module: SeedModule<unknown>;
  file: string;
  data: unknown;
}

/** Every file under `dir`, as sorted paths relative to it with forward slashes. */
function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const walk = (d: string): string[] =>
    fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
  return walk(dir)
    .map((f) => path.relative(dir, f).split(path.sep).join('/'))
    .sort();
}

const formatPath = (p: readonly PropertyKey[]) =>
  p.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');

/** Parses and validates one file's text; throws SeedFileError with file, path and line. */
export function parseSeedFile<T>(module: SeedModule<T>, file: string, text: string): T {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new SeedFileError(
      file,
      doc.errors.map((e) => ({ path: '', line: lineCounter.linePos(e.pos[0]).line, message: e.message.split('\n')[0] })),
    );
  }
  const result = module.schema.safeParse(doc.toJS());
  if (result.success) return result.data;
  throw new SeedFileError(
    file,
    result.error.issues.map((issue) => {
      // Point at the deepest node that exists, so a missing key reports its parent's line.
      let line: number | undefined;
      for (let n = issue.path.length; n >= 0 && line === undefined; n--) {
        const node = doc.getIn(issue.path.slice(0, n) as unknown[], true);
        if (isNode(node) && node.range) line = lineCounter.linePos(node.range[0]).line;
      }
      return { path: formatPath(issue.path), line, message: issue.message };
    }),
  );
}

/** Reads and validates every seed file; throws on the first invalid file, before any write. */
export function readSeeds(seedsDir: string, modules: SeedModule<unknown>[]): ParsedSeed[] {
  const parsed: ParsedSeed[] = [];
  const grouped = new Map<SeedModule<unknown>, { file: string; text: string }[]>();
  for (const file of listFiles(seedsDir)) {
    // Modules with `parseFiles` (Markdown) read all their files together, after the YAML ones.
    const grouping = modules.find((m) => m.parseFiles && m.pattern.test(file));
    if (grouping) {
      const group = grouped.get(grouping) ?? [];
      group.push({ file: `seeds/${file}`, text: fs.readFileSync(path.join(seedsDir, file), 'utf8') });
      grouped.set(grouping, group);
      continue;
    }
    if (!/\.ya?ml$/.test(file)) continue;
    const module = modules.find((m) => !m.parseFiles && m.pattern.test(file));
    if (!module) continue;
    const text = fs.readFileSync(path.join(seedsDir, file), 'utf8');
    parsed.push({ module, file, data: parseSeedFile(module, `seeds/${file}`, text) });
  }
  for (const [module, files] of grouped) {
    parsed.push({ module, file: path.posix.dirname(files[0].file.slice('seeds/'.length)), data: module.parseFiles!(files) });
  }
  return parsed;
}

export interface SeedReport {
  files: number;
  changed: number;
}

/** Validates all seed files, then applies them in module order within one transaction. */
export async function loadSeeds(db: Database, seedsDir: string, modules: SeedModule<unknown>[]): Promise<SeedReport> {
  const parsed = readSeeds(seedsDir, modules);
  const ordered = modules.flatMap((m) => parsed.filter((p) => p.module === m));
  const changed = await db.transaction(async (manager) => {
    let total = 0;
    for (const p of ordered) total += await p.module.apply(manager, p.data, p.file);
    return total;
  });
  return { files: parsed.length, changed };
}

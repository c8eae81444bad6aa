#!/usr/bin/env node
/**
 * Import cycles between the TypeScript files under a folder (default `src`), type-only imports
 * included: `import`, `import type`, `export … from`, `import("…")` types and calls, `require`.
 * Only relative specifiers are followed (packages cannot be part of a cycle of ours).
 *
 *   node scripts/import-cycles.mjs [folder] [--allow <folder>/]…
 *
 * Prints each strongly connected group of files, then its elementary cycles (at most 50 per
 * group). A cycle whose files all lie under one `--allow` folder is listed as allowed. Exits 1
 * when a cycle is not allowed. (madge --circular finds the same cycles; it is not a dependency.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const ts = require('typescript');

const args = process.argv.slice(2);
const allowed = [];
let rootArg = 'src';
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--allow') allowed.push(args[++i].replace(/\/?$/, '/'));
  else rootArg = args[i];
}
const cwd = process.cwd();
const root = path.resolve(cwd, rootArg);
const rel = (f) => path.relative(cwd, f).split(path.sep).join('/');

function listFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) out.push(...listFiles(p));
    } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

function resolveSpecifier(from, spec) {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec.replace(/\.js$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function specifiersOf(file) {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const specs = [];
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      specs.push(node.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const e = node.moduleReference.expression;
      if (ts.isStringLiteral(e)) specs.push(e.text);
    } else if (ts.isImportTypeNode(node)) {
      const lit = node.argument;
      if (ts.isLiteralTypeNode(lit) && ts.isStringLiteral(lit.literal)) specs.push(lit.literal.text);
    } else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) specs.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specs;
}

const files = listFiles(root).sort();
const graph = new Map();
for (const f of files) {
  const targets = new Set();
  for (const spec of specifiersOf(f)) {
    const target = resolveSpecifier(f, spec);
    if (target && target !== f) targets.add(target);
  }
  graph.set(f, [...targets].sort());
}

// Tarjan's strongly connected components.
let index = 0;
const indexOf = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const groups = [];
function strongConnect(v) {
  indexOf.set(v, index);
  low.set(v, index);
  index++;
  stack.push(v);
  onStack.add(v);
  for (const w of graph.get(v) ?? []) {
    if (!indexOf.has(w)) {
      strongConnect(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), indexOf.get(w)));
  }
  if (low.get(v) === indexOf.get(v)) {
    const group = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1) groups.push(group.sort());
  }
}
for (const f of files) if (!indexOf.has(f)) strongConnect(f);

/** Elementary cycles of one group, each starting at its smallest file (Johnson-like, capped). */
function cyclesOf(group, cap) {
  const members = new Set(group);
  const cycles = [];
  for (let s = 0; s < group.length && cycles.length < cap; s++) {
    const start = group[s];
    const allowedNodes = new Set(group.slice(s));
    const pathNow = [start];
    const inPath = new Set([start]);
    const walk = (v) => {
      for (const w of graph.get(v) ?? []) {
        if (cycles.length >= cap || !members.has(w) || !allowedNodes.has(w)) continue;
        if (w === start) cycles.push([...pathNow]);
        else if (!inPath.has(w)) {
          pathNow.push(w);
          inPath.add(w);
          walk(w);
          pathNow.pop();
          inPath.delete(w);
        }
      }
    };
    walk(start);
  }
  return cycles;
}

const isAllowed = (cycle) => allowed.some((dir) => cycle.every((f) => rel(f).startsWith(dir)));
const CAP = 50;
let bad = 0;
let total = 0;
for (const group of groups) {
  const cycles = cyclesOf(group, CAP);
  const groupAllowed = cycles.every(isAllowed);
  console.log(`\n${groupAllowed ? 'allowed ' : ''}group of ${group.length} files:`);
  for (const f of group) console.log(`  ${rel(f)}`);
  console.log(`  cycles${cycles.length >= CAP ? ` (first ${CAP})` : ''}:`);
  for (const c of cycles) {
    total++;
    const ok = isAllowed(c);
    if (!ok) bad++;
    console.log(`  ${ok ? '  (allowed) ' : '  '}${[...c, c[0]].map(rel).join(' -> ')}`);
  }
}
console.log(`\n${files.length} files, ${groups.length} groups of files in cycles, ${total} cycles listed, ${bad} not allowed${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}.`);
process.exit(bad > 0 ? 1 : 0);

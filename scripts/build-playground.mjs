#!/usr/bin/env node
/**
 * Bundles the GraphiQL playground (src/http/playground/entry.jsx, the `graphiql` package,
 * Monaco and React) into src/http/playground/assets/, served by the API itself:
 * playground.{js,css} and Monaco's three web workers (editor, json, graphql), each a
 * self-contained script that the page starts from this same folder.
 *
 * Privacy check: the playground must load nothing from another host. The bundle still
 * contains absolute URLs (licence headers, links in docs, spec references), but none may be
 * something the browser fetches by itself: the stylesheet may not reference any remote
 * url() or @import, no script may name a known CDN / font / analytics host, and the only
 * workers the page starts are the ones bundled here (no blob: or remote worker, no
 * importScripts). The build fails otherwise, and lists every remaining absolute URL for
 * review with --urls.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'src/http/playground/entry.jsx');
const outdir = path.join(root, 'src/http/playground/assets');

/** Monaco's workers, by the file name entry.jsx starts them from (keep the two in step). */
const WORKERS = {
  'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
  'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
  'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
};

fs.rmSync(outdir, { recursive: true, force: true });
fs.mkdirSync(outdir, { recursive: true });

const common = {
  absWorkingDir: root,
  outdir,
  bundle: true,
  minify: true,
  // One file per entry: no code-split chunks loaded at run time (dynamic imports are inlined).
  format: 'iife',
  platform: 'browser',
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  sourcemap: false,
  legalComments: 'eof',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
};

await esbuild.build({
  ...common,
  entryPoints: { playground: entry },
  jsx: 'automatic',
  // Fonts (Monaco's codicons) and images referenced from CSS are inlined, never fetched from elsewhere.
  loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl', '.png': 'dataurl' },
});
await esbuild.build({ ...common, entryPoints: WORKERS });

const read = (file) => fs.readFileSync(path.join(outdir, file), 'utf8');
const css = read('playground.css');
const scripts = ['playground.js', ...Object.keys(WORKERS).map((name) => `${name}.js`)];
const expected = new Set(['playground.css', ...scripts]);
const unexpected = fs.readdirSync(outdir).filter((f) => !expected.has(f));

const problems = unexpected.map((f) => `${f}: an unexpected output file (a chunk or asset the page would fetch)`);
for (const m of css.matchAll(/url\(\s*['"]?([^'")]+)/g)) {
  if (!m[1].startsWith('data:')) problems.push(`playground.css: url(${m[1].slice(0, 80)})`);
}
for (const m of css.matchAll(/@import[^;]*/g)) problems.push(`playground.css: ${m[0].slice(0, 120)}`);
const fetchedHosts =
  /\/\/(?:[a-z0-9-]+\.)*(?:googleapis|gstatic|jsdelivr|unpkg|cdnjs|cloudflare|esm\.sh|skypack|google-analytics|googletagmanager|segment|sentry|mixpanel|apollographql|graphql\.org\/graphiql)\b/i;
const urls = new Set();
for (const file of scripts) {
  const js = read(file);
  for (const m of js.matchAll(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'`)<>\\]*/gi)) {
    urls.add(m[0]);
    if (fetchedHosts.test(m[0])) problems.push(`${file}: ${m[0]}`);
  }
  // Workers: only the page starts them, from the bundled files beside it (entry.jsx's
  // `new window.Worker(new URL("<name>.js", <assets base>))`). Monaco keeps two fallbacks, for pages
  // that set no MonacoEnvironment.getWorker: a getWorkerUrl worker, and a blob: worker whose
  // bootstrap calls importScripts. The entry sets getWorker, so they are never reached (and the
  // CSP's worker-src 'self' would refuse a blob: worker); any other worker start fails the build.
  const monacoFallback = /new Worker\(\w+\?\w+\.createScriptURL\(/g;
  const monacoBootstrap = /importScripts\(ttPolicy\?\.createScriptURL\(/g;
  const setsGetWorker = /MonacoEnvironment=\{getWorker:/.test(js);
  const starts = [...js.replace(monacoFallback, '').matchAll(/new (?:[\w$]+\.)?(?:Shared)?Worker\(([^)]{0,120})/g)].map((m) => m[1]);
  const imports = js.replace(monacoBootstrap, '').match(/\bimportScripts\(/g) ?? [];
  if (imports.length > 0) problems.push(`${file}: calls importScripts (a worker loading more code)`);
  if (file !== 'playground.js') {
    if (starts.length > 0 || monacoFallback.test(js)) problems.push(`${file}: a worker starts another worker`);
    continue;
  }
  if (!setsGetWorker) problems.push('playground.js: does not set MonacoEnvironment.getWorker (Monaco would start blob: or remote workers)');
  if ((js.match(monacoFallback) ?? []).length > 2) problems.push("playground.js: more worker starts than Monaco's two fallbacks");
  for (const arg of starts) if (!/^new URL\(/.test(arg)) problems.push(`playground.js: starts a worker from ${arg.slice(0, 60)}; only bundled workers may run`);
  for (const name of Object.keys(WORKERS)) if (!js.includes(`"${name}.js"`)) problems.push(`playground.js: never starts ${name}.js`);
}

if (process.argv.includes('--urls')) for (const url of [...urls].sort()) console.log(url);

if (problems.length > 0) {
  console.error(`build-playground: the bundle may load resources from other hosts:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const kb = (file) => `${file} ${(fs.statSync(path.join(outdir, file)).size / 1024).toFixed(0)} KiB`;
console.log(`build-playground: ${path.relative(root, outdir)}/ ${[...expected].map(kb).join(', ')}`);

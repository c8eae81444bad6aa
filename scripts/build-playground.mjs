#!/usr/bin/env node
/**
 * Bundles the GraphiQL playground (src/http/playground/entry.jsx, the `graphiql` package and
 * React) into src/http/playground/assets/playground.{js,css}, served by the API itself.
 *
 * Privacy check: the playground must load nothing from another host. The bundle still
 * contains absolute URLs (licence headers, links in docs, spec references), but none may be
 * something the browser fetches by itself: the stylesheet may not reference any remote
 * url() or @import, and the script may not name a known CDN / font / analytics host. The
 * build fails otherwise, and lists every remaining absolute URL for review with --urls.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'src/http/playground/entry.jsx');
const outdir = path.join(root, 'src/http/playground/assets');

fs.rmSync(outdir, { recursive: true, force: true });
fs.mkdirSync(outdir, { recursive: true });

await esbuild.build({
  absWorkingDir: root,
  entryPoints: { playground: entry },
  outdir,
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  jsx: 'automatic',
  sourcemap: false,
  legalComments: 'eof',
  define: { 'process.env.NODE_ENV': '"production"' },
  // Fonts and images referenced from CSS are inlined, never fetched from elsewhere.
  loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl', '.png': 'dataurl' },
  logLevel: 'warning',
});

const js = fs.readFileSync(path.join(outdir, 'playground.js'), 'utf8');
const css = fs.readFileSync(path.join(outdir, 'playground.css'), 'utf8');

const problems = [];
for (const m of css.matchAll(/url\(\s*['"]?([^'")]+)/g)) {
  if (!m[1].startsWith('data:')) problems.push(`playground.css: url(${m[1].slice(0, 80)})`);
}
for (const m of css.matchAll(/@import[^;]*/g)) problems.push(`playground.css: ${m[0].slice(0, 120)}`);
const fetchedHosts =
  /\/\/(?:[a-z0-9-]+\.)*(?:googleapis|gstatic|jsdelivr|unpkg|cdnjs|cloudflare|esm\.sh|skypack|google-analytics|googletagmanager|segment|sentry|mixpanel|apollographql|graphql\.org\/graphiql)\b/i;
const urls = [...new Set([...js.matchAll(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'`)<>\\]*/gi)].map((m) => m[0]))];
for (const url of urls) if (fetchedHosts.test(url)) problems.push(`playground.js: ${url}`);
if (/importScripts\(|new (?:Shared)?Worker\(/.test(js)) problems.push('playground.js: starts a worker; check where it is loaded from');

if (process.argv.includes('--urls')) for (const url of urls.sort()) console.log(url);

if (problems.length > 0) {
  console.error(`build-playground: the bundle may load resources from other hosts:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const kb = (s) => `${(Buffer.byteLength(s) / 1024).toFixed(0)} KiB`;
console.log(`build-playground: ${path.relative(root, outdir)}/playground.js ${kb(js)}, playground.css ${kb(css)}`);

/** The Node.js lines we claim (package.json engines) are ones every locked dependency runs on, and the ones the image and CI use. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';

const root = join(__dirname, '../..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const engines: string = JSON.parse(read('package.json')).engines.node;

it('supports only Node.js versions that every locked dependency accepts', () => {
  const packages: Record<string, { engines?: { node?: string } | string[] }> = JSON.parse(read('package-lock.json')).packages;
  const refusing = Object.entries(packages)
    .map(([path, pkg]) => [path, Array.isArray(pkg.engines) ? undefined : pkg.engines?.node] as const)
    .filter(([path, node]) => path && node && !semver.subset(engines, node))
    .map(([path, node]) => `${path.replace(/^.*node_modules\//, '')} needs ${node}`);
  expect(refusing).toEqual([]);
});

it('builds the Docker image on a supported Node.js line', () => {
  const majors = [...read('Dockerfile').matchAll(/^FROM node:(\d+)/gm)].map((m) => m[1]);
  expect(majors.length).toBeGreaterThan(0);
  for (const major of majors) expect(semver.intersects(`${major}.x`, engines)).toBe(true);
});

it('runs CI on a supported Node.js version', () => {
  const pinned = /^NODE_LTS_VERSION=(\S+)$/m.exec(read('.ci/run'))?.[1];
  expect(pinned && semver.satisfies(pinned, engines)).toBe(true);
});

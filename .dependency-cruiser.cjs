/**
 * The layering rules of src/ (docs/architecture.md explains them). `npm run lint` runs this;
 * type-only imports count, because a cycle of types is still a cycle a reader must untangle.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'No file may import (even a type from) a file that imports it back, directly or through others.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'shared-and-db-import-no-module',
      severity: 'error',
      comment: 'src/shared and src/db are the foundation: they know no domain module.',
      from: { path: '^src/(shared|db)/' },
      to: { path: '^src/(modules|graphql|http|app)/' },
    },
    {
      name: 'modules-import-no-app',
      severity: 'error',
      comment: 'Only the composition root wires modules together; a module never imports it.',
      from: { path: '^src/(modules|shared|db|graphql|http)/' },
      to: { path: '^src/app/' },
    },
    {
      name: 'services-and-stores-import-no-graphql',
      severity: 'error',
      comment: 'Services and stores take plain arguments; the GraphQL layer calls them, never the reverse.',
      from: { path: '\\.(service|store)\\.ts$' },
      to: { path: '^src/(graphql|http)/|\\.resolver\\.ts$|\\.types\\.ts$' },
    },
    {
      name: 'finder-core-imports-only-vocabulary',
      severity: 'error',
      comment: 'The finder core is pure: it reads the shared vocabulary (values, locales) and the seed shapes, nothing else of the app.',
      from: { path: '^src/modules/finder/core/', pathNot: '\\.test\\.ts$' },
      to: {
        path: '^src/',
        pathNot: '^src/(modules/(finder/core/|taxonomy/values\\.ts$|directory/seed-schema\\.ts$|geography/seed-schema\\.ts$)|shared/locales\\.ts$)',
      },
    },
    {
      name: 'src-imports-no-tests',
      severity: 'error',
      comment: 'Production code never imports test code.',
      from: { path: '^src/', pathNot: '\\.test\\.ts$' },
      to: { path: '^test/|\\.test\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|node_modules)/' },
  },
};

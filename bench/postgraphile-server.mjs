/**
 * PostGraphile 5 (a dev dependency), the baseline of bench/directory.ts, in its own process run
 * by a Node >= 22 binary (NODE22): the amber preset on the same PostgreSQL database as Atlas, as
 * a read-only role, exposing `public` (the directory tables) and `bench_pgl` (the two SQL
 * functions a researcher's reads need that PostGraphile has no built-in for: full-text search
 * and the country filter). Sends `{ url }` to the parent when listening; stops on 'stop'.
 * Env: PGL_DATABASE_URL.
 */
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';

const preset = {
  extends: [PostGraphileAmberPreset],
  // Conditions and orders on unindexed columns (kind, archived_at: a partial index covers them).
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [makePgService({ connectionString: process.env.PGL_DATABASE_URL, schemas: ['public', 'bench_pgl'], poolSize: 10 })],
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
serv.addTo(server).catch((err) => {
  console.error(err);
  process.exit(1);
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  process.send?.({ url: `http://127.0.0.1:${port}/graphql` });
});
process.on('message', (message) => {
  if (message === 'stop') {
    server.close();
    void pgl.release().then(() => process.exit(0));
  }
});

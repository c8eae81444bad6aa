/**
 * A minimal Apollo Server 5 on one HTTP stack, for the HTTP floor comparison (bench/http-floor.ts):
 * a one-field schema, Apollo's defaults (CSRF prevention on), no middleware, no plugins, no
 * logging. Run in its own process with NODE_ENV=production; the stack is the first argument:
 * `express` (Express 5 + @as-integrations/express5), `fastify` (Fastify 5 +
 * @as-integrations/fastify) or `standalone` (Apollo's own node:http handling). Sends `{ url }`
 * to the parent when listening, `{ cpu }` (process.cpuUsage()) on the message 'cpu'; exits on 'stop'.
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { expressMiddleware } from '@as-integrations/express5';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import express from 'express';
import Fastify from 'fastify';
import { securityHeaders } from '../src/http/security-headers';
import { REQUEST_ID_HEADER } from '../src/shared/request-id';

/**
 * `fastify-with-headers`: the minimal Fastify server plus the response headers the project's
 * sends (helmet's with the CSP, and a request id), set by one onRequest hook: what the headers
 * alone cost, to read the project's floor against.
 */
export const MINIMAL_STACKS = ['express', 'fastify', 'standalone', 'fastify-with-headers'] as const;
export type MinimalStack = (typeof MINIMAL_STACKS)[number];

const typeDefs = 'type Query { hello: String }';
const resolvers = { Query: { hello: () => 'world' } };

async function start(stack: MinimalStack): Promise<string> {
  if (stack === 'standalone') {
    const apollo = new ApolloServer({ typeDefs, resolvers });
    const { url } = await startStandaloneServer(apollo, { listen: { port: 0, host: '127.0.0.1' } });
    return url;
  }
  if (stack === 'express') {
    const apollo = new ApolloServer({ typeDefs, resolvers });
    await apollo.start();
    const app = express();
    app.use('/graphql', express.json(), expressMiddleware(apollo));
    const server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  }
  const app = Fastify();
  if (stack === 'fastify-with-headers') {
    const headers = securityHeaders();
    app.addHook('onRequest', (_request, reply, done) => {
      reply.headers(headers).header(REQUEST_ID_HEADER, randomUUID());
      done();
    });
  }
  const apollo = new ApolloServer({ typeDefs, resolvers, plugins: [fastifyApolloDrainPlugin(app)] });
  await apollo.start();
  await app.register(fastifyApollo(apollo));
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/graphql`;
}

if (require.main === module) {
  const stack = process.argv[2] as MinimalStack;
  if (!MINIMAL_STACKS.includes(stack)) throw new Error(`stack must be one of ${MINIMAL_STACKS.join(', ')}`);
  start(stack)
    .then((url) => {
      process.on('message', (message) => {
        if (message === 'cpu') process.send?.({ cpu: process.cpuUsage() });
        if (message === 'stop') process.exit(0);
      });
      process.send?.({ url });
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}

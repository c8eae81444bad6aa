/**
 * The HTTP application on Fastify 5: / (browsers to the playground, API clients to a list of
 * endpoints), /graphql (API and, for browsers, the playground), /mcp (Model Context Protocol,
 * for chatbots), /hsds/ (Open Referral HSDS 3.0), /export/*, /playground/assets/*, /healthz,
 * /readyz, /metrics (Prometheus). Fastify was chosen over Express 5 by measurement
 * (docs/benchmarks.md, "HTTP floor").
 */
import type http from 'node:http';
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import { ApolloServer } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { buildAppSchema } from '../graphql/schema';
import type { Database } from '../db/database';
import { buildContext, type AppContext, type AppServices } from '../graphql/context';
import { createErrorFormatter, markErrorsWithRequest, maskUnexpected } from '../graphql/error-format';
import { characterLimitError, queryLimits } from '../graphql/limits';
import { statusCodesPart } from '../graphql/status-codes';
import { localePart } from '../graphql/locale-plugin';
import { graphqlLogOf, requestLogPart } from '../graphql/request-log';
import { requestPartsPlugin } from '../graphql/request-parts';
import { createOperationExecutor, jitGateway, type OperationExecutor } from '../graphql/executor';
import { PrivacyAwareDocumentStore } from '../graphql/document-store';
import { requestChecksPart } from '../graphql/request-checks';
import { anonymousQueryBudgetPart } from '../graphql/query-budget';
import { graphqlMetricsPart } from '../graphql/metrics-plugin';
import { operationLabels } from '../graphql/operation-label';
import type { AppMetrics } from '../shared/metrics';
import { metricsEndpoint } from './metrics-endpoint';
import { accessLog } from './access-log';
import { corsHook } from './cors';
import { mountRoutes } from './routes';
import { rootResponse } from './root';
import { securityHeaders } from './security-headers';
import { markRequestOf, REQUEST_ID_HEADER } from '../shared/request-id';
import { playgroundAssetRoutes, playgroundLandingPage } from './playground';
import { directoryExportRoutes } from '../modules/directory/export';
import { mountMcp } from '../modules/mcp/mcp.http';
import { hsdsExportRoutes, hsdsRoutes } from '../modules/hsds/hsds.http';
import { HsdsService } from '../modules/hsds/hsds.service';

/** The HTTP stack this app runs on (the HTTP floor benchmark compares it with a minimal Apollo on the same stack). */
export const HTTP_STACK = 'fastify';

export interface HttpApp {
  app: FastifyInstance;
  httpServer: http.Server;
  apollo: ApolloServer<AppContext>;
  /** Parsed documents kept between requests, and how operations ran (for tests). */
  documents: PrivacyAwareDocumentStore;
  execution: OperationExecutor;
}

/**
 * Apollo's own log messages can quote the query document (for example an unexpected error's
 * text), which may hold a finder need or an e-mail: log that Apollo spoke, never what it said.
 */
function apolloLogger(logger: Logger) {
  return {
    debug: () => undefined,
    info: () => undefined,
    warn: () => logger.warn('Apollo Server reported a warning (details withheld: they may quote a request)'),
    error: () => logger.error('Apollo Server reported an error (details withheld: they may quote a request)'),
  };
}

const JSON_TYPE = 'application/json; charset=utf-8';

function jsonError(reply: FastifyReply, status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  return reply
    .code(status)
    .type(JSON_TYPE)
    .send(JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] }));
}

/**
 * TRUST_PROXY as Express read it: a hop count trusts that many proxies in front (Fastify's own
 * reading of a number trusts none), an address list or a name (loopback…) those addresses.
 */
const trustProxy = (value: boolean | number | string) => (typeof value === 'number' ? (_address: string, hop: number) => hop < value : value);

const pathOf = (url: string) => {
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q);
};

/** What HTTP serves: the resolvers' services (the export and the MCP tools use some of them), the database for /readyz, the metrics for /metrics. */
export type HttpServices = AppServices & { db: Pick<Database, 'isReady'>; metrics: AppMetrics };

/** Bodies from this size on are sent as one UTF-8 Buffer (below it, the string is cheaper to send). */
const LARGE_BODY_CHARS = 8 * 1024;

/**
 * A large response as bytes: Fastify measures a string body's UTF-8 length (a full pass) and
 * then Node encodes it (a second); a Buffer is encoded once and its length is known. On a whole
 * protection plan (276 k characters) the measuring pass alone cost ~330 µs (docs/benchmarks.md).
 */
function asLargeBodyBuffer<T>(body: T): T | Buffer {
  return typeof body === 'string' && body.length >= LARGE_BODY_CHARS ? Buffer.from(body, 'utf8') : body;
}

export async function createHttpApp(config: Config, services: HttpServices, logger: Logger): Promise<HttpApp> {
  const app = Fastify({
    trustProxy: trustProxy(config.TRUST_PROXY),
    bodyLimit: config.MAX_BODY_BYTES,
    // A fresh id per request; a client-sent one is ignored (it would let clients write into the logs).
    genReqId: () => randomUUID(),
    requestIdHeader: false,
  });
  const httpServer: http.Server = app.server;
  const limits = queryLimits();
  const exposeStack = config.NODE_ENV === 'development';
  const schema = buildAppSchema();
  const execution = createOperationExecutor(schema);
  const documents = new PrivacyAwareDocumentStore();
  const operations = operationLabels(schema);

  const apollo = new ApolloServer<AppContext>({
    // The schema, executed by graphql-jit once an operation repeats (graphql/executor.ts).
    gateway: jitGateway(schema, execution.executor),
    documentStore: documents,
    // Persisted queries would keep query texts (which may hold a finder need) in memory; not offered.
    persistedQueries: false,
    csrfPrevention: true,
    // main.ts owns SIGTERM/SIGINT; Apollo's own handler would stop it and re-raise the signal, killing the process mid-shutdown.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    introspection: true,
    includeStacktraceInErrorResponses: exposeStack,
    // The error formatter drops every "Did you mean" suggestion (graphql/error-format.ts): Apollo's own plugin for it would run on every request.
    hideSchemaDetailsFromClientErrors: false,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    logger: apolloLogger(logger),
    formatError: createErrorFormatter(logger, exposeStack),
    // Compact JSON: Apollo's default indents every response, which costs time and bytes on large plans.
    stringifyResult: (value) => JSON.stringify(value),
    plugins: [
      // The project's own steps, in this order, as one plugin (graphql/request-parts.ts).
      requestPartsPlugin<AppContext>([
        graphqlMetricsPart(services.metrics, operations),
        requestChecksPart(),
        anonymousQueryBudgetPart(schema, config.ANONYMOUS_QUERY_COST_PER_MINUTE),
        localePart(),
        markErrorsWithRequest,
        requestLogPart(operations),
        statusCodesPart(),
      ]),
      playgroundLandingPage(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No HTTP caching of GraphQL responses here; and its per-field hook instruments every field.
      ApolloServerPluginCacheControlDisabled(),
      // Traces for a federation gateway: this schema is no subgraph (Apollo would still call the plugin on every request).
      ApolloServerPluginInlineTraceDisabled(),
    ],
  });
  await apollo.start();

  const headers = securityHeaders();
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(headers).header(REQUEST_ID_HEADER, request.id);
    done();
  });
  const access = accessLog(logger);
  if (access) app.addHook('onResponse', access);

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    const ready = await services.db.isReady();
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'unavailable' });
  });
  const hsds = new HsdsService(services.directory, services.countries, () => services.finder.version);
  const metrics = metricsEndpoint(services.metrics.registry, config, logger);
  mountRoutes(app, [
    { method: 'GET', path: '/', handler: (_params, _query, headers) => rootResponse(headers.accept) },
    { method: 'GET', path: '/metrics', handler: (_params, query, headers) => metrics({ authorization: headers.authorization }, query) },
    ...playgroundAssetRoutes(),
    ...directoryExportRoutes(services.directory),
    ...hsdsRoutes(hsds),
    ...hsdsExportRoutes(hsds),
  ]);
  const cors = corsHook(config.CORS_ORIGINS);
  mountMcp(app, config, services, logger, cors);

  const graphqlHandler = fastifyApolloHandler<AppContext>(apollo, {
    context: async (request) => {
      try {
        const context = await buildContext(services, logger, {
          id: request.id,
          acceptLanguage: request.headers['accept-language'],
          authorization: request.headers.authorization,
          ip: request.ip,
        });
        if (access) context.requestLog = graphqlLogOf(request);
        return context;
      } catch (err) {
        // Apollo formats the error with no request at hand (the database down during a token's lookup).
        markRequestOf(err, request.id);
        throw err;
      }
    },
  });
  void app.register(async (graphql) => {
    if (cors) graphql.addHook('onRequest', cors);
    const json = graphql.getDefaultJsonParser('error', 'error');
    graphql.addContentTypeParser('application/graphql-response+json', { parseAs: 'string' }, (request, body, done) =>
      json.call(graphql, request, body as string, done),
    );
    // Any other type reaches Apollo without a body: it answers (CSRF prevention, 400) as the GraphQL over HTTP spec says.
    graphql.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
    graphql.addHook('onSend', (_request, _reply, payload, done) => done(null, asLargeBodyBuffer(payload)));
    graphql.route<{ Reply: string }>({
      method: ['GET', 'POST', 'OPTIONS'],
      url: '/graphql',
      handler: (request, reply) => {
        const query = request.method === 'GET' ? (request.query as { query?: unknown }).query : (request.body as { query?: unknown } | undefined)?.query;
        const tooLong = characterLimitError(query);
        if (tooLong) {
          reply.code(400).type(JSON_TYPE);
          return tooLong;
        }
        return graphqlHandler.call(graphql, request, reply);
      },
    });
  });

  app.setNotFoundHandler((_request, reply) => jsonError(reply, 404, 'NOT_FOUND', 'Not found'));
  // Body parser and other request errors: answer in the GraphQL error shape, never with a stack.
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return jsonError(reply, 413, 'PAYLOAD_TOO_LARGE', `Request body is larger than ${config.MAX_BODY_BYTES} bytes`);
    if (err instanceof SyntaxError || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return jsonError(reply, 400, 'BAD_REQUEST', 'Request body is not valid JSON');
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return jsonError(reply, err.statusCode, 'BAD_REQUEST', 'Bad request');
    // A route's unexpected error (the export's database query): masked and logged like the API's.
    const masked = maskUnexpected(err, logger, request.id, { errType: err.code, path: pathOf(request.url) });
    return jsonError(reply, masked.code === 'SERVICE_UNAVAILABLE' ? 503 : 500, masked.code, masked.message, { requestId: masked.requestId });
  });
  await app.ready();

  return { app, httpServer, apollo, documents, execution };
}

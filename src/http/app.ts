/**
 * The HTTP application: / (browsers to the playground, API clients to a list of endpoints),
 * /graphql (API and, for browsers, the playground), /mcp (Model Context Protocol, for
 * chatbots), /healthz, /readyz, /metrics (Prometheus).
 */
import http from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import cors from 'cors';
import helmet from 'helmet';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { buildAppSchema } from '../graphql/schema';
import type { Database } from '../db/database';
import { buildContext, type AppContext, type AppServices } from '../graphql/context';
import { createErrorFormatter, maskUnexpected } from '../graphql/error-format';
import { characterLimit, queryLimits } from '../graphql/limits';
import { statusCodesPlugin } from '../graphql/status-codes';
import { localePlugin } from '../graphql/locale-plugin';
import { graphqlLogOf, requestLogPlugin } from '../graphql/request-log';
import { createOperationExecutor, jitGateway, type OperationExecutor } from '../graphql/executor';
import { PrivacyAwareDocumentStore } from '../graphql/document-store';
import { requestChecksPlugin } from '../graphql/request-checks';
import { anonymousQueryBudgetPlugin } from '../graphql/query-budget';
import { graphqlMetricsPlugin } from '../graphql/metrics-plugin';
import type { AppMetrics } from '../shared/metrics';
import { metricsEndpoint } from './metrics-endpoint';
import { accessLog } from './access-log';
import { requestScope } from '../shared/request-scope';
import { PLAYGROUND_ASSETS_PATH, playgroundAssets, playgroundLandingPage } from './playground';
import { rootResponse } from './root';
import { directoryExportRouter } from '../modules/directory/export';
import { mcpRouter } from '../modules/mcp/mcp.http';

export interface HttpApp {
  app: express.Express;
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

function jsonError(res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] }));
}

/** What HTTP serves: the resolvers' services (the export and the MCP tools use some of them), the database for /readyz, the metrics for /metrics. */
export type HttpServices = AppServices & { db: Pick<Database, 'isReady'>; metrics: AppMetrics };

export async function createHttpApp(config: Config, services: HttpServices, logger: Logger): Promise<HttpApp> {
  const app = express();
  const httpServer = http.createServer(app);
  const limits = queryLimits();
  const exposeStack = config.NODE_ENV === 'development';
  const schema = buildAppSchema();
  const execution = createOperationExecutor(schema);
  const documents = new PrivacyAwareDocumentStore();

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
    hideSchemaDetailsFromClientErrors: true,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    logger: apolloLogger(logger),
    formatError: createErrorFormatter(logger, exposeStack),
    // Compact JSON: Apollo's default indents every response, which costs time and bytes on large plans.
    stringifyResult: (value) => JSON.stringify(value),
    plugins: [
      graphqlMetricsPlugin(services.metrics, schema),
      ...limits.plugins,
      requestChecksPlugin(),
      requestLogPlugin<AppContext>(),
      anonymousQueryBudgetPlugin(schema, config.ANONYMOUS_QUERY_COST_PER_MINUTE),
      statusCodesPlugin(),
      localePlugin<AppContext>(),
      playgroundLandingPage(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No HTTP caching of GraphQL responses here; and its per-field hook instruments every field.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  // No ETags: Express would hash every response body (a whole plan is ~200 kB) for a header
  // that GraphQL POSTs never use, and the API sets no HTTP caching.
  app.set('etag', false);
  app.set('trust proxy', config.TRUST_PROXY);
  app.use(requestScope());
  app.use(accessLog(logger));
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'font-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          // The playground's Monaco workers are bundled files served from here; never blob: or another host.
          'worker-src': ["'self'"],
          // Off: it would break the playground when served over plain HTTP on a LAN address.
          'upgrade-insecure-requests': null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );

  app.get('/', (req, res) => {
    const answer = rootResponse(req.get('accept'));
    res.status(answer.status).set(answer.headers).send(answer.body);
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await services.db.isReady();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable' });
  });
  const metrics = metricsEndpoint(services.metrics.registry, config, logger);
  app.get('/metrics', async (req, res) => {
    const queryAt = req.originalUrl.indexOf('?');
    const answer = await metrics({ authorization: req.get('authorization') }, new URLSearchParams(queryAt < 0 ? '' : req.originalUrl.slice(queryAt + 1)));
    res
      .status(answer.status)
      .set(answer.headers ?? {})
      .send(answer.body);
  });
  app.use(PLAYGROUND_ASSETS_PATH, playgroundAssets());
  app.use('/export', directoryExportRouter(services.directory));
  app.use('/mcp', mcpRouter(config, services, logger));

  app.use(
    '/graphql',
    cors({ origin: config.CORS_ORIGINS.length > 0 ? config.CORS_ORIGINS : false }),
    express.json({ limit: config.MAX_BODY_BYTES, type: ['application/json', 'application/graphql-response+json'] }),
    characterLimit(),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({ ...(await buildContext(services, logger, req)), requestLog: graphqlLogOf(res) }),
    }),
  );

  app.use((_req, res) => jsonError(res, 404, 'NOT_FOUND', 'Not found'));
  // Body parser and other middleware errors: answer in the GraphQL error shape, never with a stack.
  app.use((err: { status?: number; type?: string }, req: Request, res: Response, _next: NextFunction) => {
    if (err.type === 'entity.too.large') return jsonError(res, 413, 'PAYLOAD_TOO_LARGE', `Request body is larger than ${config.MAX_BODY_BYTES} bytes`);
    if (err.type === 'entity.parse.failed') return jsonError(res, 400, 'BAD_REQUEST', 'Request body is not valid JSON');
    if (err.status && err.status >= 400 && err.status < 500) return jsonError(res, err.status, 'BAD_REQUEST', 'Bad request');
    // A route's unexpected error (the export's database query): masked and logged like the API's.
    const masked = maskUnexpected(err, logger, { errType: err.type, path: req.path });
    return jsonError(res, masked.code === 'SERVICE_UNAVAILABLE' ? 503 : 500, masked.code, masked.message, { requestId: masked.requestId });
  });

  return { app, httpServer, apollo, documents, execution };
}

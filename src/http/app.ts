/**
 * The HTTP application: /graphql (API and, for browsers, the playground), /mcp (Model Context
 * Protocol, for chatbots), /hsds (Open Referral HSDS 3.0, read-only), /export, /healthz, /readyz.
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
import { accessLog } from './access-log';
import { requestScope } from '../shared/request-scope';
import { PLAYGROUND_ASSETS_PATH, playgroundAssets, playgroundLandingPage } from './playground';
import { directoryExportRouter } from '../modules/directory/export';
import { mcpRouter } from '../modules/mcp/mcp.http';
import { hsdsExportRoutes, hsdsRoutes, type HsdsRoute } from '../modules/hsds/hsds.http';
import { HsdsService } from '../modules/hsds/hsds.service';

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

/** Mounts framework-neutral routes (the HSDS API's): the only Express-specific part of them. */
function mountRoutes(routes: HsdsRoute[]): express.Router {
  const router = express.Router();
  for (const route of routes) {
    router.get(route.path, async (req, res) => {
      const out = await route.handle({
        params: req.params as Record<string, string>,
        query: new URLSearchParams(req.originalUrl.split('?')[1] ?? ''),
        baseUrl: `${req.protocol}://${req.get('host')}${req.baseUrl}`,
        acceptLanguage: req.get('accept-language'),
      });
      res.status(out.status).set(out.headers ?? {});
      res.send(typeof out.body === 'string' ? out.body : JSON.stringify(out.body));
    });
  }
  return router;
}

/** What HTTP serves: the resolvers' services (the export and the MCP tools use some of them), and the database for /readyz. */
export type HttpServices = AppServices & { db: Pick<Database, 'isReady'> };

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
          'worker-src': ["'self'", 'blob:'],
          // Off: it would break the playground when served over plain HTTP on a LAN address.
          'upgrade-insecure-requests': null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await services.db.isReady();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable' });
  });
  app.use(PLAYGROUND_ASSETS_PATH, playgroundAssets());
  const hsds = new HsdsService(services.directory, services.countries, () => services.finder.version);
  app.use('/hsds', mountRoutes(hsdsRoutes(hsds)));
  app.use('/export', mountRoutes(hsdsExportRoutes(hsds)), directoryExportRouter(services.directory));
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

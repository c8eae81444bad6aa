/** What every resolver receives: services (shared), loaders (per request), the locale and the viewer. */
import type { Request } from 'express';
import type { Logger } from '../logger';
import type { Locale } from '../modules/taxonomy/values';
import { localeFromAcceptLanguage } from '../shared/localized';
import type { Services } from './services';

export type Loaders = ReturnType<Services['createLoaders']>;

export type { Viewer } from '../modules/access/viewer';
import type { Viewer } from '../modules/access/viewer';

export interface AppContext {
  services: Services;
  loaders: Loaders;
  /** The request's locale: a root field's `locale` argument, else Accept-Language, else English. */
  locale: Locale;
  viewer: Viewer | null;
  logger: Logger;
  /** A per-client key for rate limits (never logged). */
  clientKey: string;
  /** Filled by the GraphQL layer for the access log (operation name, error codes). */
  requestLog?: import("./request-log").GraphqlRequestLog;
}

export async function buildContext(services: Services, logger: Logger, req: Request): Promise<AppContext> {
  return {
    services,
    loaders: services.createLoaders(),
    locale: localeFromAcceptLanguage(req.get('accept-language')),
    viewer: await services.authenticate(req.get('authorization')),
    logger,
    clientKey: req.ip ?? 'unknown',
  };
}

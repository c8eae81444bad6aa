/**
 * What every resolver receives: the services (shared, made once per process by the composition
 * root, src/app/), loaders (per request), the locale and the viewer. The services are named by
 * their types only: nothing here builds them, so no service depends on this file.
 */
import type { Logger } from '../logger';
import type { AccessService } from '../modules/access/access.service';
import type { AuditService } from '../modules/access/audit.service';
import type { Viewer } from '../modules/access/viewer';
import type { ContentService } from '../modules/content/content.service';
import type { DirectoryService } from '../modules/directory/directory.service';
import type { FinderService } from '../modules/finder/finder.service';
import type { CountryService } from '../modules/geography/country.service';
import type { SupportersService } from '../modules/supporters/supporters.service';
import type { Locale } from '../modules/taxonomy/values';
import { localeFromAcceptLanguage } from '../modules/taxonomy/localized';
import type { RateLimits } from '../shared/rate-limit';
import type { GraphqlRequestLog } from './request-log';

/** The services resolvers (and GraphQL plugins) reach through `ctx.services`. */
export interface AppServices {
  countries: CountryService;
  directory: DirectoryService;
  access: AccessService;
  audit: AuditService;
  content: ContentService;
  finder: FinderService;
  supporters: SupportersService;
  rateLimits: RateLimits;
}

/** One set per request: each relation a request reads costs one statement, whatever the number of parents. */
export function createLoaders(services: AppServices) {
  return {
    country: services.countries.createLoader(),
    content: services.content.createLoaders(),
    directory: services.directory.createLoaders(),
    campaignSupport: services.supporters.createSupportLoader(),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export interface AppContext {
  services: AppServices;
  loaders: Loaders;
  /** The request's locale: a root field's `locale` argument, else Accept-Language, else English. */
  locale: Locale;
  viewer: Viewer | null;
  logger: Logger;
  /** A per-client key for rate limits (never logged). */
  clientKey: string;
  /** The HTTP request's id (shared/request-id.ts), carried by a masked error. */
  requestId: string;
  /** Filled by the GraphQL layer for the access log (operation name, error codes). */
  requestLog?: GraphqlRequestLog;
}

/** What the context needs of an HTTP request: its id, two headers and the client's address (after trust proxy). */
export interface ContextRequest {
  id: string;
  acceptLanguage: string | undefined;
  authorization: string | undefined;
  ip: string | undefined;
}

/**
 * The context as a class: Apollo copies the context for each operation (Object.assign onto an
 * object of the same prototype), which would call a getter defined on the object itself and make
 * the loaders of every request; on the prototype, the getter survives the copy and stays lazy.
 */
class RequestContext implements AppContext {
  /** Made on first use: many requests (a finder plan, `{ __typename }`) read no relation. */
  private madeLoaders: Loaders | undefined = undefined;
  requestLog?: GraphqlRequestLog;

  constructor(
    readonly services: AppServices,
    readonly logger: Logger,
    public locale: Locale,
    readonly viewer: Viewer | null,
    readonly clientKey: string,
    readonly requestId: string,
  ) {}

  get loaders(): Loaders {
    return (this.madeLoaders ??= createLoaders(this.services));
  }
}

export async function buildContext(services: AppServices, logger: Logger, req: ContextRequest): Promise<AppContext> {
  // A missing, malformed, unknown or revoked token is anonymous.
  const viewer = req.authorization === undefined ? null : await services.access.authenticate(req.authorization);
  return new RequestContext(services, logger, localeFromAcceptLanguage(req.acceptLanguage), viewer, req.ip ?? 'unknown', req.id);
}

/**
 * The schema's authChecker for `@Authorized(...roles)`: no viewer is UNAUTHENTICATED, a viewer
 * without one of the roles FORBIDDEN; ADMIN passes every role check. A leaf: it reads only the
 * request's viewer, so it needs neither the GraphQL context nor the services.
 */
import type { AuthChecker } from 'type-graphql';
import { AppError, ErrorCode } from '../../shared/errors';
import type { Viewer } from './viewer';

/** The part of a request's context the access checks read. */
export interface ViewerContext {
  viewer: Viewer | null;
}

export const UNAUTHENTICATED_MESSAGE = 'An API token is required for this operation';

export const authChecker: AuthChecker<ViewerContext> = ({ context }, roles) => {
  const viewer = context.viewer;
  if (!viewer) throw new AppError(ErrorCode.UNAUTHENTICATED, UNAUTHENTICATED_MESSAGE);
  // ADMIN passes every role check.
  if (roles.length > 0 && !viewer.roles.includes('ADMIN') && !roles.some((r) => (viewer.roles as string[]).includes(r))) {
    throw new AppError(ErrorCode.FORBIDDEN, `This operation needs the role ${roles.join(' or ')}`);
  }
  return true;
};

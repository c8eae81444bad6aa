/**
 * `@CurrentViewer() viewer: Viewer`: the request's viewer as a resolver parameter, for
 * operations behind `@Authorized`. type-graphql runs the auth checker before it resolves
 * parameters, so the viewer is there; without one (an operation that forgot `@Authorized`)
 * it answers UNAUTHENTICATED, as the auth checker would, instead of passing null on.
 */
import { createParameterDecorator } from 'type-graphql';
import { AppError, ErrorCode } from '../../shared/errors';
import { UNAUTHENTICATED_MESSAGE, type ViewerContext } from './auth-checker';
import type { Viewer } from './viewer';

export function CurrentViewer() {
  return createParameterDecorator<ViewerContext>(({ context }): Viewer => {
    if (!context.viewer) throw new AppError(ErrorCode.UNAUTHENTICATED, UNAUTHENTICATED_MESSAGE);
    return context.viewer;
  });
}

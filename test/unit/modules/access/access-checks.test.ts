import 'reflect-metadata';
import { graphql } from 'graphql';
import { Authorized, buildSchemaSync, Query, Resolver } from 'type-graphql';
import { authChecker } from '../../../../src/modules/access/auth-checker';
import { CurrentViewer } from '../../../../src/modules/access/current-viewer';
import type { Viewer } from '../../../../src/modules/access/viewer';

@Resolver()
class ProbeResolver {
  @Authorized('EDITOR')
  @Query(() => String)
  editorName(@CurrentViewer() viewer: Viewer): string {
    return viewer.name;
  }

  // No @Authorized: the decorator itself refuses an anonymous request.
  @Query(() => String)
  unguardedName(@CurrentViewer() viewer: Viewer): string {
    return viewer.name;
  }
}

const schema = buildSchemaSync({ resolvers: [ProbeResolver], authChecker, validate: false });
const run = (source: string, viewer: Viewer | null) => graphql({ schema, source, contextValue: { viewer } });
const codes = (result: Awaited<ReturnType<typeof run>>) => (result.errors ?? []).map((e) => e.extensions.code);

const editor: Viewer = { tokenId: 't1', name: 'Jane', roles: ['EDITOR'] };

it('passes the checked viewer to the resolver', async () => {
  expect((await run('{ editorName }', editor)).data).toEqual({ editorName: 'Jane' });
  expect((await run('{ editorName }', { ...editor, roles: ['ADMIN'] })).data).toEqual({ editorName: 'Jane' });
});

it('answers UNAUTHENTICATED without a viewer and FORBIDDEN without the role', async () => {
  expect(codes(await run('{ editorName }', null))).toEqual(['UNAUTHENTICATED']);
  expect(codes(await run('{ editorName }', { ...editor, roles: ['MODERATOR'] }))).toEqual(['FORBIDDEN']);
});

it('never hands a resolver a missing viewer, even without @Authorized', async () => {
  expect(codes(await run('{ unguardedName }', null))).toEqual(['UNAUTHENTICATED']);
  expect((await run('{ unguardedName }', editor)).data).toEqual({ unguardedName: 'Jane' });
});

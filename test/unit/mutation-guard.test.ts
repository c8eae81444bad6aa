/**
 * The lint rule that every mutation carries an authorization or a rate limit
 * (eslint-rules/mutation-guard.mjs), run through ESLint's CLI as `npm run lint` runs it.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

function lint(source: string): { status: number | null; output: string } {
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--stdin', '--stdin-filename', 'src/modules/example/example.resolver.ts'],
    {
      cwd: ROOT,
      input: source,
      encoding: 'utf8',
    },
  );
  return { status: r.status, output: r.stdout + r.stderr };
}

const resolver = (decorators: string) => `
import { Arg, Authorized, Mutation, Resolver } from 'type-graphql';
declare const limit: { signature: MethodDecorator };
@Resolver()
export class ExampleResolver {
  @Mutation(() => Boolean)
  ${decorators}
  doThing(@Arg('x') x: string): boolean {
    return x.length > 0;
  }
}
export const used = [Authorized, limit];
`;

describe('lint: every mutation is authorized or rate limited', () => {
  it('refuses a mutation with neither, naming it', () => {
    const r = lint(resolver(''));
    expect(r.status).toBe(1);
    expect(r.output).toContain('Mutation "doThing" needs @Authorized(...) or a @limit.* rate limit');
  });

  it('accepts @Authorized', () => {
    expect(lint(resolver("@Authorized('EDITOR')")).status).toBe(0);
  });

  it('accepts a @limit.* rate limit', () => {
    expect(lint(resolver('@limit.signature')).status).toBe(0);
  });
});

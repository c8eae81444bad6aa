/**
 * API tokens from the command line (through npm, arguments follow `--`):
 *   npm run token:create -- --role EDITOR [--role MODERATOR] --name "Jane (editor)"
 *   npm run token:revoke -- --id <uuid>
 *   npm run token:list
 * `create` prints the token alone on stdout (once: only its hash is stored); everything else
 * goes to stderr. Bad arguments exit with code 2.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { openAppDatabase } from '../src/app/database';
import { loadConfig } from '../src/config';
import { DataDirError } from '../src/db/data-dir';
import { AccessService } from '../src/modules/access/access.service';
import { ROLES, isRole, type Role } from '../src/modules/access/roles';
import { isUuid } from '../src/shared/uuid';
import { runScript } from './run-script';

const USAGE = `usage: token create --name <name> --role <${ROLES.join('|')}> [--role …]
       token revoke --id <uuid>
       token list`;

function usageError(problem: string): never {
  process.stderr.write(`${problem}\n${USAGE}\n`);
  process.exit(2);
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: { name: { type: 'string' }, role: { type: 'string', multiple: true }, id: { type: 'string' } },
    });
  } catch (err) {
    return usageError((err as Error).message);
  }
}

async function withAccess<T>(work: (access: AccessService) => Promise<T>): Promise<T> {
  const db = await openAppDatabase(loadConfig()).catch((err: unknown) => {
    if (!(err instanceof DataDirError && err.reason === 'locked')) throw err;
    // Writing beside the running server would be lost: point at its API instead.
    throw new DataDirError(
      `${err.message}\nWhile the server runs, manage tokens through it: the apiTokens query and the revokeApiToken mutation (ADMIN token).`,
      err.reason,
    );
  });
  try {
    return await work(new AccessService(db));
  } finally {
    await db.close();
  }
}

const when = (d: Date | null) => (d ? d.toISOString() : '-');

const { positionals, values } = parse(process.argv.slice(2));
const [command, ...extra] = positionals;
if (extra.length > 0) usageError(`unexpected argument: ${extra[0]}`);

switch (command) {
  case 'create': {
    const name = values.name?.trim() ?? '';
    if (name.length < 1 || name.length > 100) usageError('--name is required (1 to 100 characters)');
    const roles = values.role ?? [];
    if (roles.length === 0) usageError('at least one --role is required');
    const unknown = roles.find((r) => !isRole(r));
    if (unknown !== undefined) usageError(`unknown role ${unknown}: use ${ROLES.join(', ')}`);
    runScript(async () => {
      const { token, id } = await withAccess((a) => a.issueToken({ name, roles: roles as Role[] }));
      process.stderr.write(`Issued token ${id} (${name}: ${roles.join(', ')}). The token is printed once, on stdout: store it now.\n`);
      return token;
    });
    break;
  }
  case 'revoke': {
    const id = values.id ?? '';
    if (!isUuid(id)) usageError('--id must be the UUID of a token (see token:list)');
    runScript(async () => {
      if (!(await withAccess((a) => a.revokeToken(id)))) {
        process.stderr.write(`No active token has the id ${id} (see token:list).\n`);
        process.exit(1);
      }
      return `Revoked token ${id} (running servers stop accepting it within 30 seconds).`;
    });
    break;
  }
  case 'list':
    runScript(async () => {
      const { rows } = await withAccess((a) => a.listTokens());
      if (rows.length === 0) return 'No tokens.';
      const table = [['id', 'name', 'roles', 'created', 'last used', 'revoked']].concat(
        rows.map((t) => [t.id, t.name, t.roles.join(','), when(t.createdAt), when(t.lastUsedAt), when(t.revokedAt)]),
      );
      const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
      return table
        .map((r) =>
          r
            .map((c, i) => c.padEnd(widths[i]))
            .join('  ')
            .trimEnd(),
        )
        .join('\n');
    });
    break;
  default:
    usageError(command ? `unknown command: ${command}` : 'a command is required');
}

import { CreateUserInput, ROLES, type Role } from '@atensi/contracts';
import { type Command, CommanderError, InvalidArgumentError } from 'commander';
import { EXIT, out, withDatabase } from './cli.js';
import { findInstitutionByCode, findInstitutionsByIds } from './modules/institutions/index.js';
import {
  createUser,
  findUserByUsername,
  listUsers,
  resetPassword,
  resetTotp,
  setUserStatus,
  type UsersCaller,
} from './modules/users/index.js';
import { CLI_AUDIT_CONTEXT } from './platform/auth/actor.js';
import type { Db } from './platform/db/database.js';
import type { AppError } from './platform/http/app-error.js';
import { isMessageKey, translate } from './platform/http/messages.js';

const SYSTEM: UsersCaller = { actor: null, audit: CLI_AUDIT_CONTEXT };

/** An AppError in English for the terminal, with the fields it names. */
export function describeAppError(error: AppError): string {
  const message = translate(error.messageKey, 'en', error.params);
  const fields = Array.isArray(error.details)
    ? (error.details as { path?: string; messageKey?: string }[])
        .filter((detail) => detail.messageKey && detail.messageKey !== error.messageKey)
        .map((detail) => `\n  ${detail.path}: ${detail.messageKey}`)
        .join('')
    : '';
  return `${message}${fields}`;
}

function parseRole(value: string): Role {
  if (!(ROLES as readonly string[]).includes(value))
    throw new InvalidArgumentError(`a role is one of ${ROLES.join(', ')}`);
  return value as Role;
}

/** The password from standard input: everything up to EOF, without the final line break. */
async function readPasswordFromStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('password (end with Ctrl-D): ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  const password = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  if (password === '') throw new CommanderError(EXIT.usage, 'atensi.usage', 'no password on standard input');
  return password;
}

function requirePasswordStdin(options: { passwordStdin?: boolean }): void {
  if (!options.passwordStdin) {
    throw new CommanderError(EXIT.usage, 'atensi.usage', 'give the password on standard input with --password-stdin');
  }
}

async function userIdOf(db: Db, username: string): Promise<string> {
  const user = await findUserByUsername(db, username);
  if (!user) throw new CommanderError(EXIT.failure, 'atensi.failure', `no user called ${username}`);
  return user.id;
}

/** `atensi users ...`: account administration on the server, audited as the system. */
export function addUserCommands(program: Command): void {
  const users = program.command('users').description('user accounts');

  users
    .command('create')
    .description('create a user; the password is read from standard input')
    .requiredOption('--username <username>', 'lower-case letters, digits, dot, dash, underscore')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`, parseRole)
    .option('--institution <code>', 'institution code (required for balai_manager, ipwl_manager, pendamping)')
    .option('--display-name <name>', 'the name shown in the app (default: the username)')
    .option('--password-stdin', 'read the password from standard input')
    .action(
      async (options: {
        username: string;
        role: Role;
        institution?: string;
        displayName?: string;
        passwordStdin?: boolean;
      }) => {
        requirePasswordStdin(options);
        const password = await readPasswordFromStdin();
        await withDatabase('atensi users create', async ({ db }) => {
          let institutionId: string | null = null;
          if (options.institution) {
            const institution = await findInstitutionByCode(db, options.institution.trim().toUpperCase());
            if (!institution) {
              throw new CommanderError(
                EXIT.failure,
                'atensi.failure',
                `no institution with code ${options.institution}`,
              );
            }
            institutionId = institution.id;
          }
          const parsed = CreateUserInput.safeParse({
            username: options.username,
            displayName: options.displayName ?? options.username,
            role: options.role,
            institutionId,
            password,
          });
          if (!parsed.success) {
            const problems = parsed.error.issues
              .map(
                (issue) =>
                  `${issue.path.join('.')}: ${isMessageKey(issue.message) ? translate(issue.message, 'en') : issue.message}`,
              )
              .join('; ');
            throw new CommanderError(EXIT.usage, 'atensi.usage', problems);
          }
          const user = await createUser(db, SYSTEM, parsed.data);
          out(
            `created user ${user.username} (${user.role}${options.institution ? ` at ${options.institution}` : ''}) id ${user.id}`,
          );
        });
      },
    );

  users
    .command('list')
    .description('list user accounts')
    .option('--role <role>', 'only this role', parseRole)
    .option('--json', 'one JSON object per line')
    .action(async (options: { role?: Role; json?: boolean }) => {
      await withDatabase('atensi users list', async ({ db }) => {
        const { items } = await listUsers(db, SYSTEM, {
          limit: 200,
          offset: 0,
          ...(options.role ? { role: options.role } : {}),
        });
        const codes = new Map(
          (
            await findInstitutionsByIds(
              db,
              items.flatMap((user) => (user.institutionId ? [user.institutionId] : [])),
            )
          ).map((row) => [row.id, row.code]),
        );
        if (options.json) {
          for (const user of items) out(JSON.stringify(user));
          return;
        }
        out(['username', 'role', 'institution', 'status', 'totp', 'last sign-in'].join('\t'));
        for (const user of items) {
          out(
            [
              user.username,
              user.role,
              user.institutionId ? (codes.get(user.institutionId) ?? '') : '-',
              user.status,
              user.totpEnabled ? 'yes' : 'no',
              user.lastLoginAt ?? 'never',
            ].join('\t'),
          );
        }
      });
    });

  for (const [name, status] of [
    ['disable', 'disabled'],
    ['enable', 'active'],
  ] as const) {
    users
      .command(name)
      .description(name === 'disable' ? 'disable an account (its sessions end)' : 'enable an account again')
      .requiredOption('--username <username>', 'the account')
      .action(async (options: { username: string }) => {
        await withDatabase(`atensi users ${name}`, async ({ db }) => {
          const user = await setUserStatus(db, SYSTEM, await userIdOf(db, options.username), status);
          out(`${user.username}: ${user.status}`);
        });
      });
  }

  users
    .command('reset-password')
    .description('set a new password read from standard input (sessions end, API tokens revoked)')
    .requiredOption('--username <username>', 'the account')
    .option('--password-stdin', 'read the password from standard input')
    .option('--temporary', 'the user must change it at next sign-in')
    .action(async (options: { username: string; passwordStdin?: boolean; temporary?: boolean }) => {
      requirePasswordStdin(options);
      const password = await readPasswordFromStdin();
      await withDatabase('atensi users reset-password', async ({ db }) => {
        await resetPassword(db, SYSTEM, await userIdOf(db, options.username), password, {
          temporary: options.temporary ?? false,
        });
        out(`${options.username}: password reset${options.temporary ? ' (to be changed at next sign-in)' : ''}`);
      });
    });

  users
    .command('reset-totp')
    .description('remove an account’s TOTP second factor (lost phone)')
    .requiredOption('--username <username>', 'the account')
    .action(async (options: { username: string }) => {
      await withDatabase('atensi users reset-totp', async ({ db }) => {
        await resetTotp(db, SYSTEM, await userIdOf(db, options.username));
        out(`${options.username}: TOTP removed`);
      });
    });
}

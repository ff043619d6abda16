import { can, PERMISSION_NAMES, PERMISSIONS, ROLE_DEFINITIONS, ROLES } from '@atensi/contracts';
import type { RouteEntry } from '../../modules/auth/index.js';

/**
 * `docs/permissions.md`, rendered from the same data the API enforces: the roles, the permission matrix and every
 * route's policy. The access-matrix test fails when the file differs (`npm run docs:permissions` rewrites it).
 */
export function renderPermissionsDoc(routes: RouteEntry[]): string {
  const lines: string[] = [
    '# Roles and permissions',
    '',
    '<!-- Generated from packages/contracts/src/roles.ts and the API route table by `npm run docs:permissions`. Do not edit. -->',
    '',
    'Every API route names one policy: `public` (no sign-in), `signed_in` (any signed-in user, even one who must',
    'still change a password or enrol TOTP) or a permission. A role either holds a permission or gets 403 `forbidden`;',
    'within a permission, records outside the role’s reach answer 404 `not_found`.',
    '',
    '## Roles',
    '',
    '| role | reach | institution | who |',
    '|---|---|---|---|',
    ...ROLES.map((role) => {
      const definition = ROLE_DEFINITIONS[role];
      return `| \`${role}\` | ${definition.reach} | ${definition.needsInstitution ? 'required' : 'none'} | ${definition.description.en} |`;
    }),
    '',
    'Reach: `national` every institution; `network` the caller’s Balai/Loka and the institutions it supervises;',
    '`institution` the caller’s own institution.',
    '',
    '## Permissions',
    '',
    `| permission | ${ROLES.map((role) => `\`${role}\``).join(' | ')} | what |`,
    `|---|${ROLES.map(() => '---').join('|')}|---|`,
    ...PERMISSION_NAMES.map(
      (permission) =>
        `| \`${permission}\` | ${ROLES.map((role) => (can(role, permission) ? 'yes' : '-')).join(' | ')} | ${PERMISSIONS[permission].description.en} |`,
    ),
    '',
    '## Routes',
    '',
    '| method | path | policy |',
    '|---|---|---|',
    ...[...routes]
      .sort((a, b) => a.url.localeCompare(b.url) || a.method.localeCompare(b.method))
      .map((route) => `| ${route.method} | \`${route.url}\` | \`${route.policy}\` |`),
    '',
  ];
  return lines.join('\n');
}

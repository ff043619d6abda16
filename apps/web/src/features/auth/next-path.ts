/**
 * The page to return to after signing in, from `?next=`. Only a path of this app is accepted: `//evil.example` or
 * `https://...` would turn the login page into an open redirect.
 */
export function safeNextPath(value: string | null | undefined): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value === '/login' || value.startsWith('/login?') || value.startsWith('/login/')) return '/';
  return value;
}

/** `/login?next=<path>` for the page the user was on, so signing in brings them back to it. */
export function loginPath(currentPath: string): string {
  const next = safeNextPath(currentPath);
  return next === '/' ? '/login' : `/login?${new URLSearchParams({ next }).toString()}`;
}

/** Why the login page was opened, carried in the navigation state and shown above the form. */
export type LoginNotice = 'session_expired';

export function isLoginNotice(value: unknown): value is LoginNotice {
  return value === 'session_expired';
}

/** Reads `{ notice }` from a location's state without trusting its shape. */
export function noticeOfState(state: unknown): LoginNotice | undefined {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return undefined;
  return isLoginNotice(state.notice) ? state.notice : undefined;
}

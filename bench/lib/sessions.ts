export type Session = { username: string; userId: string; institutionId: string | null; cookie: string; csrf: string };

/** Signs in through the API, as the web app does; returns the session cookie and the CSRF token. */
export async function signIn(baseUrl: string, username: string, password: string): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200)
    throw new Error(`sign-in of ${username} answered ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as { user: { id: string; institutionId: string | null }; csrfToken: string };
  const cookie = (response.headers.getSetCookie?.() ?? [])
    .map((line) => line.split(';')[0])
    .filter(Boolean)
    .join('; ');
  return { username, userId: body.user.id, institutionId: body.user.institutionId, cookie, csrf: body.csrfToken };
}

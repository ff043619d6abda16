import { timingSafeEqual } from 'node:crypto';
import { can, type RoutePolicy } from '@atensi/contracts';
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AuthConfig } from '../../config.js';
import type { Db } from '../../platform/db/database.js';
import { AppError } from '../../platform/http/app-error.js';
import { authenticate } from './auth.service.js';
import { csrfTokenFor } from './secrets.js';

export const SESSION_COOKIE = 'atensi_session';

/** One row per API route: what the access-matrix test walks, and what `docs/permissions.md` lists. */
export type RouteEntry = { method: string; url: string; policy: RoutePolicy };

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const API_PREFIX = '/api/v1/';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function bearerOf(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1] ?? null;
}

/** Sets the session cookie: HTTP-only, SameSite=Lax, Secure over HTTPS (or as configured). */
export function setSessionCookie(
  reply: FastifyReply,
  request: FastifyRequest,
  settings: AuthConfig,
  token: string,
): void {
  const secure = settings.cookieSecure === 'auto' ? request.protocol === 'https' : settings.cookieSecure;
  void reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}

export function clearSessionCookie(reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/**
 * Authentication and the route policies. Every route under /api/v1 must declare `config.policy`; the app refuses
 * to start when one does not. For each request: find the caller (session cookie or Bearer token), check the CSRF
 * token on cookie-authenticated writes, keep a user with pending actions (change password, enrol TOTP) to their
 * own account, and check the route's permission against the role's.
 */
export async function registerAuth(app: FastifyInstance, db: Db, settings: AuthConfig): Promise<void> {
  await app.register(cookie);
  app.decorate('routeTable', [] as RouteEntry[]);
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith(API_PREFIX)) return;
    const policy = (route.config as { policy?: RoutePolicy } | undefined)?.policy;
    if (!policy)
      throw new Error(`route ${String(route.method)} ${route.url} declares no access policy (config.policy)`);
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      app.routeTable.push({ method, url: route.url, policy });
    }
    if (policy !== 'public' && route.schema && !route.schema.hide) {
      route.schema.security = [{ sessionCookie: [] }, { bearerToken: [] }];
    }
  });

  app.addHook('onRequest', async (request) => {
    const policy = request.routeOptions.config.policy;
    const sessionToken = request.cookies[SESSION_COOKIE] ?? null;
    request.sessionToken = sessionToken;
    if (!policy || policy === 'public') return;

    const found = await authenticate(db, settings, { sessionToken, bearerToken: bearerOf(request) });
    if (!found.actor) {
      if (found.reason === 'session_expired') {
        throw new AppError('unauthenticated', 'auth.session_expired', {}, { reason: 'session_expired' });
      }
      if (found.reason === 'token_invalid') throw new AppError('unauthenticated', 'auth.token_invalid');
      throw new AppError('unauthenticated');
    }
    const actor = found.actor;
    request.actor = actor;

    if (actor.via === 'session' && sessionToken && STATE_CHANGING.has(request.method)) {
      const given = request.headers['x-csrf-token'];
      if (typeof given !== 'string' || !sameSecret(given, csrfTokenFor(settings.sessionSecret, sessionToken))) {
        throw new AppError('forbidden', 'auth.csrf_invalid', {}, { reason: 'csrf' });
      }
    }
    if (policy === 'signed_in') return;
    if (actor.pendingActions.includes('change_password')) {
      throw new AppError('forbidden', 'auth.password_change_required', {}, { reason: 'password_change_required' });
    }
    if (actor.pendingActions.includes('enrol_totp')) {
      throw new AppError('forbidden', 'auth.totp_enrolment_required', {}, { reason: 'totp_enrolment_required' });
    }
    if (!can(actor.role, policy)) throw new AppError('forbidden');
  });
}

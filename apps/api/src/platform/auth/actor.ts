import type { PendingAction, Role, RoutePolicy } from '@atensi/contracts';
import type { FastifyRequest } from 'fastify';
import type { AuditContext } from '../../modules/audit/index.js';

/** The signed-in caller, as every service receives it first (`listUsers(actor, query)`). */
export type Actor = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  institutionId: string | null;
  via: 'session' | 'token';
  sessionId: string | null;
  tokenId: string | null;
  /** Things the user must do before the API opens beyond their own account. */
  pendingActions: PendingAction[];
  sessionExpiresAt: Date | null;
};

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    /** The raw session token of the cookie, when the caller came with one (for the CSRF token and logout). */
    sessionToken: string | null;
  }
  interface FastifyContextConfig {
    /** Who may call the route. Every route under /api/v1 must name one: the app refuses to start otherwise. */
    policy?: RoutePolicy;
    /**
     * The answer holds a secret (a session's CSRF token, a new API token): it is never stored for idempotent replay,
     * and an `Idempotency-Key` on the request is ignored.
     */
    storesSecrets?: boolean;
  }
}

/** Who acted and from where, for the audit trail. */
export function auditContextOf(request: FastifyRequest): AuditContext {
  const userAgent = request.headers['user-agent'];
  return {
    actorId: request.actor?.id ?? null,
    actorRole: request.actor?.role ?? null,
    ip: request.ip ?? null,
    userAgent: typeof userAgent === 'string' ? userAgent : null,
    requestId: request.id,
  };
}

/** For commands run on the server (`atensi users create`): no person, no address. */
export const CLI_AUDIT_CONTEXT: AuditContext = {
  actorId: null,
  actorRole: 'system',
  ip: null,
  userAgent: 'atensi-cli',
  requestId: null,
};

/** The actor of a route whose policy requires a signed-in caller; the auth hook guarantees it is there. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new Error(`route ${request.routeOptions.url} reached without an actor`);
  return request.actor;
}

/** The actor and the audit context of one request, as services that write take them. */
export type Caller = { actor: Actor; audit: AuditContext };

/** The actor and audit context of a request, as services that write take them. */
export function callerOf(request: FastifyRequest): Caller {
  return { actor: actorOf(request), audit: auditContextOf(request) };
}

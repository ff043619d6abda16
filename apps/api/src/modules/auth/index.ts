export { clearSessionCookie, type RouteEntry, registerAuth, SESSION_COOKIE } from './auth.hook.js';
export { deleteSessionsOfUser, purgeExpiredSessions, revokeApiTokensOfUser } from './auth.repository.js';
export { authRoutes } from './auth.routes.js';
export { assertPasswordAllowed, pendingActionsOf } from './auth.service.js';
export { hashPassword, passwordProblem, verifyPassword } from './password.js';
export { purgeLoginThrottles } from './throttle.js';
export { totpCodeAt } from './totp.js';

import {
  ApiTokenList,
  ChangePasswordInput,
  CreateApiTokenInput,
  CreatedApiToken,
  IdParams,
  LoginInput,
  LoginResult,
  Me,
  TotpDisableInput,
  TotpEnableInput,
  TotpSetup,
} from '@atensi/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AuthConfig } from '../../config.js';
import { actorOf, auditContextOf } from '../../platform/auth/actor.js';
import type { Db } from '../../platform/db/database.js';
import { clearSessionCookie, setSessionCookie } from './auth.hook.js';
import {
  changePassword,
  createApiToken,
  describeMe,
  disableTotp,
  enableTotp,
  listApiTokens,
  login,
  logout,
  revokeOwnApiToken,
  startTotpSetup,
} from './auth.service.js';

const NoContent = z.null().meta({ description: 'No content' });

export const authRoutes: FastifyPluginAsyncZod<{ db: Db; settings: AuthConfig }> = async (app, { db, settings }) => {
  app.post(
    '/auth/login',
    {
      config: { policy: 'public', storesSecrets: true },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with username and password (and TOTP code when set up)',
        description:
          'Sets an HTTP-only session cookie. Send the returned `csrfToken` as `X-CSRF-Token` on every write made ' +
          'with the cookie. 401 `unauthenticated` (details `{ reason: "totp_required" }` when a TOTP code is ' +
          'needed); 429 `rate_limited` with `Retry-After` after repeated failures.',
        body: LoginInput,
        response: { 200: LoginResult },
      },
    },
    async (request, reply) => {
      const { result, sessionToken } = await login(db, settings, request.body, auditContextOf(request));
      setSessionCookie(reply, request, settings, sessionToken);
      return result;
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { policy: 'public' },
      schema: { tags: ['auth'], summary: 'Sign out (ends the session of the cookie)', response: { 204: NoContent } },
    },
    async (request, reply) => {
      await logout(db, request.sessionToken, auditContextOf(request));
      clearSessionCookie(reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      config: { policy: 'signed_in' },
      schema: { tags: ['auth'], summary: 'The current user, their permissions and CSRF token', response: { 200: Me } },
    },
    async (request) => describeMe(db, settings, actorOf(request), request.sessionToken),
  );

  app.post(
    '/me/password',
    {
      config: { policy: 'signed_in' },
      schema: {
        tags: ['auth'],
        summary: 'Change one’s own password (other sessions end)',
        body: ChangePasswordInput,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      await changePassword(db, actorOf(request), request.body, auditContextOf(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/me/totp/setup',
    {
      config: { policy: 'signed_in', storesSecrets: true },
      schema: {
        tags: ['auth'],
        summary: 'Start TOTP enrolment: a new secret and its otpauth URI',
        response: { 200: TotpSetup },
      },
    },
    async (request) => startTotpSetup(db, settings, actorOf(request), auditContextOf(request)),
  );

  app.post(
    '/me/totp/enable',
    {
      config: { policy: 'signed_in' },
      schema: {
        tags: ['auth'],
        summary: 'Finish TOTP enrolment with a first code',
        body: TotpEnableInput,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      await enableTotp(db, settings, actorOf(request), request.body.code, auditContextOf(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/me/totp/disable',
    {
      config: { policy: 'signed_in' },
      schema: {
        tags: ['auth'],
        summary: 'Turn TOTP off (refused when the role requires it)',
        body: TotpDisableInput,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      await disableTotp(db, settings, actorOf(request), request.body.password, auditContextOf(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me/tokens',
    {
      config: { policy: 'account:self' },
      schema: { tags: ['auth'], summary: 'One’s personal API tokens', response: { 200: ApiTokenList } },
    },
    async (request) => listApiTokens(db, actorOf(request)),
  );

  app.post(
    '/me/tokens',
    {
      config: { policy: 'account:self', storesSecrets: true },
      schema: {
        tags: ['auth'],
        summary: 'Create a personal API token (shown once)',
        body: CreateApiTokenInput,
        response: { 201: CreatedApiToken },
      },
    },
    async (request, reply) => {
      const created = await createApiToken(db, actorOf(request), request.body, auditContextOf(request));
      return reply.code(201).send(created);
    },
  );

  app.delete(
    '/me/tokens/:id',
    {
      config: { policy: 'account:self' },
      schema: {
        tags: ['auth'],
        summary: 'Revoke one of one’s API tokens',
        params: IdParams,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      await revokeOwnApiToken(db, actorOf(request), request.params.id, auditContextOf(request));
      return reply.code(204).send(null);
    },
  );
};

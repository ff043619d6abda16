import {
  CreateUserInput,
  IdParams,
  ResetPasswordInput,
  UpdateUserInput,
  User,
  UserList,
  UserListQuery,
} from '@atensi/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../platform/auth/actor.js';
import { expectedVersion, setEtag } from '../../platform/db/concurrency.js';
import type { Db } from '../../platform/db/database.js';
import {
  changeUser,
  createUser,
  getUser,
  listUsers,
  resetPassword,
  resetTotp,
  setUserStatus,
} from './users.service.js';

const NoContent = z.null().meta({ description: 'No content' });

export const usersRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/users',
    {
      config: { policy: 'users:manage' },
      schema: {
        tags: ['users'],
        summary: 'List user accounts',
        querystring: UserListQuery,
        response: { 200: UserList },
      },
    },
    async (request) => listUsers(db, callerOf(request), request.query),
  );

  app.get(
    '/users/:id',
    {
      config: { policy: 'users:manage' },
      schema: {
        tags: ['users'],
        summary: 'One user account (ETag: its version)',
        params: IdParams,
        response: { 200: User },
      },
    },
    async (request, reply) => {
      const user = await getUser(db, callerOf(request), request.params.id);
      setEtag(reply, user.version);
      return user;
    },
  );

  app.post(
    '/users',
    {
      config: { policy: 'users:manage' },
      schema: {
        tags: ['users'],
        summary: 'Create a user account',
        description: 'The first password must be changed at first sign-in. 409 `conflict` when the username is taken.',
        body: CreateUserInput,
        response: { 201: User },
      },
    },
    async (request, reply) => {
      const user = await createUser(db, callerOf(request), request.body);
      setEtag(reply, user.version);
      return reply.code(201).header('location', `/api/v1/users/${user.id}`).send(user);
    },
  );

  app.patch(
    '/users/:id',
    {
      config: { policy: 'users:manage' },
      schema: {
        tags: ['users'],
        summary: 'Change display name, role or institution (If-Match required)',
        params: IdParams,
        body: UpdateUserInput,
        response: { 200: User },
      },
    },
    async (request, reply) => {
      const user = await changeUser(db, callerOf(request), request.params.id, expectedVersion(request), request.body);
      setEtag(reply, user.version);
      return user;
    },
  );

  for (const [action, status] of [
    ['disable', 'disabled'],
    ['enable', 'active'],
  ] as const) {
    app.post(
      `/users/:id/${action}`,
      {
        config: { policy: 'users:manage' },
        schema: {
          tags: ['users'],
          summary: action === 'disable' ? 'Disable an account (its sessions end)' : 'Enable an account again',
          params: IdParams,
          response: { 200: User },
        },
      },
      async (request, reply) => {
        const user = await setUserStatus(db, callerOf(request), request.params.id, status);
        setEtag(reply, user.version);
        return user;
      },
    );
  }

  app.post(
    '/users/:id/reset-password',
    {
      config: { policy: 'users:manage' },
      schema: {
        tags: ['users'],
        summary: 'Set a temporary password (to be changed at next sign-in; sessions end, API tokens revoked)',
        params: IdParams,
        body: ResetPasswordInput,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      await resetPassword(db, callerOf(request), request.params.id, request.body.newPassword);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/users/:id/reset-totp',
    {
      config: { policy: 'users:manage' },
      schema: {
        tags: ['users'],
        summary: 'Remove a user’s TOTP (lost phone)',
        params: IdParams,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      await resetTotp(db, callerOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};

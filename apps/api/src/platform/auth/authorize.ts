import { can, type Permission } from '@atensi/contracts';
import { AppError } from '../http/app-error.js';
import type { Actor } from './actor.js';

/** Refuses an actor whose role lacks the permission (`PERMISSIONS` in contracts). */
export function authorize(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw new AppError('forbidden');
}

import { z } from 'zod';
import { PERMISSION_NAMES, ROLES } from './roles.js';

export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;
export const Permission = z.enum(PERMISSION_NAMES);
export type Permission = z.infer<typeof Permission>;

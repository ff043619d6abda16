import { z } from 'zod';
import { AtensiComponent } from './atensi.js';

/** How a sub-activity is counted: sessions held, items handed over, or an amount in rupiah. */
export const ServiceUnit = z.enum(['session', 'item', 'amount']);
export type ServiceUnit = z.infer<typeof ServiceUnit>;

/** A name in both languages of the product. */
export const BilingualName = z.object({ id: z.string(), en: z.string() });
export type BilingualName = z.infer<typeof BilingualName>;

/** One sub-activity of an ATENSI component (Therapeutic Community, home visit, business kit...). */
export const CatalogueItem = z
  .object({
    id: z.string(),
    code: z.string(),
    component: AtensiComponent,
    name: BilingualName,
    unit: ServiceUnit,
    isActive: z.boolean(),
    position: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'CatalogueItem' });
export type CatalogueItem = z.infer<typeof CatalogueItem>;

export const CatalogueList = z.object({ items: z.array(CatalogueItem) });
export type CatalogueList = z.infer<typeof CatalogueList>;

export const CatalogueListQuery = z
  .object({
    component: AtensiComponent.optional(),
    includeInactive: z.enum(['true', 'false']).default('false'),
  })
  .strict();
export type CatalogueListQuery = z.infer<typeof CatalogueListQuery>;

const Name = z.string().trim().min(2).max(120);

export const CreateCatalogueItemInput = z
  .object({
    code: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9_]{2,60}$/, { error: 'catalogue.code_format' })
      .meta({ description: 'Lower-case letters, digits and underscores', example: 'tr_cbt' }),
    component: AtensiComponent,
    name: z.object({ id: Name, en: Name }).strict(),
    unit: ServiceUnit,
    position: z.number().int().min(0).max(10_000).optional(),
  })
  .strict();
export type CreateCatalogueItemInput = z.infer<typeof CreateCatalogueItemInput>;

/** What may change on an item: names, unit, order, and whether it is still offered (never its code or component). */
export const UpdateCatalogueItemInput = z
  .object({
    name: z.object({ id: Name, en: Name }).strict().optional(),
    unit: ServiceUnit.optional(),
    position: z.number().int().min(0).max(10_000).optional(),
    isActive: z.boolean().optional(),
  })
  .strict();
export type UpdateCatalogueItemInput = z.infer<typeof UpdateCatalogueItemInput>;

import { z } from 'zod';
import { ATENSI_COMPONENTS, SERVICE_SETTINGS } from './values.js';

export const AtensiComponent = z.enum(ATENSI_COMPONENTS);
export type AtensiComponent = z.infer<typeof AtensiComponent>;

export const ServiceSetting = z.enum(SERVICE_SETTINGS);
export type ServiceSetting = z.infer<typeof ServiceSetting>;

/** A calendar date, `YYYY-MM-DD` (the contract's date format). */
export const IsoDate = z.iso.date({ error: 'date.format' });

import type { InstitutionType } from '@atensi/contracts';

/**
 * Which institution types may be the parent of which: the Directorate heads Balai and Loka, a Balai or Loka
 * supervises IPWL, and other partners may hang under any of the three. The Directorate has no parent.
 */
const ALLOWED_PARENTS: Record<InstitutionType, readonly InstitutionType[]> = {
  direktorat: [],
  balai: ['direktorat'],
  loka: ['direktorat'],
  ipwl: ['balai', 'loka'],
  dinsos: ['direktorat', 'balai', 'loka'],
  faskes: ['direktorat', 'balai', 'loka'],
  other_partner: ['direktorat', 'balai', 'loka'],
};

export function isAllowedParent(type: InstitutionType, parentType: InstitutionType): boolean {
  return ALLOWED_PARENTS[type].includes(parentType);
}

/** A Balai or Loka: the units that hold partnerships. */
export function isUnit(type: InstitutionType): boolean {
  return type === 'balai' || type === 'loka';
}

/** Who can be a partner of a Balai/Loka: IPWL and the outside partners, never another unit or the Directorate. */
export function canBePartner(type: InstitutionType): boolean {
  return type === 'ipwl' || type === 'dinsos' || type === 'faskes' || type === 'other_partner';
}

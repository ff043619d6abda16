// The formats the contracts check on the server (`packages/contracts`), checked before sending so the form can say
// so at once; the server still decides.

/** `+62 21 8400 1234`: digits, spaces, brackets and dashes, 6 to 20 characters, an optional leading `+`. */
export function isPhone(value: string): boolean {
  return /^\+?[0-9 ()-]{6,20}$/.test(value.trim());
}

/** A plausible email address (the server applies the full rule). */
export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

/** A Kemendagri region code with or without dots: `31`, `31.75`, `31.75.01`, `3175011001`. */
export function isRegionCode(value: string): boolean {
  return /^\d{2}(\.?\d{2}(\.?\d{2}(\.?\d{4})?)?)?$/.test(value.trim());
}

/** An institution code: upper-case letters, digits and dashes, 2 to 40 characters, not starting with a dash. */
export function isInstitutionCode(value: string): boolean {
  return /^[A-Z0-9][A-Z0-9-]{1,39}$/.test(value.trim().toUpperCase());
}

/** A NIK (national identity number): 16 digits. */
export function isNik(value: string): boolean {
  return /^\d{16}$/.test(value.trim());
}

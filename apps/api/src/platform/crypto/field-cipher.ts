import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const IVS_PER_BLOCK = 341;

/** The keys of field encryption: several data keys (the first encrypts, all decrypt) and one blind-index key. */
export type KeyRing = { dataKeys: { id: string; key: Buffer }[]; indexKey: Buffer };

export class KeyRingError extends Error {
  override name = 'KeyRingError';
}

/**
 * Encryption of personal fields at rest (ADR 0007): AES-256-GCM with a random 96-bit IV per value, the key id in
 * the sealed text (`<keyId>.<iv>.<tag>.<ciphertext>`, base64url) so keys can be rotated, and the column's name as
 * associated data so a value copied into another column does not open. Exact lookups go through a keyed hash
 * (blind index), never through the plaintext.
 */
export class FieldCipher {
  private readonly keys: Map<string, Buffer>;
  private readonly active: { id: string; key: Buffer };
  private readonly indexKey: Buffer;
  /** The column names as associated data, made once per column. */
  private readonly aad = new Map<string, Buffer>();
  /**
   * IVs are cut from a block of fresh random bytes, 12 bytes each, so the system's generator is called once per
   * 341 values instead of once per value (a national data load seals tens of millions). Each IV is used once; a
   * spent block is dropped and a new one drawn, never refilled in place.
   */
  private ivBlock = Buffer.alloc(0);
  private ivAt = 0;

  constructor(ring: KeyRing) {
    const [active] = ring.dataKeys;
    if (!active) throw new KeyRingError('the key ring has no data key');
    for (const { id, key } of ring.dataKeys) {
      if (!/^[A-Za-z0-9_-]{1,20}$/.test(id)) throw new KeyRingError(`data key id "${id}" is not a short plain token`);
      if (key.length !== 32) throw new KeyRingError(`data key ${id} must be 32 bytes`);
    }
    if (ring.indexKey.length < 32) throw new KeyRingError('the index key must be at least 32 bytes');
    this.keys = new Map(ring.dataKeys.map(({ id, key }) => [id, key]));
    this.active = active;
    this.indexKey = ring.indexKey;
  }

  get activeKeyId(): string {
    return this.active.id;
  }

  /** Seals a value for the column `field`; null stays null. */
  seal(field: string, plaintext: string | null | undefined): string | null {
    if (plaintext === null || plaintext === undefined) return null;
    const iv = this.nextIv();
    const cipher = createCipheriv('aes-256-gcm', this.active.key, iv);
    cipher.setAAD(this.aadOf(field));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [
      this.active.id,
      iv.toString('base64url'),
      cipher.getAuthTag().toString('base64url'),
      ciphertext.toString('base64url'),
    ].join('.');
  }

  private nextIv(): Buffer {
    if (this.ivAt + IV_BYTES > this.ivBlock.length) {
      this.ivBlock = randomBytes(IV_BYTES * IVS_PER_BLOCK);
      this.ivAt = 0;
    }
    const iv = this.ivBlock.subarray(this.ivAt, this.ivAt + IV_BYTES);
    this.ivAt += IV_BYTES;
    return iv;
  }

  private aadOf(field: string): Buffer {
    let aad = this.aad.get(field);
    if (!aad) {
      aad = Buffer.from(field);
      this.aad.set(field, aad);
    }
    return aad;
  }

  /** Opens a sealed value of the column `field`; throws when it was altered or its key is unknown. */
  open(field: string, sealed: string | null | undefined): string | null {
    if (sealed === null || sealed === undefined) return null;
    const [keyId, iv, tag, ciphertext] = sealed.split('.');
    const key = keyId ? this.keys.get(keyId) : undefined;
    if (!key || !iv || !tag || ciphertext === undefined)
      throw new KeyRingError(`cannot open a value sealed with key "${keyId}"`);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(this.aadOf(field));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  }

  /** True when the value was sealed with another key than the active one (to be re-sealed by a rotation). */
  isStale(sealed: string | null): boolean {
    return sealed !== null && !sealed.startsWith(`${this.active.id}.`);
  }

  /** The blind index of an identifier (`nik`, `kk`): HMAC-SHA256 under the index key, hex. */
  blindIndex(kind: string, value: string): string {
    return createHmac('sha256', this.indexKey).update(`${kind}:${value}`).digest('hex');
  }
}

/** Parses `ATENSI_DATA_KEYS` (`id:base64,id:base64`, the first is active). */
export function parseDataKeys(value: string): { id: string; key: Buffer }[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const [id, encoded] = entry.split(':');
      if (!id || !encoded) throw new KeyRingError('ATENSI_DATA_KEYS is a list of id:base64key');
      return { id, key: Buffer.from(encoded, 'base64') };
    });
}

export function newDataKey(id: string): { id: string; key: Buffer } {
  return { id, key: randomBytes(32) };
}

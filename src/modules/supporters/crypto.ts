/**
 * Encryption of supporters' personal data at rest (names, e-mail addresses) and the keyed
 * e-mail hash used to find duplicates without decrypting anything.
 *
 * One master key (DATA_KEY) is never used directly: HKDF derives one subkey for AES-256-GCM
 * and another for HMAC-SHA256, so a leak of hashes says nothing about the cipher key and the
 * two uses can never be confused.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

const KEY_BYTES = 32;
const IV_BYTES = 12; // the size GCM is designed for
const TAG_BYTES = 16;
const VERSION = 'v1';
// Distinct HKDF "info" strings give independent subkeys; the version lets us rotate schemes.
const CIPHER_INFO = 'protection-atlas/personal-data/v1/aes-256-gcm';
const HASH_INFO = 'protection-atlas/personal-data/v1/email-hmac-sha256';

export interface PersonalDataCipher {
  /** `v1:<iv>:<tag>:<ciphertext>`, each part base64url; a fresh IV every call. */
  encrypt(plain: string): string;
  /** Throws when the value was altered or encrypted under another key. */
  decrypt(token: string): string;
  /** Hex HMAC-SHA256 of the normalised address: equal for the same mailbox, whatever its spelling. */
  emailHash(email: string): string;
}

/** Thrown for a value that cannot be decrypted; its message never contains the value. */
export class PersonalDataDecryptionError extends Error {
  constructor(reason: string) {
    super(`personal data could not be decrypted: ${reason}`);
    this.name = 'PersonalDataDecryptionError';
  }
}

/** The form in which an address is compared: trimmed, Unicode NFC, lower case. */
export function normaliseEmail(email: string): string {
  return email.trim().normalize('NFC').toLowerCase();
}

/**
 * Reads DATA_KEY: 32 random bytes written as hex (64 characters) or base64/base64url
 * (43–44 characters). The error says what is wrong without echoing the secret.
 */
export function parseDataKey(value: string | undefined): Buffer {
  const hint = 'DATA_KEY must be 32 random bytes encoded as base64 or hex (for example: openssl rand -base64 32)';
  const text = (value ?? '').trim();
  if (text === '') throw new Error(`DATA_KEY is not set. ${hint}`);
  let key: Buffer;
  if (/^[0-9a-fA-F]+$/.test(text) && text.length === KEY_BYTES * 2) {
    key = Buffer.from(text, 'hex');
  } else if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) {
    key = Buffer.from(text, 'base64'); // Node's base64 decoder also accepts base64url
  } else {
    throw new Error(`DATA_KEY is neither base64 nor hex. ${hint}`);
  }
  if (key.length !== KEY_BYTES) {
    throw new Error(`DATA_KEY decodes to ${key.length} bytes, expected ${KEY_BYTES}. ${hint}`);
  }
  return key;
}

function deriveSubkey(key: Buffer, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), info, KEY_BYTES));
}

export function createPersonalDataCipher(key: Buffer): PersonalDataCipher {
  if (!Buffer.isBuffer(key) || key.length !== KEY_BYTES) {
    throw new Error(`DATA_KEY must be exactly ${KEY_BYTES} bytes`);
  }
  const cipherKey = deriveSubkey(key, CIPHER_INFO);
  const hashKey = deriveSubkey(key, HASH_INFO);

  return {
    encrypt(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', cipherKey, iv);
      const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [VERSION, iv, tag, ciphertext].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join(':');
    },

    decrypt(token) {
      const parts = token.split(':');
      if (parts.length !== 4) throw new PersonalDataDecryptionError('not a v1 value');
      const [version, ivText, tagText, dataText] = parts;
      if (version !== VERSION) throw new PersonalDataDecryptionError(`unknown version "${version.slice(0, 8)}"`);
      const iv = Buffer.from(ivText, 'base64url');
      const tag = Buffer.from(tagText, 'base64url');
      if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new PersonalDataDecryptionError('malformed value');
      // An explicit tag length stops a truncated tag from being accepted.
      const decipher = createDecipheriv('aes-256-gcm', cipherKey, iv, { authTagLength: TAG_BYTES });
      decipher.setAuthTag(tag);
      try {
        return Buffer.concat([decipher.update(Buffer.from(dataText, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        throw new PersonalDataDecryptionError('wrong key or tampered value');
      }
    },

    emailHash(email) {
      return createHmac('sha256', hashKey).update(normaliseEmail(email), 'utf8').digest('hex');
    },
  };
}

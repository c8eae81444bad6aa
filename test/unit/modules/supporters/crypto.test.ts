import { createHash, createHmac, randomBytes } from 'node:crypto';
import { createPersonalDataCipher, normaliseEmail, parseDataKey, PersonalDataDecryptionError } from '../../../../src/modules/supporters/crypto';

const key = Buffer.alloc(32, 7);
const cipher = createPersonalDataCipher(key);

/** Flips one bit in the base64url part `index` of a v1 token. */
function tamper(token: string, index: number): string {
  const parts = token.split(':');
  const bytes = Buffer.from(parts[index], 'base64url');
  bytes[0] ^= 0x01;
  parts[index] = bytes.toString('base64url');
  return parts.join(':');
}

describe('createPersonalDataCipher', () => {
  it('round-trips text, including non-ASCII and empty strings', () => {
    for (const plain of ['Ana María Núñez', 'défenseure@exemple.org', 'فاطمة', '']) {
      expect(cipher.decrypt(cipher.encrypt(plain))).toBe(plain);
    }
  });

  it('writes a versioned value that does not contain the plain text', () => {
    const token = cipher.encrypt('secret name');
    expect(token).toMatch(/^v1:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]{22}:[A-Za-z0-9_-]+$/);
    expect(token).not.toContain('secret');
  });

  it('uses a different IV each time, so equal inputs give unequal outputs', () => {
    const tokens = Array.from({ length: 20 }, () => cipher.encrypt('same'));
    expect(new Set(tokens).size).toBe(tokens.length);
    expect(new Set(tokens.map((t) => t.split(':')[1])).size).toBe(tokens.length);
  });

  it('detects tampering with the ciphertext, the IV or the tag', () => {
    const token = cipher.encrypt('Ana María Núñez');
    for (const index of [1, 2, 3]) {
      expect(() => cipher.decrypt(tamper(token, index))).toThrow(PersonalDataDecryptionError);
    }
  });

  it('rejects a truncated tag, an unknown version and garbage', () => {
    const [v, iv, tag, data] = cipher.encrypt('x').split(':');
    const shortTag = Buffer.from(tag, 'base64url').subarray(0, 8).toString('base64url');
    expect(() => cipher.decrypt([v, iv, shortTag, data].join(':'))).toThrow(PersonalDataDecryptionError);
    expect(() => cipher.decrypt(['v2', iv, tag, data].join(':'))).toThrow(/unknown version/);
    expect(() => cipher.decrypt('not-encrypted')).toThrow(PersonalDataDecryptionError);
  });

  it('cannot decrypt under another key, and says so without echoing the value', () => {
    const token = cipher.encrypt('Ana');
    const other = createPersonalDataCipher(Buffer.alloc(32, 8));
    expect(() => other.decrypt(token)).toThrow(/wrong key or tampered value/);
    try {
      other.decrypt(token);
    } catch (error) {
      expect(String(error)).not.toContain(token);
    }
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => createPersonalDataCipher(Buffer.alloc(16))).toThrow(/32 bytes/);
  });
});

describe('emailHash', () => {
  it('is equal for the same address however it is spaced or capitalised', () => {
    expect(cipher.emailHash(' A@B.org ')).toBe(cipher.emailHash('a@b.org'));
    expect(cipher.emailHash('Defender@Example.ORG')).toBe(cipher.emailHash('defender@example.org'));
  });

  it('differs between addresses', () => {
    expect(cipher.emailHash('a@b.org')).not.toBe(cipher.emailHash('b@b.org'));
  });

  it('differs between keys', () => {
    const other = createPersonalDataCipher(Buffer.alloc(32, 8));
    expect(other.emailHash('a@b.org')).not.toBe(cipher.emailHash('a@b.org'));
  });

  it('is a 64-character hex HMAC, not a plain hash of the address', () => {
    const hash = cipher.emailHash('a@b.org');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toBe(createHash('sha256').update('a@b.org').digest('hex'));
    // The hash key is a derived subkey, not DATA_KEY itself.
    expect(hash).not.toBe(createHmac('sha256', key).update('a@b.org').digest('hex'));
  });
});

describe('normaliseEmail', () => {
  it('trims and lower-cases', () => {
    expect(normaliseEmail('  Ana.Maria@Example.ORG\n')).toBe('ana.maria@example.org');
  });

  it('unifies composed and decomposed accents', () => {
    expect(normaliseEmail('jose\u0301@ejemplo.org')).toBe(normaliseEmail('jos\u00e9@ejemplo.org'));
  });
});

describe('parseDataKey', () => {
  const raw = randomBytes(32);

  it('accepts base64, base64url and hex, with surrounding whitespace', () => {
    expect(parseDataKey(raw.toString('base64')).equals(raw)).toBe(true);
    expect(parseDataKey(raw.toString('base64url')).equals(raw)).toBe(true);
    expect(parseDataKey(` ${raw.toString('hex')}\n`).equals(raw)).toBe(true);
    expect(parseDataKey(raw.toString('hex').toUpperCase()).equals(raw)).toBe(true);
  });

  it('rejects missing, short, long and malformed keys with an error naming DATA_KEY', () => {
    expect(() => parseDataKey(undefined)).toThrow(/DATA_KEY is not set/);
    expect(() => parseDataKey('   ')).toThrow(/DATA_KEY is not set/);
    expect(() => parseDataKey(randomBytes(16).toString('base64'))).toThrow(/DATA_KEY decodes to 16 bytes, expected 32/);
    expect(() => parseDataKey(randomBytes(48).toString('hex'))).toThrow(/DATA_KEY decodes to/);
    expect(() => parseDataKey('this is not a key!')).toThrow(/DATA_KEY is neither base64 nor hex/);
  });

  it('never repeats the rejected value in its message', () => {
    const bad = randomBytes(20).toString('base64');
    expect(() => parseDataKey(bad)).toThrow(expect.objectContaining({ message: expect.not.stringContaining(bad) }));
  });
});

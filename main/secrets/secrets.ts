import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { isSealedValue, sealedValuePrefix } from '../../shared/article/model';

/**
 * Encrypts private text with a key that only this user on this computer holds. In the app it is
 * Electron's `safeStorage` (the OS keychain); tests use `aesGcmSecrets` with a test key.
 */
export interface Secrets {
  /** False when no keychain can be used: private fields are then stored in clear, and the UI says so. */
  isAvailable(): boolean;
  /** Encrypts text into a `sealed:v1:<base64>` value. */
  seal(text: string): string;
  /** Decrypts a sealed value; throws when this computer cannot (it was sealed elsewhere). */
  open(sealed: string): string;
}

/** Wraps encrypted bytes in the on-disk form `sealed:v1:<base64>`. */
export function toSealedValue(bytes: Uint8Array): string {
  return `${sealedValuePrefix}${Buffer.from(bytes).toString('base64')}`;
}

/** The encrypted bytes inside a sealed value. Throws a `RangeError` for anything else. */
export function fromSealedValue(value: string): Buffer {
  if (!isSealedValue(value)) throw new RangeError('not a sealed value');
  return Buffer.from(value.slice(sealedValuePrefix.length), 'base64');
}

const ivLength = 12;
const tagLength = 16;

/**
 * Secrets sealed with AES-256-GCM under a fixed key: what `safeStorage` does, minus the keychain.
 * Used by tests and by hosts that manage their own key; a wrong key or altered bytes fail to open.
 */
export function aesGcmSecrets(key: Uint8Array): Secrets {
  if (key.length !== 32) throw new RangeError(`an AES-256 key is 32 bytes, not ${key.length}`);
  return {
    isAvailable: () => true,
    seal: (text) => {
      const iv = randomBytes(ivLength);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return toSealedValue(Buffer.concat([iv, cipher.getAuthTag(), body]));
    },
    open: (sealed) => {
      const bytes = fromSealedValue(sealed);
      if (bytes.length < ivLength + tagLength) throw new RangeError('the sealed value is too short');
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, ivLength));
      decipher.setAuthTag(bytes.subarray(ivLength, ivLength + tagLength));
      return Buffer.concat([decipher.update(bytes.subarray(ivLength + tagLength)), decipher.final()]).toString('utf8');
    },
  };
}

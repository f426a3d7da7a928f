import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';

const VERSION = 'v1';

/**
 * Encrypts TOTP secrets at rest with AES-256-GCM. The key is `SECOND_FACTOR_KEY` (64 hex characters)
 * or, when that is not set, derived from the JWT secret with HKDF — changing that secret then makes
 * every enrolled second factor unreadable, so set `SECOND_FACTOR_KEY` in production.
 */
@Injectable()
export class SecondFactorCipher {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = config.secondFactorKey
      ? Buffer.from(config.secondFactorKey, 'hex')
      : Buffer.from(hkdfSync('sha256', config.jwtSecret, 'dialoog', 'second-factor-secret-encryption', 32));
    if (this.key.length !== 32) {
      throw new Error('SECOND_FACTOR_KEY must be 64 hexadecimal characters (32 bytes).');
    }
  }

  /** `v1.<iv>.<tag>.<ciphertext>` in base64url; the user id is bound in as associated data. */
  encrypt(plain: string, userId: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(userId));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, iv, cipher.getAuthTag(), body].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
  }

  decrypt(stored: string, userId: string): string {
    const [version, iv, tag, body] = stored.split('.');
    if (version !== VERSION || !iv || !tag || body === undefined) {
      throw new Error('Unknown second-factor secret format');
    }
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(userId));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }

  /** A key for signing the short "password was right, code still needed" token: never the session key. */
  pendingLoginKey(): Buffer {
    return Buffer.from(hkdfSync('sha256', this.key, 'dialoog', 'second-factor-pending-login', 32));
  }
}

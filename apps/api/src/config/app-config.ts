import { randomBytes } from 'node:crypto';

/** Typed configuration, read from the environment in one place. */
export interface AppConfig {
  readonly port: number;
  readonly databaseUrl: string;
  readonly jwtSecret: string;
  /** Lifetime of the signed session token in the cookie; it is re-issued while the user is active. */
  readonly sessionTokenMinutes: number;
  /** Absolute session lifetime, whatever the activity. */
  readonly sessionMaxHours: number;
  readonly production: boolean;
  /** Directory with the built web app to serve on `/`, or undefined to serve the API only. */
  readonly webDist?: string;
  readonly runMigrations: boolean;
  readonly trustProxy: boolean;
  /** SMTP server for outgoing mail (smtp://user:pass@host:port); unset: mail is written as .eml files to mailDir. */
  readonly smtpUrl?: string;
  /** Where mail goes without SMTP (one .eml file per message). */
  readonly mailDir: string;
  /** Public base URL for links in e-mails, e.g. https://dialoog.voorbeeld.nl */
  readonly publicUrl: string;
  /** Redis for rate-limit counters (and later pub/sub and jobs); unset: in-process. */
  readonly redisUrl?: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<AppConfig> = {}): AppConfig {
  const databaseUrl = overrides.databaseUrl ?? env.DATABASE_URL;
  if (!databaseUrl) {
    throw new Error('DATABASE_URL is not set (npm start sets it for the embedded Postgres).');
  }
  const production = env.NODE_ENV === 'production';
  const jwtSecret = env.JWT_SECRET ?? (production ? undefined : randomBytes(32).toString('hex'));
  if (!jwtSecret) {
    throw new Error('JWT_SECRET must be set in production.');
  }
  return {
    port: Number(env.PORT ?? 3000),
    databaseUrl,
    jwtSecret,
    sessionTokenMinutes: Number(env.SESSION_TOKEN_MINUTES ?? 30),
    sessionMaxHours: Number(env.SESSION_MAX_HOURS ?? 12),
    production,
    webDist: env.WEB_DIST,
    runMigrations: env.RUN_MIGRATIONS !== '0',
    trustProxy: env.TRUST_PROXY === '1',
    smtpUrl: env.SMTP_URL,
    mailDir: env.MAIL_DIR ?? '.data/mail',
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT ?? 3000}`,
    redisUrl: env.REDIS_URL,
    ...overrides,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

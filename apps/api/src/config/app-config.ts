import { randomBytes } from 'node:crypto';

/** Typed configuration, read from the environment in one place. */
export interface AppConfig {
  readonly port: number;
  readonly databaseUrl: string;
  readonly jwtSecret: string;
  /** 64 hex characters: encrypts TOTP secrets at rest; unset: derived from `jwtSecret`. */
  readonly secondFactorKey?: string;
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
  /** Where uploaded (re-encoded) images are kept on disk (the `DiskImageStorage` root). */
  readonly uploadDir: string;
  /** 'json' (one object per line, the default in production) or 'text'. */
  readonly logFormat: 'json' | 'text';
  /** Map tiles ({z}/{x}/{y}); its origin is allowed in the Content-Security-Policy. */
  readonly mapTileUrl: string;
  /**
   * Address search for the location picker: a URL template with `{query}` (PDOK Locatieserver-shaped answers);
   * its origin is allowed in the CSP connect-src. Unset: the web app offers pin placement only.
   */
  readonly geocoderUrl?: string;
  /** Public base URL for links in e-mails, e.g. https://dialoog.voorbeeld.nl */
  readonly publicUrl: string;
  /** Sender of outgoing mail. */
  readonly mailFrom: string;
  /** Redis for rate-limit counters and live-update pub/sub across instances; unset: in-process. */
  readonly redisUrl?: string;
  /** Bearer token that opens `/metrics`; unset: `/metrics` answers 404. */
  readonly metricsToken?: string;
  /** Idle timeout for facilitators and admins (residents: `sessionTokenMinutes`). */
  readonly staffIdleMinutes: number;
  /** How often the notification outbox and the mail queue are worked through (ms); 0: this instance runs no background jobs. */
  readonly outboxPollMs: number;
  /** Key prefix of the BullMQ job queue in Redis (with `REDIS_URL`); instances sharing a prefix share the jobs. */
  readonly jobQueuePrefix: string;
  readonly rateLimits: RateLimitSettings;
}

/** A fixed window: at most `limit` hits per `windowSeconds`. */
export interface RateLimitWindow {
  readonly limit: number;
  readonly windowSeconds: number;
}

/** Every rate limit (README, "Limits"); tests lower them through `startApi({ rateLimits })`. */
export interface RateLimitSettings {
  /** Login and password-reset attempts per e-mail address; over it, a lock that doubles up to `maxLockMinutes`. */
  readonly perAccount: RateLimitWindow & { readonly maxLockMinutes: number };
  /** Login, password-reset and verification attempts per client address. */
  readonly authPerIp: RateLimitWindow;
  readonly registerPerIp: RateLimitWindow;
  readonly mutationsPerUser: RateLimitWindow;
  readonly requestsPerIp: RateLimitWindow;
  /** Account e-mails (verification, "someone tried to register", reset) per address; over it they are dropped silently. */
  readonly mailsPerRecipient: RateLimitWindow;
}

const num = (value: string | undefined, fallback: number): number => (value === undefined || value === '' ? fallback : Number(value));

export function loadRateLimits(env: NodeJS.ProcessEnv): RateLimitSettings {
  return {
    perAccount: {
      limit: num(env.RATE_LIMIT_LOGIN_PER_ACCOUNT, 5),
      windowSeconds: 60,
      maxLockMinutes: num(env.RATE_LIMIT_MAX_LOCK_MINUTES, 15),
    },
    authPerIp: { limit: num(env.RATE_LIMIT_LOGIN_PER_IP, 30), windowSeconds: 60 },
    registerPerIp: { limit: num(env.RATE_LIMIT_REGISTER_PER_IP, 10), windowSeconds: 3600 },
    mutationsPerUser: { limit: num(env.RATE_LIMIT_MUTATIONS_PER_USER, 60), windowSeconds: 60 },
    requestsPerIp: { limit: num(env.RATE_LIMIT_REQUESTS_PER_IP, 600), windowSeconds: 60 },
    mailsPerRecipient: { limit: num(env.RATE_LIMIT_MAILS_PER_RECIPIENT, 5), windowSeconds: 3600 },
  };
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
    secondFactorKey: env.SECOND_FACTOR_KEY || undefined,
    sessionTokenMinutes: Number(env.SESSION_TOKEN_MINUTES ?? 30),
    sessionMaxHours: Number(env.SESSION_MAX_HOURS ?? 12),
    production,
    webDist: env.WEB_DIST,
    runMigrations: env.RUN_MIGRATIONS !== '0',
    trustProxy: env.TRUST_PROXY === '1',
    smtpUrl: env.SMTP_URL,
    mailDir: env.MAIL_DIR ?? '.data/mail',
    uploadDir: env.UPLOAD_DIR ?? '.data/uploads',
    logFormat: env.LOG_FORMAT === 'json' || (production && env.LOG_FORMAT !== 'text') ? 'json' : 'text',
    mapTileUrl: env.MAP_TILE_URL ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    geocoderUrl: checkGeocoderUrl(env.GEOCODER_URL || undefined),
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT ?? 3000}`,
    mailFrom: env.MAIL_FROM ?? 'Dialoog <noreply@dialoog.invalid>',
    redisUrl: env.REDIS_URL,
    metricsToken: env.METRICS_TOKEN || undefined,
    staffIdleMinutes: num(env.STAFF_IDLE_MINUTES, 30),
    outboxPollMs: num(env.OUTBOX_POLL_MS, 500),
    jobQueuePrefix: env.JOB_QUEUE_PREFIX || 'dialoog',
    rateLimits: loadRateLimits(env),
    ...overrides,
  };
}

/** The origin a URL template (`{z}`, `{query}` …) points at, for the Content-Security-Policy. */
export function templateOrigin(template: string): string {
  return new URL(template.replace(/\{[a-z]+\}/g, '0')).origin;
}

function checkGeocoderUrl(template: string | undefined): string | undefined {
  if (template === undefined) {
    return undefined;
  }
  if (!/^https?:\/\//.test(template) || !template.includes('{query}')) {
    throw new Error(
      'GEOCODER_URL must be an http(s) URL template with {query}, e.g. https://api.pdok.nl/bzk/locatieserver/search/v3_1/free?q={query}&rows=5&fq=type:adres',
    );
  }
  templateOrigin(template);
  return template;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

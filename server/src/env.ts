import { z } from 'zod';

/** Everything the server reads from its environment, parsed and validated once. */
export interface Config {
  port: number;
  /** Where to listen. Demo mode (known password, open mailbox) stays on this machine by default. */
  host: string;
  /** Unset: the server runs its own embedded PostgreSQL under `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  /** Demo mode: demo world seeded, demo accounts listed on the sign-in page, dev mailbox. */
  demoMode: boolean;
  demoPassword: string;
  publicUrl: string;
  production: boolean;
  trustProxy: boolean;
  cookieSecure: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  webDistDir: string;
  /** Background workers (mail outbox); tests turn them off and drive them by hand. */
  workers: boolean;
}

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).optional(),
  DATABASE_URL: z.string().min(1).optional(),
  DATA_DIR: z.string().default('./data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  DEMO_MODE: bool.optional(),
  DEMO_PASSWORD: z.string().min(8).default('passend-demo'),
  PUBLIC_URL: z.url().optional(),
  NODE_ENV: z.string().default('development'),
  TRUST_PROXY: bool.default(false),
  COOKIE_SECURE: bool.optional(),
  SMTP_URL: z.string().min(1).optional(),
  MAIL_FROM: z.string().default('Passend <no-reply@passend.test>'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(120),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  WEB_DIST_DIR: z.string().default('./web/dist'),
});

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  // Demo mode is on by default with the embedded database, and never with an external one:
  // demo accounts with a known password must not reach a real installation.
  const demoMode = e.DATABASE_URL ? false : (e.DEMO_MODE ?? true);
  return {
    port: e.PORT,
    host: e.HOST ?? (demoMode ? '127.0.0.1' : '0.0.0.0'),
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    demoMode,
    demoPassword: e.DEMO_PASSWORD,
    publicUrl,
    production: e.NODE_ENV === 'production',
    trustProxy: e.TRUST_PROXY,
    cookieSecure: e.COOKIE_SECURE ?? publicUrl.startsWith('https:'),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
    webDistDir: e.WEB_DIST_DIR,
    workers: true,
  };
}

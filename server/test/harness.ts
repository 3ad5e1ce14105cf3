import type { Kysely } from 'kysely';
import { createApp } from '../src/app.ts';
import { createDatabase } from '../src/db/connection.ts';
import type { DB } from '../src/db/types.ts';
import { loadConfig, type Config } from '../src/env.ts';
import { seedDemoWorld } from '../src/features/demo/seed.ts';
import { createTestDatabase } from './database.ts';

export const DEMO_PASSWORD = 'passend-demo';

export interface TestResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/**
 * A browser-like client for in-process requests: it keeps cookies and sends the CSRF header
 * the way the web app does.
 */
export class TestClient {
  private cookies = new Map<string, string>();
  constructor(private app: ReturnType<typeof createApp>, private ip = '203.0.113.7') {}

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<TestResponse<T>> {
    if (method !== 'GET' && !this.cookies.has('passend_csrf')) await this.raw('GET', '/api/auth/csrf');
    const h: Record<string, string> = { 'x-forwarded-for': this.ip, ...headers };
    if (method !== 'GET') h['x-csrf-token'] ??= this.cookies.get('passend_csrf') ?? '';
    if (body !== undefined && typeof body !== 'string') h['content-type'] ??= 'application/json';
    if (typeof body === 'string') h['content-type'] ??= 'application/json';
    return this.raw(method, path, typeof body === 'string' || body === undefined ? body : JSON.stringify(body), h);
  }

  private async raw<T>(method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<TestResponse<T>> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await this.app.request(path, { method, body, headers: { ...(cookie ? { cookie } : {}), ...headers } });
    for (const set of res.headers.getSetCookie()) {
      const [pair] = set.split(';');
      const [k, ...v] = (pair ?? '').split('=');
      if (!k) continue;
      if (/max-age=0/i.test(set) || /expires=Thu, 01 Jan 1970/i.test(set)) this.cookies.delete(k.trim());
      else this.cookies.set(k.trim(), v.join('='));
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, headers: res.headers, body: parsed as T };
  }

  get = <T = any>(path: string, headers?: Record<string, string>) => this.request<T>('GET', path, undefined, headers);
  post = <T = any>(path: string, body?: unknown, headers?: Record<string, string>) => this.request<T>('POST', path, body ?? {}, headers);
  put = <T = any>(path: string, body?: unknown, headers?: Record<string, string>) => this.request<T>('PUT', path, body ?? {}, headers);
  patch = <T = any>(path: string, body?: unknown, headers?: Record<string, string>) => this.request<T>('PATCH', path, body ?? {}, headers);
  delete = <T = any>(path: string, headers?: Record<string, string>) => this.request<T>('DELETE', path, undefined, headers);

  async login(email: string, password = DEMO_PASSWORD): Promise<TestResponse> {
    const res = await this.post('/api/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  }
}

export interface TestApp {
  app: ReturnType<typeof createApp>;
  db: Kysely<DB>;
  config: Config;
  client: (ip?: string) => TestClient;
  /** A client already signed in as this demo account. */
  as: (email: string) => Promise<TestClient>;
  close: () => Promise<void>;
}

/** The app on its own fresh database with the demo world loaded. */
export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config: Config = {
    ...loadConfig({ NODE_ENV: 'test', DEMO_PASSWORD, PUBLIC_URL: 'http://localhost:3000' }),
    trustProxy: true,
    workers: false,
    demoMode: true,
    ...overrides,
  };
  const db = createDatabase(database.url, 5);
  await seedDemoWorld(db, DEMO_PASSWORD);
  const app = createApp(config, db);
  const client = (ip?: string) => new TestClient(app, ip);
  return {
    app,
    db,
    config,
    client,
    as: async (email) => {
      const c = client();
      await c.login(email);
      return c;
    },
    close: async () => {
      await db.destroy();
      await database.drop();
    },
  };
}

import { describe, expect, it } from 'vitest';
import { loadConfig } from './env.ts';

const EXTERNAL = 'postgres://passend@db.example.test:5432/passend';

describe('loadConfig', () => {
  it('has working defaults for a first start', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      dataDir: './data',
      demoMode: true,
      publicUrl: 'http://localhost:3000',
      production: false,
      trustProxy: false,
      cookieSecure: false,
      sessionIdleMinutes: 120,
      sessionAbsoluteHours: 12,
      workers: true,
    });
  });

  it.each([
    [{}, true],
    [{ DEMO_MODE: 'false' }, false],
    [{ DEMO_MODE: '0' }, false],
    [{ DEMO_MODE: 'true' }, true],
    [{ DEMO_MODE: '1' }, true],
    [{ DATABASE_URL: EXTERNAL }, false],
    [{ DATABASE_URL: EXTERNAL, DEMO_MODE: 'true' }, false],
    [{ DATABASE_URL: EXTERNAL, DEMO_MODE: '1' }, false],
  ])('demo mode with %j: %s', (env, demoMode) => {
    expect(loadConfig(env).demoMode).toBe(demoMode);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PORT: '-1' }, 'PORT'],
    [{ PORT: '80.5' }, 'PORT'],
    [{ DEMO_MODE: 'yes' }, 'DEMO_MODE'],
    [{ PUBLIC_URL: 'not a url' }, 'PUBLIC_URL'],
    [{ SESSION_IDLE_MINUTES: '0' }, 'SESSION_IDLE_MINUTES'],
    [{ DEMO_PASSWORD: 'short' }, 'DEMO_PASSWORD'],
  ])('refuses %j with a readable message naming %s', (env, name) => {
    let message = '';
    try {
      loadConfig(env);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/^Invalid environment:\n/);
    expect(message).toContain(`  ${name}: `);
    expect(message).not.toContain('[object Object]');
  });

  it.each([
    [{}, '127.0.0.1'],
    [{ DEMO_MODE: 'false' }, '0.0.0.0'],
    [{ DATABASE_URL: EXTERNAL }, '0.0.0.0'],
    [{ DATABASE_URL: EXTERNAL, DEMO_MODE: 'true' }, '0.0.0.0'],
    [{ HOST: '0.0.0.0' }, '0.0.0.0'],
    [{ DATABASE_URL: EXTERNAL, HOST: '10.0.0.5' }, '10.0.0.5'],
  ])('listens on the right host with %j: %s (demo mode stays on this machine)', (env, host) => {
    expect(loadConfig(env).host).toBe(host);
  });

  it('reads the port and derives the public URL from it', () => {
    expect(loadConfig({ PORT: '8080' })).toMatchObject({ port: 8080, publicUrl: 'http://localhost:8080' });
  });

  it('trims a trailing slash from PUBLIC_URL and uses secure cookies behind https', () => {
    const c = loadConfig({ PUBLIC_URL: 'https://passend.example.be/', NODE_ENV: 'production' });
    expect(c).toMatchObject({ publicUrl: 'https://passend.example.be', cookieSecure: true, production: true });
    expect(loadConfig({ PUBLIC_URL: 'https://passend.example.be', COOKIE_SECURE: 'false' }).cookieSecure).toBe(false);
  });

  it('keeps an external DATABASE_URL as given', () => {
    expect(loadConfig({ DATABASE_URL: EXTERNAL }).databaseUrl).toBe(EXTERNAL);
  });
});

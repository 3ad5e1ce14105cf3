import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Kysely } from 'kysely';
import { getCookie } from 'hono/cookie';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { Context, MiddlewareHandler } from 'hono';
import { loadActor, CSRF_COOKIE, SESSION_COOKIE } from './access/session.ts';
import { Scope } from './access/scope.ts';
import type { DB } from './db/types.ts';
import type { Config } from './env.ts';
import { HttpProblem, problemResponse } from './lib/errors.ts';
import { createRouter, type AppEnv } from './lib/http.ts';
import { features } from './features/index.ts';

/** The largest JSON body accepted anywhere in the API. */
export const MAX_BODY_BYTES = 1024 * 1024;
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const UNIQUE_VIOLATION = '23505';

function clientIp(c: Context<AppEnv>, config: Config): string {
  if (config.trustProxy) {
    // The last address is the one our own proxy appended; earlier ones are the client's say-so.
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded.slice(0, 64);
  }
  try {
    return getConnInfo(c).remote.address ?? '';
  } catch {
    return ''; // in-process requests (tests) have no socket
  }
}

function sameOrigin(origin: string, c: Context<AppEnv>, config: Config): boolean {
  if (origin === new URL(config.publicUrl).origin) return true;
  const host = c.req.header('host');
  return host !== undefined && (origin === `http://${host}` || origin === `https://${host}`);
}

/** CSP, nosniff, frame-ancestors, referrer policy; HSTS in production over https. */
function securityHeaders(config: Config): MiddlewareHandler {
  const common = { xFrameOptions: 'DENY', referrerPolicy: 'same-origin', crossOriginEmbedderPolicy: false } as const;
  const app = secureHeaders({
    ...common,
    contentSecurityPolicy: {
      defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'], fontSrc: ["'self'"],
      connectSrc: ["'self'"], objectSrc: ["'none'"], baseUri: ["'self'"], formAction: ["'self'"], frameAncestors: ["'none'"],
    },
    strictTransportSecurity: config.production && config.publicUrl.startsWith('https:') ? 'max-age=31536000; includeSubDomains' : false,
  });
  // Swagger UI needs inline styles; its page is otherwise as strict as the app.
  const docs = secureHeaders({
    ...common,
    contentSecurityPolicy: {
      defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:'], styleSrc: ["'self'", "'unsafe-inline'"], objectSrc: ["'none'"], frameAncestors: ["'none'"],
    },
    strictTransportSecurity: false,
  });
  return (c, next) => (c.req.path.startsWith('/api/docs') ? docs(c, next) : app(c, next));
}

export function createApp(config: Config, db: Kysely<DB>) {
  const app = createRouter();

  app.use('*', securityHeaders(config));

  app.use('/api/*', async (c, next) => {
    c.set('config', config);
    c.set('ip', clientIp(c, config));
    const token = getCookie(c, SESSION_COOKIE);
    const timeouts = { idleMinutes: config.sessionIdleMinutes, absoluteHours: config.sessionAbsoluteHours };
    const actor = token ? await loadActor(db, token, timeouts) : undefined;
    c.set('actor', actor);
    c.set('db', new Scope(db, actor, c.get('ip')));
    c.header('cache-control', 'no-store');
    await next();
  });

  // CSRF: every state-changing request carries the token from the csrf cookie in a header
  // (bound to the session when there is one), and a cross-site Origin is refused outright.
  app.use('/api/*', async (c, next) => {
    if (UNSAFE_METHODS.has(c.req.method)) {
      const origin = c.req.header('origin');
      const header = c.req.header('x-csrf-token');
      const cookie = getCookie(c, CSRF_COOKIE);
      const actor = c.get('actor');
      const expected = actor ? actor.csrfToken : cookie;
      const ok = (!origin || sameOrigin(origin, c, config)) && !!header && header === cookie && header === expected;
      if (!ok) return problemResponse(c, new HttpProblem(403, 'csrf'));
    }
    await next();
  });

  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => problemResponse(c, new HttpProblem(413, 'payload_too_large')),
    }),
  );

  for (const feature of features(config)) app.route('/', feature);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Passend API',
      version: '0.1.0',
      description:
        'Supported employment in Flanders and the Netherlands. Every state-changing request needs the ' +
        '`X-CSRF-Token` header equal to the `passend_csrf` cookie (GET /api/auth/csrf sets it). ' +
        'Errors are RFC 9457 problem details.',
    },
  });
  mountApiDocs(app);

  app.all('/api/*', (c) => problemResponse(c, new HttpProblem(404, 'not_found')));
  mountWeb(app, config);

  app.notFound((c) => problemResponse(c, new HttpProblem(404, 'not_found')));
  app.onError((err, c) => {
    if (err instanceof HttpProblem) return problemResponse(c, err);
    if (err instanceof HTTPException) {
      const status = err.status;
      const code = status === 400 && /json/i.test(err.message) ? 'malformed_json'
        : status === 415 ? 'unsupported_media_type'
        : status === 413 ? 'payload_too_large'
        : status === 404 ? 'not_found'
        : status < 500 ? 'bad_request' : 'internal';
      return problemResponse(c, new HttpProblem(status < 500 ? status : 500, code));
    }
    // A unique index caught what a route's own check missed: a simultaneous request won.
    if ((err as { code?: string }).code === UNIQUE_VIOLATION) return problemResponse(c, new HttpProblem(409, 'conflict'));
    if (isDatabaseDown(err)) {
      console.error('[api] database unavailable:', err.message);
      return problemResponse(c, new HttpProblem(503, 'service_unavailable', { headers: { 'retry-after': '5' } }));
    }
    console.error('[api] unexpected error on', c.req.method, c.req.path, err);
    return problemResponse(c, new HttpProblem(500, 'internal'));
  });
  return app;
}

function isDatabaseDown(err: Error): boolean {
  const code = (err as { code?: string }).code ?? '';
  return ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03', '53300'].includes(code) ||
    /Connection terminated|timeout exceeded when trying to connect/i.test(err.message);
}

const require = createRequire(import.meta.url);

/** A browsable API reference at /api/docs, served from swagger-ui-dist without any CDN. */
function mountApiDocs(app: ReturnType<typeof createRouter>) {
  const dist = path.dirname(require.resolve('swagger-ui-dist/package.json'));
  app.get('/api/docs', (c) => {
    return c.html(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Passend API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><main id="swagger-ui"></main>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/assets/init.js"></script></body></html>`);
  });
  app.get('/api/docs/assets/init.js', (c) => {
    c.header('content-type', 'text/javascript; charset=utf-8');
    return c.body(`window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui' });`);
  });
  app.get('/api/docs/assets/:file{swagger-ui\\.css|swagger-ui-bundle\\.js}', (c) => {
    const file = c.req.param('file');
    c.header('content-type', file.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8');
    c.header('cache-control', 'public, max-age=86400');
    return c.body(readFileSync(path.join(dist, file)));
  });
}

/** The built single-page app, with index.html for every client-side route. */
function mountWeb(app: ReturnType<typeof createRouter>, config: Config) {
  const root = path.resolve(config.webDistDir);
  const indexFile = path.join(root, 'index.html');
  if (existsSync(root)) {
    app.use('/assets/*', serveStatic({ root, onFound: (_p, c) => { c.header('cache-control', 'public, max-age=31536000, immutable'); } }));
    app.use('*', serveStatic({ root }));
  }
  app.get('*', (c) => {
    if (!existsSync(indexFile)) {
      return c.text('The web app is not built yet: run `npm run build` (npm start does this for you).', 503);
    }
    c.header('cache-control', 'no-cache');
    return c.html(readFileSync(indexFile, 'utf8'));
  });
}

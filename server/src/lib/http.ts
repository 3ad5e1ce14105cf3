import { OpenAPIHono, createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { Problem } from '../../../common/schemas/problem.ts';
import type { Actor } from '../access/actor.ts';
import { decide, type Action } from '../access/policies.ts';
import type { Scope } from '../access/scope.ts';
import type { Config } from '../env.ts';
import { HttpProblem, problemResponse } from './errors.ts';

export interface AppEnv {
  Variables: {
    config: Config;
    actor: Actor | undefined;
    /** The actor-scoped database handle; see access/scope.ts. */
    db: Scope;
    ip: string;
  };
}

/** Every route's declared policy, by "METHOD /hono/path"; policies.test.ts checks coverage. */
export const routePolicies = new Map<string, Action>();

function authorize(action: Action): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const decision = decide(c.get('actor'), action);
    if (decision === 'unauthenticated') return problemResponse(c, new HttpProblem(401, 'unauthenticated'));
    if (decision === 'forbidden') return problemResponse(c, new HttpProblem(403, 'forbidden'));
    await next();
  };
}

const problemContent = { 'application/problem+json': { schema: Problem } };

/**
 * Declares a route with its policy. The policy runs before validation and the handler; the
 * common error responses are documented for every route.
 */
export function defineRoute<R extends Omit<RouteConfig, 'middleware'>>(policy: Action, config: R) {
  routePolicies.set(`${config.method.toUpperCase()} ${config.path.replace(/\{(\w+)\}/g, ':$1')}`, policy);
  return createRoute({
    ...config,
    middleware: [authorize(policy)] as const,
    responses: {
      ...config.responses,
      400: { description: 'Invalid input', content: problemContent },
      ...(policy === 'public' ? {} : { 401: { description: 'Not signed in', content: problemContent } }),
      ...(policy === 'public' ? {} : { 403: { description: 'Not allowed', content: problemContent } }),
    },
  } as R & { middleware: MiddlewareHandler<AppEnv>[] });
}

export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const errors = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
        return problemResponse(c as never, new HttpProblem(400, 'validation', { errors }));
      }
      return undefined;
    },
  });
}

export const json = <T extends z.ZodType>(schema: T, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

export const IdParam = z.object({ id: z.uuid() });

/** The version a write is based on, from `If-Match: "3"` (or `W/"3"`). */
export function ifMatchVersion(header: string | undefined): number {
  if (header === undefined) throw new HttpProblem(428, 'precondition_required');
  const m = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim());
  if (!m) throw new HttpProblem(400, 'bad_request');
  return Number(m[1]);
}

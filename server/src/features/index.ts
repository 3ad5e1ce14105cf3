import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Config } from '../env.ts';
import type { AppEnv } from '../lib/http.ts';
import { accountRoutes } from './account/account.routes.ts';
import { auditRoutes } from './audit/audit.routes.ts';
import { authRoutes } from './auth/auth.routes.ts';
import { branchRoutes } from './branches/branches.routes.ts';
import { healthRoutes } from './health/health.routes.ts';
import { devMailboxRoutes } from './mail/mail.routes.ts';
import { userRoutes } from './users/users.routes.ts';

/** Every feature's routes. A new domain adds its folder and one line here. */
export function features(config: Config): OpenAPIHono<AppEnv>[] {
  return [
    healthRoutes(),
    authRoutes(config),
    accountRoutes(),
    userRoutes(config),
    branchRoutes(),
    auditRoutes(),
    ...(config.demoMode ? [devMailboxRoutes()] : []),
  ];
}

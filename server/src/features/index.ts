import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Config } from '../env.ts';
import type { AppEnv } from '../lib/http.ts';
import { accountRoutes } from './account/account.routes.ts';
import { actionPlanRoutes } from './action-plan/action-plan.routes.ts';
import { auditRoutes } from './audit/audit.routes.ts';
import { authRoutes } from './auth/auth.routes.ts';
import { branchRoutes } from './branches/branches.routes.ts';
import { capacityRoutes } from './capacity/capacity.routes.ts';
import { clientFeature } from './clients/index.ts';
import { consentRoutes } from './consent/consent.routes.ts';
import { healthRoutes } from './health/health.routes.ts';
import { escoRoutes } from './esco/esco.routes.ts';
import { devMailboxRoutes } from './mail/mail.routes.ts';
import { matchingRoutes } from './matching/matching.routes.ts';
import { employerRoutes } from './employers/employers.routes.ts';
import { pdfRoutes } from './pdf/pdf.routes.ts';
import { checklistRoutes } from './placements/checklist.routes.ts';
import { placementRoutes } from './placements/placements.routes.ts';
import { trajectoryFeature } from './trajectory/index.ts';
import { userRoutes } from './users/users.routes.ts';
import { vacancyRoutes } from './vacancies/vacancies.routes.ts';
import { vocationalProfileRoutes } from './vocational-profile/vocational-profile.routes.ts';

/** Every feature's routes. A new domain adds its folder and one line here. */
export function features(config: Config): OpenAPIHono<AppEnv>[] {
  return [
    healthRoutes(),
    authRoutes(config),
    accountRoutes(),
    userRoutes(config),
    branchRoutes(),
    auditRoutes(),
    consentRoutes(),
    escoRoutes(),
    vocationalProfileRoutes(),
    capacityRoutes(),
    ...clientFeature(config),
    ...trajectoryFeature(),
    actionPlanRoutes(),
    employerRoutes(),
    vacancyRoutes(),
    matchingRoutes(),
    pdfRoutes(),
    placementRoutes(),
    checklistRoutes(),
    ...(config.demoMode ? [devMailboxRoutes()] : []),
  ];
}

import { messages as account } from '../features/account/messages.ts';
import { messages as admin } from '../features/admin/messages.ts';
import { messages as audit } from '../features/audit/messages.ts';
import { messages as auth } from '../features/auth/messages.ts';
import { messages as home } from '../features/home/messages.ts';
import { messages as clients } from '../features/clients/messages.ts';
import { messages as consent } from '../features/consent/messages.ts';
import { messages as contact } from '../features/contact/messages.ts';
import { messages as mail } from '../features/mail/messages.ts';
import { messages as plan } from '../features/plan/messages.ts';
import { messages as portal } from '../features/portal/messages.ts';
import { messages as profile } from '../features/profile/messages.ts';
import { messages as shared } from '../features/shared/messages.ts';
import { messages as employers } from '../features/employers/messages.ts';
import { messages as vacancies } from '../features/vacancies/messages.ts';
import { messages as capacity } from '../features/capacity/messages.ts';
import { messages as matching } from '../features/matching/messages.ts';
import { messages as placements } from '../features/placements/messages.ts';

/**
 * Each feature's catalogue, as an i18next namespace named after the feature. A feature
 * exports `messages: Record<Locale, Catalogue>` from web/src/features/<feature>/messages.ts.
 */
export const featureCatalogues = {
  account, admin, audit, auth, clients, consent, contact, home, mail, plan, portal, profile, shared, employers, vacancies, capacity, matching, placements,
};

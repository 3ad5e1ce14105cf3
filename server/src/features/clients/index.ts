import { clientRoutes } from './clients.routes.ts';
import type { Config } from '../../env.ts';
import { noteRoutes } from './notes.routes.ts';
import { portalAccountRoutes } from './portal-account.routes.ts';
import { supportContactRoutes } from './support-contacts.routes.ts';

/** The client dossier's routers: the record and caseload, the client's portal account, the support network, notes and appointments. */
export const clientFeature = (config: Config) => [clientRoutes(), portalAccountRoutes(config), supportContactRoutes(), noteRoutes()];

import { clientRoutes } from './clients.routes.ts';
import { noteRoutes } from './notes.routes.ts';
import { supportContactRoutes } from './support-contacts.routes.ts';

/** The client dossier's routers: the record and caseload, the support network, notes and appointments. */
export const clientFeature = () => [clientRoutes(), supportContactRoutes(), noteRoutes()];

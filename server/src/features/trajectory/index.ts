import { engagementRoutes } from './engagement.routes.ts';
import { trajectoryRoutes } from './trajectory.routes.ts';

/** The trajectory through the EUSE phases and phase 1's engagement record. */
export const trajectoryFeature = () => [trajectoryRoutes(), engagementRoutes()];

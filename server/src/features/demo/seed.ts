import type { Kysely } from 'kysely';
import type { Role } from '../../../../common/roles.ts';
import { recordAudit } from '../../audit/audit.ts';
import type { DB } from '../../db/types.ts';
import { hashPassword } from '../auth/password.ts';
import { seedDemoCandidates } from './candidates-seed.ts';
import { seedDemoClients } from './clients-seed.ts';
import { seedDemoEmployers } from './employers-seed.ts';
import { seedDemoProfile } from './profile-seed.ts';
import { seedDemoVacancies } from './vacancies-seed.ts';

interface DemoPerson {
  email: string;
  name: string;
  roles: Role[];
  branch?: string;
}

interface DemoOrganisation {
  kind: 'coaching' | 'employer' | 'intermediary';
  name: string;
  branches: { name: string; address: string }[];
  people: DemoPerson[];
}

const WORLD: DemoOrganisation[] = [
  {
    kind: 'coaching',
    name: 'Jobcoaching Schelde',
    branches: [{ name: 'Kantoor Gent', address: 'Kortrijksesteenweg 12, 9000 Gent' }],
    people: [
      { email: 'teamlead@coaching.passend.test', name: 'Sofie Claes', roles: ['team_lead', 'coach'] },
      { email: 'coach@coaching.passend.test', name: 'Jonas Peeters', roles: ['coach'] },
      { email: 'coach2@coaching.passend.test', name: 'Leen Maes', roles: ['coach'] },
      { email: 'admin@coaching.passend.test', name: 'An Wouters', roles: ['org_admin'] },
      { email: 'client@client.passend.test', name: 'Karim El Amrani', roles: ['client'] },
    ],
  },
  {
    kind: 'employer',
    name: 'Groenhof Supermarkten',
    branches: [
      { name: 'Groenhof Gent-Zuid', address: 'Sint-Pietersnieuwstraat 140, 9000 Gent' },
      { name: 'Groenhof Mechelen', address: 'Bruul 55, 2800 Mechelen' },
    ],
    people: [
      { email: 'hr@employer.passend.test', name: 'Els Janssens', roles: ['hr_officer', 'org_admin'] },
      { email: 'supervisor@employer.passend.test', name: 'Pieter De Smet', roles: ['supervisor'], branch: 'Groenhof Gent-Zuid' },
    ],
  },
  {
    kind: 'intermediary',
    name: 'Partnerwerk Antwerpen',
    branches: [],
    people: [{ email: 'coach@partner.passend.test', name: 'Nadia Vermeulen', roles: ['intermediary_coach'] }],
  },
];

/**
 * Loads the demo world once: a job-coaching service with its team and a client, an employer
 * with two branches, and a partner intermediary. Does nothing when it is already there.
 * Later features add their demo records through their own seed steps, each idempotent, so an
 * existing demo database gains them on the next start. The profile step codes jobs with ESCO,
 * so ESCO must be loaded before this runs.
 */
export async function seedDemoWorld(db: Kysely<DB>, password: string): Promise<boolean> {
  const exists = await db.selectFrom('users').select('id').where('email', '=', 'teamlead@coaching.passend.test').executeTakeFirst();
  const world = exists ? false : await seedOrganisations(db, password);
  const clients = await seedDemoClients(db);
  // After the clients step, and after ESCO is loaded (server.ts and the test template load it first).
  const profile = await seedDemoProfile(db);
  const employers = await seedDemoEmployers(db);
  // After the employers step: the vacancies are at Groenhof's sites.
  const vacancies = await seedDemoVacancies(db);
  // After the vacancies step: candidates for Groenhof's vacancies, with capacity profiles and availability.
  const candidates = await seedDemoCandidates(db);
  return world || clients || profile || employers || vacancies || candidates;
}

async function seedOrganisations(db: Kysely<DB>, password: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    for (const org of WORLD) {
      const { id: organisationId } = await trx
        .insertInto('organisations')
        .values({ kind: org.kind, name: org.name, region: 'flanders' })
        .returning('id')
        .executeTakeFirstOrThrow();
      const branchIds = new Map<string, string>();
      for (const b of org.branches) {
        const { id } = await trx.insertInto('branches').values({ organisation_id: organisationId, ...b }).returning('id').executeTakeFirstOrThrow();
        branchIds.set(b.name, id);
      }
      for (const p of org.people) {
        const { id: userId } = await trx
          .insertInto('users')
          .values({ organisation_id: organisationId, email: p.email, name: p.name, password_hash: passwordHash, status: 'active' })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('user_roles')
          .values(p.roles.map((role) => ({ organisation_id: organisationId, user_id: userId, role, branch_id: p.branch && role === 'supervisor' ? (branchIds.get(p.branch) ?? null) : null })))
          .execute();
      }
      await recordAudit(trx, { organisationId, actorUserId: null, action: 'demo.seeded', entity: 'organisation', entityId: organisationId });
    }
  });
  return true;
}

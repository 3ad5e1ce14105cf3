import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidRijksregisternummer } from '../../../../common/national-id.ts';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../../../test/harness.ts';
import { organisationId, userId } from '../../../test/helpers.ts';
import { seedDemoWorld } from './seed.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

const counts = async () => Object.fromEntries(
  await Promise.all((['teams', 'team_members', 'clients', 'client_assignments', 'support_contacts', 'trajectories', 'trajectory_events', 'consents'] as const)
    .map(async (table) => [table, (await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n])),
);

describe('the demo clients step', () => {
  it('gives Team Gent its lead and coaches', async () => {
    const members = await t.db.selectFrom('team_members as m').innerJoin('teams as tm', 'tm.id', 'm.team_id').innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['u.name', 'm.is_lead']).where('tm.name', '=', 'Team Gent').orderBy('u.name').execute();
    expect(members).toEqual([{ name: 'Jonas Peeters', is_lead: false }, { name: 'Leen Maes', is_lead: false }, { name: 'Sofie Claes', is_lead: true }]);
  });

  it('gives Karim a dossier: his own account, a valid national register number, Jonas as coach, phase 2, a consent for the demo employer', async () => {
    const client = await t.db.selectFrom('clients').selectAll().where('user_id', '=', await userId(t, 'client@client.passend.test')).executeTakeFirstOrThrow();
    expect(client).toMatchObject({ given_name: 'Karim', family_name: 'El Amrani', national_id_kind: 'be_rrn', organisation_id: await organisationId(t, 'Jobcoaching Schelde') });
    expect(isValidRijksregisternummer(client.national_id!)).toBe(true);
    expect(await t.db.selectFrom('client_assignments').select(['user_id', 'kind']).where('client_id', '=', client.id).execute())
      .toEqual([{ user_id: await userId(t, 'coach@coaching.passend.test'), kind: 'responsible' }]);
    const trajectory = await t.db.selectFrom('trajectories').selectAll().where('client_id', '=', client.id).executeTakeFirstOrThrow();
    expect(trajectory).toMatchObject({ phase: 2, status: 'open' });
    const events = await t.db.selectFrom('trajectory_events').select(['kind', 'from_phase', 'to_phase']).where('trajectory_id', '=', trajectory.id).orderBy('at').execute();
    expect(events).toEqual([{ kind: 'opened', from_phase: null, to_phase: 1 }, { kind: 'phase_changed', from_phase: 1, to_phase: 2 }]);
    expect(await t.db.selectFrom('consents').select(['recipient_organisation_id', 'categories', 'purpose', 'recorded_by', 'withdrawn_at']).where('client_id', '=', client.id).execute())
      .toEqual([{ recipient_organisation_id: await organisationId(t, 'Groenhof Supermarkten'), categories: ['vocational_profile'], purpose: 'job_finding', recorded_by: await userId(t, 'coach@coaching.passend.test'), withdrawn_at: null }]);
  });

  it('is idempotent: a second run adds nothing', async () => {
    const before = await counts();
    expect(await seedDemoWorld(t.db, DEMO_PASSWORD)).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it('adds the clients step to a demo database that has the world but not yet the clients', async () => {
    const karim = await t.db.selectFrom('clients').select('id').where('user_id', '=', await userId(t, 'client@client.passend.test')).executeTakeFirstOrThrow();
    await t.db.deleteFrom('clients').where('id', '=', karim.id).execute();
    expect(await seedDemoWorld(t.db, DEMO_PASSWORD)).toBe(true);
    expect((await t.db.selectFrom('clients').select('id').where('given_name', '=', 'Karim').execute())).toHaveLength(1);
  });
});

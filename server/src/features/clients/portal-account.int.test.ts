import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import { COACH, EMPLOYER, OTHER_COACH, TEAM_LEAD, newClient, otherOrganisationCoach } from '../../../test/clients.ts';
import { auditRows, mailedToken, mailsTo } from '../../../test/helpers.ts';

let t: TestApp;
let coach: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  coach = await t.as(COACH);
});
afterAll(async () => { await t.close(); });

const invite = (c: TestClient, clientId: string, email: string, locale = 'nl-BE') =>
  c.post(`/api/clients/${clientId}/portal-account`, { email, locale });

describe('POST /api/clients/{id}/portal-account', () => {
  it('invites the client: an invited account with the client role, linked to the dossier, and a mail in easy language', async () => {
    const id = await newClient(coach, { givenName: 'Sara', familyName: 'Claes' });
    expect((await coach.get(`/api/clients/${id}`)).body.portalAccount).toBeNull();

    const res = await invite(coach, id, ' Sara.Claes@Example.test ');
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ email: 'sara.claes@example.test', status: 'invited' });

    const user = await t.db.selectFrom('users').selectAll().where('email', '=', 'sara.claes@example.test').executeTakeFirstOrThrow();
    expect(user).toMatchObject({ name: 'Sara Claes', status: 'invited', locale: 'nl-BE', password_hash: null });
    const roles = await t.db.selectFrom('user_roles').select('role').where('user_id', '=', user.id).execute();
    expect(roles.map((r) => r.role)).toEqual(['client']);
    expect((await t.db.selectFrom('clients').select('user_id').where('id', '=', id).executeTakeFirstOrThrow()).user_id).toBe(user.id);
    expect((await coach.get(`/api/clients/${id}`)).body.portalAccount).toEqual({ email: 'sara.claes@example.test', status: 'invited' });

    const [mail] = await mailsTo(t, 'sara.claes@example.test');
    expect(mail!.subject).toBe('Passend: je eigen pagina bij je jobcoach');
    expect(mail!.body_text).toContain('Dag Sara,');
    expect(mail!.body_text).toContain('Jij beslist wie iets over jou mag zien.');
    const [row] = await auditRows(t, 'client.portal_invited');
    expect(row).toMatchObject({ entity: 'client', entity_id: id });
  });

  it('lets the client accept, sign in and find their own dossier; then the invitation cannot be sent again', async () => {
    const id = await newClient(coach, { givenName: 'Tom', familyName: 'Peeters' });
    expect((await invite(coach, id, 'tom.peeters@example.test', 'en')).status).toBe(201);
    expect((await mailsTo(t, 'tom.peeters@example.test'))[0]!.subject).toBe('Passend: your own page with your job coach');
    const token = await mailedToken(t, 'tom.peeters@example.test');
    const accepted = await t.client().post('/api/auth/invitations/accept', { token, password: 'een lange zin als wachtwoord' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ roles: ['client'], locale: 'en', abilities: ['consents.give', 'portal.use'] });

    const tom = t.client();
    await tom.login('tom.peeters@example.test', 'een lange zin als wachtwoord');
    const list = await tom.get('/api/clients');
    expect(list.body.items).toEqual([expect.objectContaining({ id, relation: 'self' })]);
    expect((await tom.get(`/api/clients/${id}`)).body.portalAccount).toEqual({ email: 'tom.peeters@example.test', status: 'active' });

    expect(await invite(coach, id, 'tom.peeters@example.test')).toBeProblem(409, 'conflict');
  });

  it('sends the invitation again, to a corrected address: the earlier link stops working', async () => {
    const id = await newClient(coach, { givenName: 'Lien', familyName: 'Maes' });
    expect((await invite(coach, id, 'lien.typo@example.test')).status).toBe(201);
    const first = await mailedToken(t, 'lien.typo@example.test');
    const again = await invite(coach, id, 'lien.maes@example.test', 'nl-NL');
    expect(again.status).toBe(201);
    expect(again.body).toEqual({ email: 'lien.maes@example.test', status: 'invited' });
    expect((await mailsTo(t, 'lien.maes@example.test'))[0]!.body_text).toContain('Hallo Lien,');
    expect((await t.client().get(`/api/auth/invitations/${first}`)).status).toBe(404);
    expect((await t.client().get(`/api/auth/invitations/${await mailedToken(t, 'lien.maes@example.test')}`)).status).toBe(200);
    expect(await t.db.selectFrom('users').select('id').where('email', '=', 'lien.typo@example.test').executeTakeFirst()).toBeUndefined();
    expect((await auditRows(t, 'client.portal_invitation_resent'))[0]).toMatchObject({ entity_id: id });
  });

  it('refuses an address that belongs to someone else, and a malformed one, keeping the dossier as it was', async () => {
    const id = await newClient(coach);
    const taken = await invite(coach, id, 'hr@employer.passend.test');
    expect(taken).toBeProblem(409, 'email_taken');
    expect(taken.body.errors).toEqual([{ path: 'email', message: expect.any(String) }]);
    expect(await invite(coach, id, 'not-an-address')).toBeProblem(400, 'validation');
    expect((await coach.post(`/api/clients/${id}/portal-account`, { email: 'x@example.test', locale: 'fr' }))).toBeProblem(400, 'validation');
    expect((await t.db.selectFrom('clients').select('user_id').where('id', '=', id).executeTakeFirstOrThrow()).user_id).toBeNull();
  });

  it('is for the client’s own coaching team only: others get 404 (or 403 by role), nothing is made', async () => {
    const id = await newClient(coach);
    expect(await invite(await t.as(OTHER_COACH), id, 'a@example.test')).toBeProblem(404, 'not_found');
    expect(await invite(await otherOrganisationCoach(t), id, 'b@example.test')).toBeProblem(404, 'not_found');
    expect(await invite(await t.as(EMPLOYER), id, 'c@example.test')).toBeProblem(403, 'forbidden');
    expect(await invite(coach, '00000000-0000-4000-8000-000000000000', 'd@example.test')).toBeProblem(404, 'not_found');
    const made = await t.db.selectFrom('users').select('email').where('email', 'in', ['a@example.test', 'b@example.test', 'c@example.test', 'd@example.test']).execute();
    expect(made).toEqual([]);
    // The team lead of the coach's team may.
    expect((await invite(await t.as(TEAM_LEAD), id, 'e@example.test')).status).toBe(201);
  });

  it('does not show the account to a recipient of a consent', async () => {
    const karim = (await t.db.selectFrom('clients as c').innerJoin('users as u', 'u.id', 'c.user_id').select('c.id').where('u.email', '=', 'client@client.passend.test').executeTakeFirstOrThrow()).id;
    expect((await coach.get(`/api/clients/${karim}`)).body.portalAccount).toEqual({ email: 'client@client.passend.test', status: 'active' });
    const hr = await (await t.as(EMPLOYER)).get(`/api/clients/${karim}?purpose=job_finding`);
    expect(hr.status).toBe(200);
    expect(hr.body).not.toHaveProperty('portalAccount');
  });
});

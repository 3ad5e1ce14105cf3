import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import { auditRows, userId } from '../../../test/helpers.ts';
import {
  COACH, EMPLOYER, OTHER_COACH, consent, dossierRows, newClient, otherOrganisationCoach, outsiderAnswers, refusedAnswers, trajectoryVersion,
} from '../../../test/clients.ts';

let t: TestApp;
let coach: TestClient;
let outsiders: [string, TestClient][];
beforeAll(async () => {
  t = await createTestApp();
  coach = await t.as(COACH);
  outsiders = [
    ['a coach of another organisation', await otherOrganisationCoach(t)],
    ['the employer without consent', await t.as(EMPLOYER)],
    ['a coach of the same organisation who is not assigned', await t.as(OTHER_COACH)],
  ];
});
afterAll(async () => { await t.close(); });

describe('the trajectory', () => {
  let id = '';
  beforeAll(async () => { id = await newClient(coach); });

  it('starts in phase 1, opened by the coach', async () => {
    const res = await coach.get(`/api/clients/${id}/trajectory`);
    expect(res.body).toMatchObject({ phase: 1, status: 'open', outcome: null, version: 1, earlier: [] });
    expect(res.body.events).toEqual([{ kind: 'opened', fromPhase: null, toPhase: 1, reason: '', at: expect.any(String), by: { id: await userId(t, COACH), name: 'Jonas Peeters' } }]);
  });

  it('moves to another phase with the reason, recorded with who', async () => {
    const res = await coach.post(`/api/clients/${id}/trajectory/phase`, { phase: 2, reason: 'Ilse kiest voor SE na het planningsgesprek.' }, { 'if-match': '"1"' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ phase: 2, version: 2 });
    expect(res.body.events.at(-1)).toMatchObject({ kind: 'phase_changed', fromPhase: 1, toPhase: 2, reason: 'Ilse kiest voor SE na het planningsgesprek.', by: { name: 'Jonas Peeters' } });
    const [row] = await auditRows(t, 'client.phase_changed');
    expect(row).toMatchObject({ entity_id: id, details: { from: 1, to: 2 } });
  });

  it('refuses the same phase, a phase outside 1–5, a missing reason, a stale version and no If-Match', async () => {
    expect(await coach.post(`/api/clients/${id}/trajectory/phase`, { phase: 2, reason: 'Nog eens' }, { 'if-match': '"2"' })).toBeProblem(409, 'conflict');
    expect(await coach.post(`/api/clients/${id}/trajectory/phase`, { phase: 6, reason: 'Te ver' }, { 'if-match': '"2"' })).toBeProblem(400, 'validation');
    expect(await coach.post(`/api/clients/${id}/trajectory/phase`, { phase: 3, reason: ' ' }, { 'if-match': '"2"' })).toBeProblem(400, 'validation');
    const stale = await coach.post(`/api/clients/${id}/trajectory/phase`, { phase: 3, reason: 'Oud' }, { 'if-match': '"1"' });
    expect(stale).toBeProblem(412, 'stale_version');
    expect(stale.body.current).toMatchObject({ phase: 2, version: 2 });
    expect(await coach.post(`/api/clients/${id}/trajectory/phase`, { phase: 3, reason: 'Zonder' })).toBeProblem(428, 'precondition_required');
  });

  it.each([
    ['referred', ''],
    ['stopped', '  '],
  ])('needs to know where or why when the outcome is %s', async (outcome, detail) => {
    const res = await coach.post(`/api/clients/${id}/trajectory/close`, { outcome, detail }, { 'if-match': '"2"' });
    expect(res).toBeProblem(400, 'validation');
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['detail']);
  });

  it('closes with a referral elsewhere: the client decides SE is not for them now', async () => {
    const res = await coach.post(`/api/clients/${id}/trajectory/close`, { outcome: 'referred', detail: 'Dagcentrum De Brug, tot ze zich klaar voelt' }, { 'if-match': '"2"' });
    expect(res.body).toMatchObject({ status: 'closed', outcome: 'referred', outcomeDetail: 'Dagcentrum De Brug, tot ze zich klaar voelt', closedAt: expect.any(String), version: 3 });
    expect(res.body.events.at(-1)).toMatchObject({ kind: 'closed', fromPhase: 2, reason: 'Dagcentrum De Brug, tot ze zich klaar voelt' });
    expect(await coach.post(`/api/clients/${id}/trajectory/close`, { outcome: 'stopped', detail: 'Twee keer' }, { 'if-match': '"3"' })).toBeProblem(409, 'conflict');
    expect(await coach.post(`/api/clients/${id}/trajectory/phase`, { phase: 3, reason: 'Gesloten' }, { 'if-match': '"3"' })).toBeProblem(409, 'conflict');
  });

  it('reopens when the client comes back: a new trajectory, the earlier one keeps its outcome', async () => {
    expect(await coach.post(`/api/clients/${id}/trajectory/reopen`, { reason: 'Terug' }, { 'if-match': '"2"' })).toBeProblem(412, 'stale_version');
    const res = await coach.post(`/api/clients/${id}/trajectory/reopen`, { reason: 'Ilse voelt zich klaar om werk te zoeken.' }, { 'if-match': '"3"' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ phase: 1, status: 'open', outcome: null, version: 1 });
    expect(res.body.events).toEqual([expect.objectContaining({ kind: 'reopened', toPhase: 1, reason: 'Ilse voelt zich klaar om werk te zoeken.' })]);
    expect(res.body.earlier).toEqual([expect.objectContaining({ status: 'closed', outcome: 'referred', version: 4 })]);
    // reopening again is stale (the closed one moved on) or refused (this one is open)
    expect(await coach.post(`/api/clients/${id}/trajectory/reopen`, { reason: 'Nog eens' }, { 'if-match': '"3"' })).toBeProblem(412, 'stale_version');
    expect(await coach.post(`/api/clients/${id}/trajectory/reopen`, { reason: 'Nog eens' }, { 'if-match': '"1"' })).toBeProblem(409, 'conflict');
    const [row] = await auditRows(t, 'client.trajectory_reopened');
    expect(row).toMatchObject({ entity_id: id });
  });

  it('is shared with a recipient only through a consent for the action plan', async () => {
    const employer = outsiders[1]![1];
    await consent(t, id, 'Groenhof Supermarkten', ['identity'], 'job_finding');
    expect(await employer.get(`/api/clients/${id}/trajectory?purpose=job_finding`)).toBeProblem(404, 'not_found');
    await consent(t, id, 'Groenhof Supermarkten', ['action_plan'], 'job_finding');
    expect((await employer.get(`/api/clients/${id}/trajectory?purpose=job_finding`)).body).toMatchObject({ phase: 1, status: 'open' });
    expect(await employer.post(`/api/clients/${id}/trajectory/phase`, { phase: 2, reason: 'Werkgever' }, { 'if-match': '"1"' })).toBeProblem(403, 'forbidden');
  });

  it('answers outsiders as if the client did not exist, and changes nothing', async () => {
    const other = await newClient(coach);
    const before = await dossierRows(t, other);
    const v = await trajectoryVersion(t, other);
    const send = [
      ['read', (c: TestClient, client: string) => c.get(`/api/clients/${client}/trajectory?purpose=job_finding`)],
      ['write', (c: TestClient, client: string) => c.post(`/api/clients/${client}/trajectory/phase`, { phase: 2, reason: 'x' }, { 'if-match': v })],
      ['write', (c: TestClient, client: string) => c.post(`/api/clients/${client}/trajectory/close`, { outcome: 'stopped', detail: 'x' }, { 'if-match': v })],
      ['write', (c: TestClient, client: string) => c.post(`/api/clients/${client}/trajectory/reopen`, { reason: 'x' }, { 'if-match': v })],
    ] as const;
    for (const [kind, request] of send) {
      expect(await outsiderAnswers(outsiders, other, request)).toEqual(refusedAnswers(outsiders, kind));
    }
    expect(await dossierRows(t, other)).toEqual(before);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import { auditRows, userId } from '../../../test/helpers.ts';
import { COACH, EMPLOYER, OTHER_COACH, TEAM_LEAD, consent, newClient, otherOrganisationCoach } from '../../../test/clients.ts';
import { fetchPdf } from '../../../test/pdf-text.ts';
import { makePng, pngDataUrl } from '../../../test/png.ts';

let t: TestApp;
let coach: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  coach = await t.as(COACH);
});
afterAll(async () => { await t.close(); });

const plans = (clientId: string) => `/api/clients/${clientId}/action-plans`;
const item = (what: string, extra: Record<string, unknown> = {}) => ({ what, how: `Hoe: ${what}`, who: { role: 'client' }, when: 'deze maand', ...extra });
const content = (items: unknown[], followUpDate: string | null = '2099-06-30') => ({ planDate: '2025-03-01', followUpDate, providerName: 'Jonas Peeters', items });

/** A client made by the coach, with an account of their own that can sign in. */
async function clientWithAccount(email: string): Promise<{ clientId: string; client: TestClient }> {
  const clientId = await newClient(coach, { givenName: 'Yusuf', familyName: 'Demir' });
  const { organisation_id } = await t.db.selectFrom('clients').select('organisation_id').where('id', '=', clientId).executeTakeFirstOrThrow();
  const { password_hash } = await t.db.selectFrom('users').select('password_hash').where('email', '=', COACH).executeTakeFirstOrThrow();
  const user = await t.db.insertInto('users').values({ organisation_id, email, name: 'Yusuf Demir', password_hash, status: 'active' }).returning('id').executeTakeFirstOrThrow();
  await t.db.insertInto('user_roles').values({ organisation_id, user_id: user.id, role: 'client', branch_id: null }).execute();
  await t.db.updateTable('clients').set({ user_id: user.id }).where('id', '=', clientId).execute();
  return { clientId, client: await t.as(email) };
}

/** A draft with items and a follow-up date, ready to be agreed to; its id and version. */
async function readyDraft(clientId: string, items = [item('Proefdag bij Groenhof'), item('Cv opmaken', { who: { role: 'coach', name: '' } })]) {
  const created = await coach.post(plans(clientId), {});
  expect(created.status).toBe(201);
  const res = await coach.put(`${plans(clientId)}/${created.body.id}`, content(items), { 'if-match': `"${created.body.version}"` });
  expect(res.status).toBe(200);
  return res.body as { id: string; version: number; items: { id: string }[] };
}

const planRow = (id: string) => t.db.selectFrom('action_plans').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('versions of the plan', () => {
  let clientId = '';
  let client: TestClient;
  beforeAll(async () => { ({ clientId, client } = await clientWithAccount('versions.client@client.passend.test')); });

  it('starts empty, then one draft at a time', async () => {
    expect((await coach.get(plans(clientId))).body).toEqual({ items: [] });
    const res = await coach.post(plans(clientId), {});
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      clientId, number: 1, status: 'draft', followUpDate: null, providerName: 'Jonas Peeters', items: [],
      agreements: { client: null, coach: null }, evaluation: null, version: 1,
    });
    expect(await coach.post(plans(clientId), {})).toBeProblem(409, 'conflict');
    const [row] = await auditRows(t, 'action_plan.created');
    expect(row).toMatchObject({ entity: 'action_plan', entity_id: res.body.id, actor_user_id: await userId(t, COACH), details: { clientId, number: 1 } });
  });

  it('changes a draft with If-Match, gives items ids, and refuses stale or missing versions', async () => {
    const [draft] = (await coach.get(plans(clientId))).body.items;
    const url = `${plans(clientId)}/${draft.id}`;
    const res = await coach.put(url, content([item('Proefdag', { who: { role: 'family', name: 'Fatima (zus)' }, status: 'in_progress', results: 'Eerste dag goed' })]), { 'if-match': '"1"' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 2, planDate: '2025-03-01', followUpDate: '2099-06-30' });
    expect(res.body.items).toEqual([{
      id: expect.stringMatching(/^[0-9a-f-]{36}$/), what: 'Proefdag', how: 'Hoe: Proefdag', who: { role: 'family', name: 'Fatima (zus)' },
      when: 'deze maand', results: 'Eerste dag goed', status: 'in_progress',
    }]);
    const kept = await coach.put(url, content([{ ...res.body.items[0], what: 'Proefdag (2)' }]), { 'if-match': '"2"' });
    expect(kept.body.items[0].id).toBe(res.body.items[0].id);

    const stale = await coach.put(url, content([]), { 'if-match': '"1"' });
    expect(stale).toBeProblem(412, 'stale_version');
    expect(stale.body.current).toMatchObject({ id: draft.id, version: 3, items: [{ what: 'Proefdag (2)' }] });
    expect(await coach.put(url, content([]))).toBeProblem(428, 'precondition_required');
    expect(await coach.put(url, { ...content([]), followUpDate: '2024-01-01' }, { 'if-match': '"3"' })).toBeProblem(400, 'validation');
    expect((await planRow(draft.id)).version).toBe(3);
  });

  it('lists every version newest first; a new version copies the newest and leaves it as it was', async () => {
    const [draft] = (await coach.get(plans(clientId))).body.items;
    const url = `${plans(clientId)}/${draft.id}`;
    const mine = await client.post(`${url}/agree`, { name: 'Yusuf Demir' }, { 'if-match': `"${draft.version}"` });
    const agreed = await coach.post(`${url}/agree`, { name: 'Jonas Peeters' }, { 'if-match': `"${mine.body.version}"` });
    expect(agreed.body.status).toBe('agreed');
    const before = await planRow(draft.id);

    const next = await coach.post(plans(clientId), { copyFromLatest: true });
    expect(next.status).toBe(201);
    expect(next.body).toMatchObject({ number: 2, status: 'draft', followUpDate: null, agreements: { client: null, coach: null }, version: 1 });
    expect(next.body.items).toEqual(agreed.body.items);
    expect((await coach.post(plans(clientId), {}))).toBeProblem(409, 'conflict');
    const list = (await coach.get(plans(clientId))).body.items;
    expect(list.map((p: { number: number; status: string }) => [p.number, p.status])).toEqual([[2, 'draft'], [1, 'agreed']]);
    expect(await planRow(draft.id)).toEqual(before);
  });
});

describe('agreeing, and the freeze', () => {
  let clientId = '';
  let client: TestClient;
  beforeAll(async () => { ({ clientId, client } = await clientWithAccount('yusuf.demir@client.passend.test')); });

  it('needs a follow-up date and an item first', async () => {
    const created = await coach.post(plans(clientId), {});
    const res = await coach.post(`${plans(clientId)}/${created.body.id}/agree`, { name: 'Jonas Peeters' }, { 'if-match': '"1"' });
    expect(res).toBeProblem(409, 'conflict');
    expect(res.body.errors).toEqual([{ path: 'followUpDate', message: 'required' }, { path: 'items', message: 'required' }]);
    expect(await planRow(created.body.id)).toMatchObject({ coach_agreed_at: null, version: 1 });
  });

  it('lets the client agree through their own account, and the coach; then the version is frozen', async () => {
    const [empty] = (await coach.get(plans(clientId))).body.items;
    const draft = (await coach.put(`${plans(clientId)}/${empty.id}`, content([item('Proefdag bij Groenhof')]), { 'if-match': `"${empty.version}"` })).body;
    const url = `${plans(clientId)}/${draft.id}`;

    const seen = (await client.get(plans(clientId))).body.items[0];
    expect(seen).toMatchObject({ id: draft.id, version: draft.version });
    const mine = await client.post(`${url}/agree`, { name: 'Yusuf Demir' }, { 'if-match': `"${seen.version}"` });
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ status: 'draft', agreements: { client: { name: 'Yusuf Demir', by: await userId(t, 'yusuf.demir@client.passend.test'), signed: false }, coach: null } });
    expect(await client.post(`${url}/agree`, { name: 'Yusuf Demir' }, { 'if-match': `"${mine.body.version}"` })).toBeProblem(409, 'conflict');
    // The client reads the plan but does not write it.
    expect(await client.put(url, content([]), { 'if-match': `"${mine.body.version}"` })).toBeProblem(403, 'forbidden');
    expect(await client.post(plans(clientId), {})).toBeProblem(403, 'forbidden');

    expect(await coach.post(`${url}/agree`, { name: 'Jonas Peeters' }, { 'if-match': `"${seen.version}"` })).toBeProblem(412, 'stale_version');
    const both = await coach.post(`${url}/agree`, { name: 'Jonas Peeters' }, { 'if-match': `"${mine.body.version}"` });
    expect(both.status).toBe(200);
    expect(both.body).toMatchObject({ status: 'agreed', agreements: { client: { name: 'Yusuf Demir' }, coach: { name: 'Jonas Peeters', by: await userId(t, COACH) } } });
    const [row] = await auditRows(t, 'action_plan.agreed');
    expect(row).toMatchObject({ entity_id: draft.id, details: { party: 'coach', frozen: true, signed: false } });

    const frozen = await planRow(draft.id);
    const put = await coach.put(url, content([item('Iets anders')]), { 'if-match': `"${both.body.version}"` });
    expect(put).toBeProblem(409, 'conflict');
    expect(await coach.post(`${url}/agree`, { name: 'Leen' }, { 'if-match': `"${both.body.version}"` })).toBeProblem(409, 'conflict');
    expect(await planRow(draft.id)).toEqual(frozen);
  });

  it('ends an agreement when the draft changes after it', async () => {
    const draft = await readyDraft(clientId);
    const url = `${plans(clientId)}/${draft.id}`;
    const agreed = await client.post(`${url}/agree`, { name: 'Yusuf Demir' }, { 'if-match': `"${draft.version}"` });
    expect(agreed.body.agreements.client).not.toBeNull();
    const changed = await coach.put(url, content([item('Ander plan')]), { 'if-match': `"${agreed.body.version}"` });
    expect(changed.status).toBe(200);
    expect(changed.body.agreements).toEqual({ client: null, coach: null });
  });

  it("answers a client who is not this client's with 404", async () => {
    const other = await clientWithAccount('other.client@client.passend.test');
    const [draft] = (await coach.get(plans(clientId))).body.items;
    const before = await planRow(draft.id);
    expect(await other.client.get(plans(clientId))).toBeProblem(404, 'not_found');
    expect(await other.client.post(`${plans(clientId)}/${draft.id}/agree`, { name: 'Niet ik' }, { 'if-match': `"${draft.version}"` })).toBeProblem(404, 'not_found');
    expect(await planRow(draft.id)).toEqual(before);
  });
});

describe('the drawn signature', () => {
  let clientId = '';
  let client: TestClient;
  beforeAll(async () => { ({ clientId, client } = await clientWithAccount('sig.client@client.passend.test')); });

  const agree = async (signature: unknown) => {
    const [draft] = (await coach.get(plans(clientId))).body.items;
    return client.post(`${plans(clientId)}/${draft.id}/agree`, { name: 'Yusuf Demir', signature }, { 'if-match': `"${draft.version}"` });
  };

  const png = makePng();
  const damaged = Buffer.from(png);
  damaged.writeUInt8(damaged.readUInt8(damaged.length - 20) ^ 0xff, damaged.length - 20); // inside IDAT: its CRC no longer matches
  const cases: [string, string][] = [
    ['another type', `data:image/jpeg;base64,${png.toString('base64')}`],
    ['not a data URL', 'https://example.test/signature.png'],
    ['not base64', 'data:image/png;base64,@@@@'],
    ['not a PNG', `data:image/png;base64,${Buffer.from('GIF89a just pretending to be an image').toString('base64')}`],
    ['a damaged PNG', pngDataUrl(damaged)],
    ['a PNG cut short', pngDataUrl(png.subarray(0, png.length - 30))],
    ['over 200 kB decoded', pngDataUrl(makePng(460, 460, 0, true))],
    ['too many pixels a side', pngDataUrl(makePng(4001, 2))],
  ];

  it.each(cases)('refuses %s with 400 and changes nothing', async (_name, signature) => {
    const draft = (await coach.get(plans(clientId))).body.items[0] ?? (await readyDraft(clientId));
    const before = await planRow(draft.id);
    const res = await agree(signature);
    expect(res).toBeProblem(400, 'validation');
    expect(res.body.errors[0].path).toBe('signature');
    expect(await planRow(draft.id)).toEqual(before);
  });

  it('keeps a valid one without its metadata, and draws it in the PDF', async () => {
    const withText = makePng(120, 40, 50 * 1024);
    const res = await agree(pngDataUrl(withText));
    expect(res.status).toBe(200);
    expect(res.body.agreements.client).toMatchObject({ signed: true });
    expect(JSON.stringify(res.body)).not.toContain('base64');
    const stored = (await planRow(res.body.id)).client_signature!;
    expect(stored).toBe(pngDataUrl(makePng(120, 40)));
    const pdf = await fetchPdf(t.app, coach.cookie('passend_session'), `${plans(clientId)}/${res.body.id}.pdf`);
    expect(pdf.status).toBe(200);
    expect(Buffer.from(pdf.bytes).includes('/Subtype /Image')).toBe(true);
  });

  it('takes one of nearly 200 kB of image data', async () => {
    const big = makePng(440, 440, 0, true);
    expect(big.length).toBeGreaterThan(180 * 1024);
    expect(big.length).toBeLessThanOrEqual(200 * 1024);
    const [agreed] = (await coach.get(plans(clientId))).body.items;
    const draft = (await coach.put(`${plans(clientId)}/${agreed.id}`, content([item('Opnieuw')]), { 'if-match': `"${agreed.version}"` })).body;
    const res = await client.post(`${plans(clientId)}/${draft.id}/agree`, { name: 'Yusuf Demir', signature: pngDataUrl(big) }, { 'if-match': `"${draft.version}"` });
    expect(res.status).toBe(200);
    expect((await planRow(draft.id)).client_signature).toBe(pngDataUrl(big));
  });
});

describe('the evaluation at the follow-up date', () => {
  let clientId = '';
  let client: TestClient;
  let plan: { id: string; version: number; items: { id: string }[] };
  beforeAll(async () => {
    ({ clientId, client } = await clientWithAccount('eval.client@client.passend.test'));
    plan = await readyDraft(clientId);
  });

  const evaluate = (body: Record<string, unknown>) => coach.post(`${plans(clientId)}/${plan.id}/evaluation`, body);

  it('waits until both agreed', async () => {
    expect(await evaluate({ outcome: 'continue' })).toBeProblem(409, 'conflict');
    const c1 = await client.post(`${plans(clientId)}/${plan.id}/agree`, { name: 'Yusuf Demir' }, { 'if-match': `"${plan.version}"` });
    expect((await coach.post(`${plans(clientId)}/${plan.id}/agree`, { name: 'Jonas Peeters' }, { 'if-match': `"${c1.body.version}"` })).body.status).toBe('agreed');
  });

  it('refuses items of another plan and dates outside the plan', async () => {
    const other = '00000000-0000-4000-8000-000000000000';
    const res = await evaluate({ outcome: 'continue', items: [{ itemId: other, status: 'done' }] });
    expect(res).toBeProblem(400, 'validation');
    expect(res.body.errors).toEqual([{ path: 'items.0.itemId', message: 'Not an item of this plan' }]);
    expect(await evaluate({ outcome: 'continue', evaluatedOn: '2099-01-01' })).toBeProblem(400, 'validation');
    expect(await evaluate({ outcome: 'continue', evaluatedOn: '2025-02-01' })).toBeProblem(400, 'validation');
    expect(await evaluate({ outcome: 'maybe' })).toBeProblem(400, 'validation');
    expect(await client.post(`${plans(clientId)}/${plan.id}/evaluation`, { outcome: 'continue' })).toBeProblem(403, 'forbidden');
  });

  it('records the outcome once, and the next version carries its results', async () => {
    const [first, second] = plan.items;
    const res = await evaluate({
      outcome: 'adjust', nextStep: 'Tweede proefdag in Mechelen', participants: 'Fatima (zus)',
      items: [{ itemId: first!.id, status: 'done', result: 'Twee proefdagen gedaan' }, { itemId: second!.id, status: 'dropped', result: '' }],
    });
    expect(res.status).toBe(201);
    expect(res.body.evaluation).toMatchObject({
      outcome: 'adjust', nextStep: 'Tweede proefdag in Mechelen', participants: 'Fatima (zus)',
      items: [{ itemId: first!.id, status: 'done', result: 'Twee proefdagen gedaan' }, { itemId: second!.id, status: 'dropped', result: '' }],
      recordedBy: { id: await userId(t, COACH), name: 'Jonas Peeters' },
    });
    expect(res.body.evaluation.evaluatedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await auditRows(t, 'action_plan.evaluated'))[0]).toMatchObject({ entity_id: plan.id, details: { outcome: 'adjust' } });
    expect(await evaluate({ outcome: 'continue' })).toBeProblem(409, 'conflict');

    const next = await coach.post(plans(clientId), { copyFromLatest: true });
    expect(next.body.items.map((i: { id: string; status: string; results: string }) => [i.id, i.status, i.results])).toEqual([
      [first!.id, 'done', 'Twee proefdagen gedaan'],
      [second!.id, 'dropped', ''],
    ]);
  });
});

describe('outsiders', () => {
  let clientId = '';
  let plan: { id: string; version: number };
  beforeAll(async () => {
    clientId = await newClient(coach, { givenName: 'Lotte', familyName: 'Verhoeven' });
    plan = await readyDraft(clientId);
  });

  const attempts = (c: TestClient) => [
    c.get(plans(clientId)),
    c.get(`${plans(clientId)}/${plan.id}.pdf`),
    c.post(plans(clientId), {}),
    c.put(`${plans(clientId)}/${plan.id}`, content([]), { 'if-match': `"${plan.version}"` }),
    c.post(`${plans(clientId)}/${plan.id}/agree`, { name: 'Iemand' }, { 'if-match': `"${plan.version}"` }),
    c.post(`${plans(clientId)}/${plan.id}/evaluation`, { outcome: 'continue' }),
  ];

  it.each([OTHER_COACH, 'foreign'])('%s gets 404 everywhere and nothing changes', async (who) => {
    const c = who === 'foreign' ? await otherOrganisationCoach(t) : await t.as(who);
    const before = await t.db.selectFrom('action_plans').selectAll().where('client_id', '=', clientId).execute();
    for (const res of await Promise.all(attempts(c))) expect(res).toBeProblem(404, 'not_found');
    expect(await t.db.selectFrom('action_plans').selectAll().where('client_id', '=', clientId).execute()).toEqual(before);
  });

  it('an employer without consent gets 404 on reads and 403 on writes; nothing changes', async () => {
    const hr = await t.as(EMPLOYER);
    const before = await planRow(plan.id);
    const [list, pdf, ...writes] = await Promise.all(attempts(hr));
    expect(list).toBeProblem(404, 'not_found');
    expect(pdf).toBeProblem(404, 'not_found');
    for (const res of writes) expect(res).toBeProblem(403, 'forbidden');
    expect(await hr.get(`${plans(clientId)}?purpose=job_finding`)).toBeProblem(404, 'not_found');
    expect(await planRow(plan.id)).toEqual(before);
  });

  it('an employer with consent for the vocational profile only still gets 404', async () => {
    await consent(t, clientId, 'Groenhof Supermarkten', ['vocational_profile'], 'job_finding');
    expect(await (await t.as(EMPLOYER)).get(`${plans(clientId)}?purpose=job_finding`)).toBeProblem(404, 'not_found');
  });

  it('an employer with consent for the action plan reads it for that purpose, audited; the name needs identity', async () => {
    await consent(t, clientId, 'Groenhof Supermarkten', ['action_plan'], 'job_finding');
    const hr = await t.as(EMPLOYER);
    expect(await hr.get(plans(clientId))).toBeProblem(404, 'not_found');
    expect(await hr.get(`${plans(clientId)}?purpose=job_support`)).toBeProblem(404, 'not_found');
    const res = await hr.get(`${plans(clientId)}?purpose=job_finding`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((p: { id: string }) => p.id)).toEqual([plan.id]);
    const [read] = await auditRows(t, 'client.read');
    expect(read).toMatchObject({ actor_user_id: await userId(t, EMPLOYER), entity_id: clientId, details: { categories: ['action_plan'], purpose: 'job_finding' } });

    const pdf = await fetchPdf(t.app, hr.cookie('passend_session'), `${plans(clientId)}/${plan.id}.pdf?purpose=job_finding`);
    expect(pdf.status).toBe(200);
    const text = await pdf.text();
    expect(text).toContain('Proefdag bij Groenhof');
    expect(text).toContain('(niet gedeeld)');
    expect(text).not.toContain('Verhoeven');
  });

  it("lets the client's team lead read, audited as a team lead's read", async () => {
    const lead = await t.as(TEAM_LEAD);
    expect((await lead.get(plans(clientId))).status).toBe(200);
    const [read] = await auditRows(t, 'client.read');
    expect(read).toMatchObject({ actor_user_id: await userId(t, TEAM_LEAD), entity_id: clientId, details: { relation: 'team_lead' } });
  });
});

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import { auditRows, userId } from '../../../test/helpers.ts';
import { EXPORTED_TABLES, SHAPED_TABLES } from './export.queries.ts';

let t: TestApp;
let karimId = '';
let coach: TestClient;
let karim: TestClient;
const SOME_ID = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  t = await createTestApp();
  const karimUser = await userId(t, 'client@client.passend.test');
  karimId = (await t.db.selectFrom('clients').select('id').where('user_id', '=', karimUser).executeTakeFirstOrThrow()).id;
  coach = await t.as('coach@coaching.passend.test');
  karim = await t.as('client@client.passend.test');
});
afterAll(async () => { await t.close(); });

describe('GET /api/clients/{id}/access-log', () => {
  it('is empty while only the client and their own coach have looked', async () => {
    await coach.get(`/api/clients/${karimId}/consents`);
    await karim.get(`/api/clients/${karimId}/consents`);
    const res = await karim.get(`/api/clients/${karimId}/access-log`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ items: [], nextBefore: null });
  });

  it('shows who outside the own coaches saw what, for what purpose and when, newest first', async () => {
    const hr = await t.as('hr@employer.passend.test');
    expect((await hr.get(`/api/clients/${karimId}/consents?purpose=job_finding`)).status).toBe(200);
    const lead = await t.as('teamlead@coaching.passend.test');
    expect((await lead.get(`/api/clients/${karimId}/consents`)).status).toBe(200);
    const res = await coach.get(`/api/clients/${karimId}/access-log`);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      expect.objectContaining({ who: { id: await userId(t, 'teamlead@coaching.passend.test'), name: 'Sofie Claes' }, organisation: expect.objectContaining({ name: 'Jobcoaching Schelde' }), purpose: null, relation: 'team_lead' }),
      expect.objectContaining({ who: { id: await userId(t, 'hr@employer.passend.test'), name: 'Els Janssens' }, organisation: expect.objectContaining({ name: 'Groenhof Supermarkten' }), purpose: 'job_finding', relation: 'recipient', categories: [] }),
    ]);
    expect(Date.parse(res.body.items[0].at)).toBeGreaterThanOrEqual(Date.parse(res.body.items[1].at));
  });

  it('pages with a cursor', async () => {
    const first = await karim.get(`/api/clients/${karimId}/access-log?limit=1`);
    expect(first.body.items).toHaveLength(1);
    expect(first.body.nextBefore).toBe(first.body.items[0].id);
    const second = await karim.get(`/api/clients/${karimId}/access-log?limit=1&before=${first.body.nextBefore}`);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.items[0].id).toBeLessThan(first.body.items[0].id);
    const all = await karim.get(`/api/clients/${karimId}/access-log`);
    expect([...first.body.items, ...second.body.items]).toEqual(all.body.items.slice(0, 2));
  });

  it('lists only the reads of this client', async () => {
    await t.db.insertInto('audit_log').values([
      { organisation_id: null, actor_user_id: null, action: 'client.read', entity: 'client', entity_id: SOME_ID, details: '{}', at: new Date() },
      { organisation_id: null, actor_user_id: null, action: 'client.updated', entity: 'client', entity_id: karimId, details: '{}', at: new Date() },
    ]).execute();
    const res = await karim.get(`/api/clients/${karimId}/access-log`);
    expect(res.body.items.map((e: { who: { name: string } }) => e.who.name)).toEqual(['Sofie Claes', 'Els Janssens']);
  });

  it.each([
    ['GET', 'access-log'],
    ['GET', 'export'],
  ])('%s /api/clients/{id}/%s answers outsiders 404 (or 403 by policy), as for a client that does not exist', async (_m, what) => {
    for (const [email, status] of [
      ['coach2@coaching.passend.test', 404], ['hr@employer.passend.test', 403], ['supervisor@employer.passend.test', 403],
      ['coach@partner.passend.test', 403], ['admin@coaching.passend.test', 403],
    ] as const) {
      const c = await t.as(email);
      const res = await c.get(`/api/clients/${karimId}/${what}`);
      const unknown = await c.get(`/api/clients/${SOME_ID}/${what}`);
      expect({ email, status: res.status, body: res.body }).toEqual({ email, status, body: { ...unknown.body, instance: res.body.instance } });
    }
    expect(await coach.get(`/api/clients/${SOME_ID}/${what}`)).toBeProblem(404, 'not_found');
  });

  it.each(['limit=0', 'limit=201', 'limit=x', 'before=0', 'before=abc'])('refuses ?%s with 400', async (q) => {
    expect(await karim.get(`/api/clients/${karimId}/access-log?${q}`)).toBeProblem(400, 'validation');
  });
});

/** Tables about a client: those with a client_id column, and their children by foreign key. */
async function clientTables(): Promise<string[]> {
  const res = await sql<{ table_name: string }>`
    WITH RECURSIVE about(rel) AS (
      SELECT c.attrelid FROM pg_attribute c JOIN pg_class r ON r.oid = c.attrelid
      WHERE c.attname = 'client_id' AND NOT c.attisdropped AND r.relkind = 'r' AND r.relnamespace = current_schema()::regnamespace
      UNION
      SELECT 'clients'::regclass
      UNION
      SELECT con.conrelid FROM pg_constraint con JOIN about ON con.confrelid = about.rel WHERE con.contype = 'f'
    )
    SELECT DISTINCT rel::regclass::text AS table_name FROM about`.execute(t.db);
  return res.rows.map((r) => r.table_name).toSorted();
}

describe('GET /api/clients/{id}/export', () => {
  it('gives the client everything held about them as a JSON download', async () => {
    const res = await karim.get(`/api/clients/${karimId}/export`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="passend-${karimId}.json"`);
    expect(res.body).toMatchObject({
      format: 'passend.client-export', formatVersion: 1,
      client: { id: karimId, given_name: 'Karim', family_name: 'El Amrani', national_id_kind: 'be_rrn', national_id: '96031412339' },
    });
    expect(res.body.consents.map((c: { purpose: string }) => c.purpose)).toEqual(['job_finding']);
    expect(res.body.accessLog.length).toBe((await t.db.selectFrom('audit_log').select('id').where('entity_id', '=', karimId).where('action', '=', 'client.read').execute()).length);
    expect(res.body.accessLog.length).toBeGreaterThan(0);
    const { records } = res.body;
    expect(records.support_contacts.map((s: { name: string }) => s.name).toSorted()).toEqual(['Bart De Wilde', 'Fatima El Amrani', 'Ilse Verbeke', 'Youssef Benali']);
    expect(records.trajectories).toEqual([expect.objectContaining({ phase: 2, status: 'open', client_id: karimId })]);
    expect(records.trajectory_events.map((e: { kind: string }) => e.kind).toSorted()).toEqual(['opened', 'phase_changed']);
    expect(records.client_assignments).toEqual([expect.objectContaining({ user_id: await userId(t, 'coach@coaching.passend.test'), kind: 'responsible' })]);
  });

  it('holds every table about a client: a new table with a client_id (or a child of one) must be added to the export', async () => {
    const tables = await clientTables();
    expect(tables).toEqual(expect.arrayContaining(['clients', 'consents', 'support_contacts', 'trajectories', 'trajectory_events']));
    expect(tables).toEqual([...SHAPED_TABLES, ...Object.keys(EXPORTED_TABLES)].toSorted());
    const res = await coach.get(`/api/clients/${karimId}/export`);
    expect(Object.keys(res.body.records).toSorted()).toEqual(Object.keys(EXPORTED_TABLES).toSorted());
  });

  it("exports every row of the client's tables and none of another client's", async () => {
    const res = await coach.get(`/api/clients/${karimId}/export`);
    for (const [table, rows] of Object.entries(res.body.records as Record<string, Record<string, unknown>[]>)) {
      const source = EXPORTED_TABLES[table]!;
      const expected = source.by === 'client_id'
        ? await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE client_id = ${karimId}`.execute(t.db)
        : await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE ${sql.ref(source.column)} IN (SELECT id FROM ${sql.table(source.parent)} WHERE client_id = ${karimId})`.execute(t.db);
      expect({ table, rows: rows.length }).toEqual({ table, rows: expected.rows[0]!.n });
      expect({ table, others: rows.filter((row) => 'client_id' in row && row.client_id !== karimId) }).toEqual({ table, others: [] });
    }
  });

  it("is audited when the team lead exports, not when the client's own coach does", async () => {
    const before = (await auditRows(t, 'client.read')).length;
    await coach.get(`/api/clients/${karimId}/export`);
    expect((await auditRows(t, 'client.read')).length).toBe(before);
    await (await t.as('teamlead@coaching.passend.test')).get(`/api/clients/${karimId}/export`);
    const rows = await auditRows(t, 'client.read');
    expect(rows.length).toBe(before + 1);
    expect(rows[0]!.details).toMatchObject({ relation: 'team_lead', categories: ['identity', 'vocational_profile', 'health', 'benefits', 'action_plan', 'notes', 'documents'] });
  });
});

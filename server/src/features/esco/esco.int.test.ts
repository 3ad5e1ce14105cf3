import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import { rawRequest } from '../../../test/helpers.ts';

let t: TestApp;
let coach: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  coach = await t.as('coach@coaching.passend.test');
});
afterAll(async () => { await t.close(); });

const search = async (q: string, c = coach) => {
  const res = await c.get(`/api/esco/occupations?q=${encodeURIComponent(q)}`);
  expect(res.status).toBe(200);
  return res.body.items as { uri: string; code: string; preferredLabel: string; matchedAltLabel: string | null; isco: { code: string; label: string } }[];
};

const count = async (table: 'esco_occupations' | 'esco_isco_groups') =>
  Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('the ESCO occupations loaded at start', () => {
  it('holds every occupation and ISCO group of the files', async () => {
    expect(await count('esco_occupations')).toBe(3039);
    expect(await count('esco_isco_groups')).toBe(619);
  });
});

describe('searching ESCO occupations', () => {
  it('finds a preferred label with and without accents, in any case, exact match first', async () => {
    for (const q of ['inspiciënt', 'inspicient', 'INSPICIËNT', 'Inspicient ']) {
      const [first] = await search(q);
      expect(first).toEqual({
        uri: 'http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34',
        code: '2654.1.7',
        preferredLabel: 'inspiciënt',
        matchedAltLabel: null,
        isco: { code: '2654', label: expect.any(String) },
      });
    }
  });

  it('finds an occupation by an alternative label and says which one matched', async () => {
    const [first] = await search('toneelmeester');
    expect(first).toMatchObject({ preferredLabel: 'inspiciënt', matchedAltLabel: 'toneelmeester' });
    const hits = await search('caissiere');
    expect(hits.find((h) => h.preferredLabel === 'kassamedewerker')).toMatchObject({ matchedAltLabel: 'caissière', code: '5230.1' });
  });

  it('ranks a preferred label that starts with the query above one that only contains it', async () => {
    const hits = await search('kok');
    expect(hits.length).toBeGreaterThan(1);
    const ranks = hits.map((h) => (normal(h.preferredLabel).startsWith('kok') ? 0 : 1));
    expect(ranks).toEqual(ranks.toSorted());
    expect(hits[0]!.preferredLabel).toBe('kok');
  });

  it('needs every word, in any order', async () => {
    const hits = await search('industriele kok');
    expect(hits.map((h) => h.preferredLabel)).toContain('industriële kok');
    expect(hits.every((h) => normal(`${h.preferredLabel} ${h.matchedAltLabel ?? ''}`).includes('kok'))).toBe(true);
  });

  it('treats % and _ as letters, not wildcards', async () => {
    expect(await search('%')).toEqual([]);
    expect(await search('k_k')).toEqual([]);
  });

  it('limits the answer', async () => {
    expect((await coach.get('/api/esco/occupations?q=medewerker&limit=5')).body.items).toHaveLength(5);
    expect(await coach.get('/api/esco/occupations?q=medewerker&limit=500')).toBeProblem(400, 'validation');
    expect(await coach.get('/api/esco/occupations?q=')).toBeProblem(400, 'validation');
  });

  it('is open to clients and staff of every kind, not to anonymous callers', async () => {
    for (const email of ['client@client.passend.test', 'supervisor@employer.passend.test', 'coach@partner.passend.test']) {
      expect((await search('kok', await t.as(email))).length).toBeGreaterThan(0);
    }
    expect(await rawRequest(t, 'GET', '/api/esco/occupations?q=kok')).toBeProblem(401, 'unauthenticated');
  });
});

const normal = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

describe('one ESCO occupation', () => {
  it('answers by ESCO code with its alternative labels and ISCO group', async () => {
    const res = await coach.get('/api/esco/occupations/2654.1.7');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ code: '2654.1.7', preferredLabel: 'inspiciënt', isco: { code: '2654' } });
    expect(res.body.altLabels).toEqual(['chef-inspiciënt', 'inspiciënte', 'technisch directeur', 'toneelmeester']);
    expect(res.body.description).toMatch(/^Technische directeuren/);
  });

  it('answers by the id of its URI', async () => {
    const res = await coach.get('/api/esco/occupations/00030d09-2b3a-4efd-87cc-c4ea39d27c34');
    expect(res.body).toMatchObject({ code: '2654.1.7', preferredLabel: 'inspiciënt' });
  });

  it('lists the candidates of a code that names several occupations', async () => {
    const res = await coach.get('/api/esco/occupations/7412.1');
    expect(res).toBeProblem(409, 'conflict');
    expect(res.body.errors.map((e: { message: string }) => e.message.split(' ').slice(1).join(' '))).toEqual(['accumonteur', 'reparateur elektrische gereedschappen']);
  });

  it('answers 404 for an unknown code and 400 for something that is no code', async () => {
    expect(await coach.get('/api/esco/occupations/9999.9')).toBeProblem(404, 'not_found');
    expect(await coach.get('/api/esco/occupations/drop%20table')).toBeProblem(400, 'validation');
  });
});

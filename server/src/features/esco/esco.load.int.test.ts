import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { loadEsco, type EscoFiles } from './esco.load.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

const SMALL: EscoFiles = {
  iscoGroups: 'conceptUri,code,preferredLabel\nhttp://data.europa.eu/esco/isco/C9412,9412,Keukenhulpen\n',
  occupations: [
    'conceptUri,code,iscoGroup,preferredLabel,altLabels,description',
    'http://data.europa.eu/esco/occupation/11111111-1111-4111-8111-111111111111,9412.1,9412,afwasser,"plongeur|vaatwasser, keuken","Wast af.\nOok ""potten"" en pannen."',
    '',
  ].join('\n'),
};

const occupations = () => t.db.selectFrom('esco_occupations').select(['code', 'preferred_label', 'description']).orderBy('code').execute();

describe('loading ESCO at start', () => {
  it('does nothing when the files are the ones loaded', async () => {
    expect(await loadEsco(t.db)).toBe(false);
  });

  it('loads changed files once when two instances start together', async () => {
    // Two connections of the pool, each in its own transaction: the advisory lock orders them.
    const results = await Promise.all([loadEsco(t.db, SMALL), loadEsco(t.db, SMALL)]);
    expect(results.toSorted()).toEqual([false, true]);
    expect(await occupations()).toEqual([{ code: '9412.1', preferred_label: 'afwasser', description: 'Wast af.\nOok "potten" en pannen.' }]);
    const labels = await t.db.selectFrom('esco_labels').select(['label', 'search', 'preferred']).orderBy('label').execute();
    expect(labels).toEqual([
      { label: 'afwasser', search: 'afwasser', preferred: true },
      { label: 'plongeur', search: 'plongeur', preferred: false },
      { label: 'vaatwasser, keuken', search: 'vaatwasser, keuken', preferred: false },
    ]);
  });

  it('loads the shipped files again when they differ from what is loaded', async () => {
    expect(await loadEsco(t.db)).toBe(true);
    expect((await occupations()).length).toBe(3039);
    const imports = await t.db.selectFrom('esco_imports').select(['dataset', 'row_count']).orderBy('dataset').execute();
    expect(imports).toEqual([{ dataset: 'isco_groups', row_count: 619 }, { dataset: 'occupations', row_count: 3039 }]);
  });

  it('refuses a file that lacks a column, and keeps what was loaded', async () => {
    await expect(loadEsco(t.db, { ...SMALL, occupations: 'conceptUri,code,preferredLabel\nx,1,y\n' })).rejects.toThrow(/lacks the columns iscoGroup/);
    expect((await occupations()).length).toBe(3039);
  });
});

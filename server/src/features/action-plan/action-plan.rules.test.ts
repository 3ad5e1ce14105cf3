import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { signatureIssue } from '../../../../common/schemas/action-plan.ts';
import { makePng, pngDataUrl } from '../../../test/png.ts';
import { agreementIssues, agreementParty, carriedItems, evaluationIssues, withItemIds } from './action-plan.rules.ts';
import { checkSignature } from './signature.ts';

const ID1 = '00000000-0000-4000-8000-000000000001';
const ID2 = '00000000-0000-4000-8000-000000000002';
const item = (id: string, status: 'open' | 'done' = 'open') => ({ id, what: `Actie ${id.slice(-1)}`, how: '', who: { role: 'client' as const, name: '' }, when: '', results: 'eerder', status });

describe('agreementParty', () => {
  it.each([
    ['self', 'client'], ['coach', 'coach'], ['team_lead', 'coach'], ['recipient', undefined],
  ] as const)('%s agrees as %s', (relation, party) => {
    expect(agreementParty(relation)).toBe(party);
  });
});

describe('withItemIds', () => {
  it('keeps given ids, makes new ones, fills the defaults', () => {
    const items = withItemIds([{ id: ID1, what: 'A', who: { role: 'coach' } }, { what: 'B', who: { role: 'family', name: 'Zus' }, status: 'done' }]);
    expect(items[0]).toEqual({ id: ID1, what: 'A', how: '', who: { role: 'coach', name: '' }, when: '', results: '', status: 'open' });
    expect(items[1]).toMatchObject({ what: 'B', who: { role: 'family', name: 'Zus' }, status: 'done' });
    expect(items[1]!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(items[1]!.id).not.toBe(ID1);
  });
});

describe('carriedItems', () => {
  it('takes status and result from the evaluation, keeps the rest', () => {
    const out = carriedItems([item(ID1), item(ID2)], { items: [{ itemId: ID1, status: 'done', result: 'gelukt' }, { itemId: ID2, status: 'dropped', result: '' }] });
    expect(out.map((i) => [i.id, i.status, i.results])).toEqual([[ID1, 'done', 'gelukt'], [ID2, 'dropped', 'eerder']]);
  });

  it('copies the items as they were without an evaluation', () => {
    expect(carriedItems([item(ID1, 'done')], null)).toEqual([item(ID1, 'done')]);
  });
});

describe('agreementIssues', () => {
  it.each([
    [{ followUpDate: null, items: [] }, ['followUpDate', 'items']],
    [{ followUpDate: '2025-05-01', items: [] }, ['items']],
    [{ followUpDate: null, items: [item(ID1)] }, ['followUpDate']],
    [{ followUpDate: '2025-05-01', items: [item(ID1)] }, []],
  ])('%o → %o', (plan, paths) => {
    expect(agreementIssues(plan).map((i) => i.path)).toEqual(paths);
  });
});

describe('evaluationIssues', () => {
  const plan = { planDate: '2025-03-01', items: [item(ID1)] };
  it.each([
    ['2025-03-01', [], []],
    ['2025-04-15', [{ itemId: ID1, status: 'done' as const }], []],
    ['2025-02-28', [], ['evaluatedOn']],
    ['2025-06-02', [], ['evaluatedOn']],
    ['2025-04-15', [{ itemId: ID2, status: 'done' as const }], ['items.0.itemId']],
  ])('on %s with %o → %o', (evaluatedOn, items, paths) => {
    expect(evaluationIssues(plan, { evaluatedOn, items }, '2025-06-01').map((i) => i.path)).toEqual(paths);
  });
});

describe('signatures', () => {
  const png = makePng();
  it('accepts a PNG data URL and keeps only the picture', () => {
    expect(signatureIssue(pngDataUrl(png))).toBeNull();
    expect(checkSignature(pngDataUrl(png))).toEqual({ dataUrl: pngDataUrl(png) });
    expect(checkSignature(pngDataUrl(makePng(120, 40, 100)))).toEqual({ dataUrl: pngDataUrl(png) });
  });

  it.each([
    ['another type', png.toString('base64'), 'data:image/gif;base64,'],
    ['padding in the middle', `${png.toString('base64').slice(0, 8)}=${png.toString('base64').slice(9)}`, undefined],
    ['an empty image', '', undefined],
  ])('refuses %s', (_name, b64, prefix = 'data:image/png;base64,') => {
    expect(checkSignature(`${prefix}${b64}`).issue).toBeTruthy();
  });

  it('refuses bytes after IEND and a zlib bomb', () => {
    expect(checkSignature(pngDataUrl(Buffer.concat([png, Buffer.from('extra')]))).issue).toBeTruthy();
    // 1×1 pixels declared, but the image data inflates to far more than one row
    const bomb = makePng(2000, 2000);
    const ihdrAt = 16;
    const small = Buffer.from(bomb);
    small.writeUInt32BE(1, ihdrAt);
    small.writeUInt32BE(1, ihdrAt + 4);
    // fix the IHDR CRC so only the size mismatch remains
    small.writeUInt32BE(crc32(small.subarray(12, 29)), 29);
    expect(checkSignature(pngDataUrl(small)).issue).toBe('Damaged PNG image data');
  });
});

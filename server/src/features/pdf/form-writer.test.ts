import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../test/pdf-text.ts';
import { FormWriter } from './form-writer.ts';

describe('FormWriter.table', () => {
  it('runs a row taller than a page on over the next pages, losing no line', async () => {
    const w = new FormWriter({ title: 'Test', lang: 'nl-BE' });
    const words = Array.from({ length: 1500 }, (_, i) => `w${i}`);
    w.title('Test').table([{ label: 'Kop A', width: 0.3 }, { label: 'Kop B', width: 0.7 }], [['kort', words.join(' ')], ['na', 'de lange rij']]);
    const pages = await pdfText(await w.finish((p, n) => `p${p}/${n}`));
    expect(pages.length).toBeGreaterThan(1);
    const seen = pages.join(' ').split(/\s+/);
    expect(words.filter((x) => !seen.includes(x))).toEqual([]);
    expect(pages.every((p) => p.includes('Kop B'))).toBe(true);
    expect(pages.at(-1)).toContain('de lange rij');
    expect(pages.map((p) => /p(\d+)\/(\d+)/.exec(p)?.slice(1).join('/'))).toEqual(pages.map((_, i) => `${i + 1}/${pages.length}`));
  });

  it('breaks a word too long for its column', async () => {
    const w = new FormWriter({ title: 'Test', lang: 'en' });
    w.table([{ label: 'A', width: 0.1 }, { label: 'B', width: 0.9 }], [['X'.repeat(300), 'y']]);
    const text = (await pdfText(await w.finish(() => ''))).join('').replace(/\s+/g, '');
    expect(text).toContain('X'.repeat(300));
  });
});

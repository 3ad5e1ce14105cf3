import { describe, expect, it } from 'vitest';
import { ACTION_PLAN_LIMITS, type ActionPlan } from '../../../../common/schemas/action-plan.ts';
import { pdfText } from '../../../test/pdf-text.ts';
import { makePng } from '../../../test/png.ts';
import { renderActionPlanPdf } from './action-plan.pdf.ts';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const plan = (over: Partial<ActionPlan> = {}): ActionPlan => ({
  id: id(1), clientId: id(2), number: 3, status: 'agreed', planDate: '2025-03-01', followUpDate: '2025-04-15', providerName: 'Jonas Peeters',
  items: [
    { id: id(10), what: 'Proefdag bij Groenhof', how: 'Jonas belt de winkelchef', who: { role: 'family', name: 'Fatima' }, when: 'voor eind maart', results: 'Ging goed', status: 'in_progress' },
    { id: id(11), what: 'Cv opmaken', how: 'Samen op dinsdag', who: { role: 'coach', name: '' }, when: 'april', results: '', status: 'done' },
  ],
  agreements: {
    client: { name: 'Karim El Amrani', at: '2025-03-01T09:30:00Z', by: id(3), signed: true },
    coach: { name: 'Jonas Peeters', at: '2025-03-01T09:45:00Z', by: id(4), signed: false },
  },
  evaluation: null, createdBy: { id: id(4), name: 'Jonas Peeters' }, createdAt: '2025-03-01T09:00:00Z', updatedAt: '2025-03-01T09:45:00Z', version: 4,
  ...over,
});
const render = async (p: ActionPlan, lang: 'nl-BE' | 'nl-NL' | 'en' = 'nl-BE', clientName: string | null = 'Karim El Amrani – Çağrı') => {
  const bytes = await renderActionPlanPdf({ plan: p, clientName, organisationName: 'Jobcoaching Schelde', signatures: { client: makePng(), coach: null } }, lang);
  const pages = await pdfText(bytes);
  return { bytes, pages, text: pages.join(' ').replace(/\s+/g, ' ') };
};

describe('the action plan PDF', () => {
  it('has the seed form: header fields, the items table, the agreement and both signatures (nl-BE)', async () => {
    const { text, bytes } = await render(plan());
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    for (const label of ['Actieplan', 'Naam klant', 'SE-dienstverlener', 'Datum', 'Opvolgingsdatum', 'Wat', 'Hoe', 'Wie (verantwoordelijke)', 'Wanneer', 'Resultaten met commentaren',
      'Ik heb dit plan mee uitgewerkt en ga ermee akkoord.', 'Handtekening klant', 'Handtekening SE-dienstverlener']) expect(text).toContain(label);
    for (const value of ['Karim El Amrani – Çağrı', 'Jonas Peeters', '01/03/2025', '15/04/2025', 'Proefdag bij Groenhof', 'Jonas belt de winkelchef', 'familielid: Fatima',
      'voor eind maart', 'Stand: bezig', 'Ging goed', 'Stand: afgerond', 'Versie 3']) expect(text).toContain(value);
    // client signed with a drawing, the coach by name and time (Brussels time)
    expect(Buffer.from(bytes).includes('/Subtype /Image')).toBe(true);
    expect(text).toContain('Karim El Amrani, akkoord op 01/03/2025 10:30');
    expect(text).toContain('Jonas Peeters, akkoord op 01/03/2025 10:45');
  });

  it.each([
    ['nl-NL', ['Naam cliënt', 'Evaluatiedatum', 'Handtekening cliënt', '15-04-2025', 'Stand: bezig']],
    ['en', ['Action plan', 'Client name', 'Follow-up date', 'Who (responsible)', 'Results and comments', 'I helped draw up this plan and I agree with it.', 'Client signature', 'SE provider signature', '15 April 2025', 'Status: in progress']],
  ] as const)('speaks %s', async (lang, expected) => {
    const { text } = await render(plan(), lang);
    for (const s of expected) expect(text).toContain(s);
    expect(text).not.toContain('Opvolgingsdatum');
  });

  it('leaves the name out when the reader may not see identity, and shows a draft unsigned', async () => {
    const { text } = await render(plan({ status: 'draft', agreements: { client: null, coach: null } }), 'nl-BE', null);
    expect(text).toContain('(niet gedeeld)');
    expect(text).not.toContain('Karim');
    expect(text).toContain('ontwerp');
    expect(text.match(/Nog niet akkoord/g)).toHaveLength(2);
  });

  it('shows the evaluation', async () => {
    const { text } = await render(plan({
      evaluation: {
        evaluatedOn: '2025-04-15', outcome: 'adjust', nextStep: 'Tweede proefdag in Mechelen', participants: 'Fatima',
        items: [{ itemId: id(10), status: 'done', result: 'Twee dagen gewerkt' }], recordedBy: { id: id(4), name: 'Jonas Peeters' }, recordedAt: '2025-04-15T10:00:00Z',
      },
    }));
    for (const s of ['Evaluatie van het actieplan', 'Datum opvolgingsgesprek', '15/04/2025', 'Bijsturen met een nieuwe versie van het plan', 'Tweede proefdag in Mechelen', 'Twee dagen gewerkt']) {
      expect(text).toContain(s);
    }
  });

  it('loses no text of the longest items: rows run on over pages, words too long for a column break', async () => {
    const L = ACTION_PLAN_LIMITS;
    const long = (n: number) => ({
      id: id(100 + n), what: `${n}-WAT-${'W'.repeat(L.what - 20)}-WAT-EINDE${n}`, how: `${'hoe '.repeat(L.how / 4 - 3)}HOE-EINDE${n}`,
      who: { role: 'professional' as const, name: 'M'.repeat(L.whoName) }, when: `${'wanneer '.repeat(20)}W-EINDE${n}`, results: `${'resultaat '.repeat(L.results / 10 - 2)}RES-EINDE${n}`, status: 'open' as const,
    });
    const items = Array.from({ length: 6 }, (_, n) => long(n));
    const { text, pages } = await render(plan({ items }));
    expect(pages.length).toBeGreaterThan(3);
    const squashed = text.replace(/ /g, '');
    for (let n = 0; n < items.length; n++) {
      expect(squashed).toContain(`${n}-WAT-WWWW`);
      expect(squashed).toContain(`WWWW-WAT-EINDE${n}`);
      expect(text).toContain(`HOE-EINDE${n}`);
      expect(text).toContain(`W-EINDE${n}`);
      expect(text).toContain(`RES-EINDE${n}`);
    }
    expect(squashed).toContain('W'.repeat(200));
    expect(squashed).toContain('M'.repeat(L.whoName));
    // every page repeats the table's header row and has its footer
    for (const page of pages.slice(0, -1)) expect(page).toMatch(/pagina \d+ van \d+/);
    expect(pages.filter((p) => p.includes('Wanneer')).length).toBeGreaterThan(3);
  });
});

import type { ActionItemResponsible, ActionItemStatus, EvaluationOutcome } from '../../../../common/schemas/action-plan.ts';
import type { Locale } from '../../../../common/roles.ts';

/**
 * The actieplan form's labels (003 ~3757, "BIJLAGE 2: ACTIEPLAN"): nl-BE keeps the seed's own
 * words; nl-NL uses the Dutch terms (cliënt, evaluatiedatum); en translates.
 */
export interface ActionPlanLabels {
  annex: string;
  title: string;
  version: (n: number) => string;
  draft: string;
  agreed: string;
  clientName: string;
  provider: string;
  date: string;
  followUp: string;
  items: string;
  what: string;
  how: string;
  who: string;
  when: string;
  results: string;
  status: string;
  noItems: string;
  responsible: Record<ActionItemResponsible, string>;
  statuses: Record<ActionItemStatus, string>;
  agreement: string;
  signClient: string;
  signProvider: string;
  agreedAt: (name: string, at: string) => string;
  notAgreed: string;
  evaluation: string;
  evaluatedOn: string;
  outcome: string;
  nextStep: string;
  participants: string;
  result: string;
  outcomes: Record<EvaluationOutcome, string>;
  hidden: string;
  page: (p: number, n: number) => string;
}

export const ACTION_PLAN_LABELS: Record<Locale, ActionPlanLabels> = {
  'nl-BE': {
    annex: 'Bijlage 2: actieplan',
    title: 'Actieplan',
    version: (n) => `Versie ${n}`,
    draft: 'ontwerp, nog niet door beide partijen goedgekeurd',
    agreed: 'goedgekeurd door klant en SE-dienstverlener',
    clientName: 'Naam klant',
    provider: 'SE-dienstverlener',
    date: 'Datum',
    followUp: 'Opvolgingsdatum',
    items: 'Acties',
    what: 'Wat',
    how: 'Hoe',
    who: 'Wie (verantwoordelijke)',
    when: 'Wanneer',
    results: 'Resultaten met commentaren',
    status: 'Stand',
    noItems: 'Nog geen acties.',
    responsible: { client: 'klant', coach: 'SE-dienstverlener', family: 'familielid', professional: 'andere professional' },
    statuses: { open: 'open', in_progress: 'bezig', done: 'afgerond', dropped: 'geschrapt' },
    agreement: 'Ik heb dit plan mee uitgewerkt en ga ermee akkoord.',
    signClient: 'Handtekening klant',
    signProvider: 'Handtekening SE-dienstverlener',
    agreedAt: (name, at) => `${name}, akkoord op ${at}`,
    notAgreed: 'Nog niet akkoord',
    evaluation: 'Evaluatie van het actieplan',
    evaluatedOn: 'Datum opvolgingsgesprek',
    outcome: 'Uitkomst',
    nextStep: 'Volgende stap',
    participants: 'Ook aanwezig',
    result: 'Resultaat',
    outcomes: { continue: 'Het plan loopt verder', adjust: 'Bijsturen met een nieuwe versie van het plan', achieved: 'Doelen bereikt', stopped: 'Gestopt' },
    hidden: '(niet gedeeld)',
    page: (p, n) => `pagina ${p} van ${n}`,
  },
  'nl-NL': {
    annex: 'Bijlage 2: actieplan',
    title: 'Actieplan',
    version: (n) => `Versie ${n}`,
    draft: 'concept, nog niet door beide partijen goedgekeurd',
    agreed: 'goedgekeurd door cliënt en SE-dienstverlener',
    clientName: 'Naam cliënt',
    provider: 'SE-dienstverlener',
    date: 'Datum',
    followUp: 'Evaluatiedatum',
    items: 'Acties',
    what: 'Wat',
    how: 'Hoe',
    who: 'Wie (verantwoordelijke)',
    when: 'Wanneer',
    results: 'Resultaten met opmerkingen',
    status: 'Stand',
    noItems: 'Nog geen acties.',
    responsible: { client: 'cliënt', coach: 'SE-dienstverlener', family: 'familielid', professional: 'andere professional' },
    statuses: { open: 'open', in_progress: 'bezig', done: 'afgerond', dropped: 'vervallen' },
    agreement: 'Ik heb dit plan mee uitgewerkt en ga ermee akkoord.',
    signClient: 'Handtekening cliënt',
    signProvider: 'Handtekening SE-dienstverlener',
    agreedAt: (name, at) => `${name}, akkoord op ${at}`,
    notAgreed: 'Nog niet akkoord',
    evaluation: 'Evaluatie van het actieplan',
    evaluatedOn: 'Datum evaluatiegesprek',
    outcome: 'Uitkomst',
    nextStep: 'Volgende stap',
    participants: 'Ook aanwezig',
    result: 'Resultaat',
    outcomes: { continue: 'Het plan loopt door', adjust: 'Bijstellen met een nieuwe versie van het plan', achieved: 'Doelen bereikt', stopped: 'Gestopt' },
    hidden: '(niet gedeeld)',
    page: (p, n) => `pagina ${p} van ${n}`,
  },
  en: {
    annex: 'Annex 2: action plan',
    title: 'Action plan',
    version: (n) => `Version ${n}`,
    draft: 'draft, not yet agreed by both parties',
    agreed: 'agreed by the client and the SE provider',
    clientName: 'Client name',
    provider: 'SE provider',
    date: 'Date',
    followUp: 'Follow-up date',
    items: 'Actions',
    what: 'What',
    how: 'How',
    who: 'Who (responsible)',
    when: 'When',
    results: 'Results and comments',
    status: 'Status',
    noItems: 'No actions yet.',
    responsible: { client: 'client', coach: 'SE provider', family: 'family member', professional: 'other professional' },
    statuses: { open: 'open', in_progress: 'in progress', done: 'done', dropped: 'dropped' },
    agreement: 'I helped draw up this plan and I agree with it.',
    signClient: 'Client signature',
    signProvider: 'SE provider signature',
    agreedAt: (name, at) => `${name}, agreed on ${at}`,
    notAgreed: 'Not agreed yet',
    evaluation: 'Evaluation of the action plan',
    evaluatedOn: 'Date of the follow-up meeting',
    outcome: 'Outcome',
    nextStep: 'Next step',
    participants: 'Also present',
    result: 'Result',
    outcomes: { continue: 'The plan continues', adjust: 'Adjust with a new version of the plan', achieved: 'Goals achieved', stopped: 'Stopped' },
    hidden: '(not shared)',
    page: (p, n) => `page ${p} of ${n}`,
  },
};

/** The time zone a locale's readers live in, for the times of agreements. */
const ZONES: Record<Locale, string> = { 'nl-BE': 'Europe/Brussels', 'nl-NL': 'Europe/Amsterdam', en: 'Europe/Brussels' };

/** A calendar date ('2025-03-14') as the locale writes it: 14/03/2025, 14-03-2025, 14 March 2025. */
export function formatDate(iso: string | null, locale: Locale): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  if (locale === 'nl-BE') return `${d}/${m}/${y}`;
  if (locale === 'nl-NL') return `${d}-${m}-${y}`;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** A moment (ISO timestamp) as a date and time in the locale's time zone. */
export function formatDateTime(iso: string, locale: Locale): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONES[locale], year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const date = formatDate(`${get('year')}-${get('month')}-${get('day')}`, locale);
  return `${date} ${get('hour')}:${get('minute')}`;
}

import type { PlacementKind, PlacementStatus, PlacementWarning } from '../../../../common/placements.ts';
import type { Locale } from '../../../../common/roles.ts';
import type { EVALUATION_OUTCOMES, JobSecuring, PlacementAgreement } from '../../../../common/schemas/placements.ts';

/**
 * The placement agreement's words (seed 003 ~1181–1185: "doel van de plaatsing, te voorziene
 * ondersteuning, te nemen verantwoordelijkheden, beperkingen, verzekering, procedure van
 * verslaggeving en evaluatieproces"; securing the job ~4432–4446). nl-BE keeps the seed's words,
 * nl-NL the Dutch ones (cliënt, proefplaatsing), en translates.
 */
export interface AgreementLabels {
  titles: Record<PlacementKind, string>;
  kinds: Record<PlacementKind, string>;
  statuses: Record<PlacementStatus, string>;
  details: string;
  client: string;
  employer: string;
  site: string;
  vacancy: string;
  job: string;
  start: string;
  end: string;
  openEnded: string;
  hours: string;
  status: string;
  warnings: Record<PlacementWarning, string>;
  extensionReason: string;
  agreement: string;
  agreementFields: Record<keyof PlacementAgreement, string>;
  securing: string;
  securingIntro: string;
  securingFields: Record<Exclude<keyof JobSecuring, 'wage'>, string> & { wage: string };
  wagePeriods: Record<'hour' | 'day' | 'week' | 'month' | 'year', string>;
  evaluations: string;
  dueOn: string;
  heldOn: string;
  outcome: string;
  outcomes: Record<(typeof EVALUATION_OUTCOMES)[number], string>;
  notYet: string;
  noEvaluations: string;
  statement: string;
  signClient: string;
  signEmployer: string;
  signCoach: string;
  nameAndDate: string;
  page: (p: number, n: number) => string;
}

const nlBE: AgreementLabels = {
  titles: {
    job_taster: 'Overeenkomst proefdag', work_experience: 'Overeenkomst werkervaringsstage',
    exploratory_internship: 'Overeenkomst snuffelstage', paid_job: 'Overeenkomst betaalde job: de job verzekeren',
  },
  kinds: { job_taster: 'Proefdag (jobtaster)', work_experience: 'Werkervaringsstage', exploratory_internship: 'Snuffelstage', paid_job: 'Betaalde job' },
  statuses: { planned: 'gepland', ongoing: 'lopend', ended: 'afgelopen', stopped: 'vroegtijdig gestopt' },
  details: 'Gegevens van de plaatsing',
  client: 'Klant', employer: 'Werkgever', site: 'Vestiging', vacancy: 'Vacature', job: 'Job of taken',
  start: 'Startdatum', end: 'Einddatum', openEnded: 'onbepaalde duur', hours: 'Uren per week', status: 'Stand',
  warnings: {
    longer_than_12_weeks: 'Deze werkervaringsstage duurt langer dan 12 weken. 8 tot 12 weken volstaan doorgaans om de doelen te bereiken; de reden voor de verlenging staat hieronder.',
    shorter_than_8_weeks: 'Deze werkervaringsstage duurt korter dan 8 weken.',
  },
  extensionReason: 'Reden voor de verlenging',
  agreement: 'Afspraken met klant en werkgever',
  agreementFields: {
    goal: 'Doel van de plaatsing', support: 'Te voorziene ondersteuning', responsibilities: 'Te nemen verantwoordelijkheden', limits: 'Beperkingen',
    insurance: 'Verzekering', reporting: 'Procedure van verslaggeving', evaluation: 'Evaluatieproces',
  },
  securing: 'De job verzekeren',
  securingIntro: 'Eens de job verworven is, komen klant, werkgever en SE-dienstverlener het volgende overeen.',
  securingFields: {
    hoursPerWeek: 'Werkuren per week', wage: 'Loon', supportLevel: 'Mate van begeleiding', supportBy: 'Wie instaat voor de begeleiding',
    expectedProductivity: 'Verwachte productiviteit', expectedQuality: 'Verwachte kwaliteit',
    responsibilitiesEmployer: 'Verantwoordelijkheden van de werkgever', responsibilitiesColleagues: 'Verantwoordelijkheden van de collega’s',
    responsibilitiesClient: 'Verantwoordelijkheden van de klant', responsibilitiesCoach: 'Verantwoordelijkheden van de SE-dienstverlener',
    evaluationProcedure: 'Evaluatieprocedure',
  },
  wagePeriods: { hour: 'per uur', day: 'per dag', week: 'per week', month: 'per maand', year: 'per jaar' },
  evaluations: 'Evaluaties', dueOn: 'Gepland op', heldOn: 'Gehouden op', outcome: 'Uitkomst',
  outcomes: { on_track: 'Loopt goed', adjust: 'Bijsturen', stop: 'Stoppen' },
  notYet: 'nog niet', noEvaluations: 'Nog geen evaluaties gepland.',
  statement: 'Wij hebben deze afspraken samen gemaakt en gaan ermee akkoord.',
  signClient: 'Handtekening klant', signEmployer: 'Handtekening werkgever', signCoach: 'Handtekening jobcoach',
  nameAndDate: 'Naam en datum',
  page: (p, n) => `pagina ${p} van ${n}`,
};

const nlNL: AgreementLabels = {
  ...nlBE,
  titles: { ...nlBE.titles, job_taster: 'Overeenkomst proefplaatsing', paid_job: 'Overeenkomst betaalde baan: de baan behouden' },
  kinds: { job_taster: 'Proefplaatsing (meeloopdag)', work_experience: 'Werkervaringsplaats', exploratory_internship: 'Snuffelstage', paid_job: 'Betaalde baan' },
  client: 'Cliënt', job: 'Functie of taken',
  agreement: 'Afspraken met cliënt en werkgever',
  securing: 'De baan behouden',
  securingIntro: 'Nu de baan gevonden is, spreken cliënt, werkgever en jobcoach het volgende af.',
  securingFields: {
    ...nlBE.securingFields, responsibilitiesClient: 'Verantwoordelijkheden van de cliënt', responsibilitiesCoach: 'Verantwoordelijkheden van de jobcoach',
  },
  signClient: 'Handtekening cliënt',
};

const en: AgreementLabels = {
  titles: {
    job_taster: 'Job taster agreement', work_experience: 'Work experience placement agreement',
    exploratory_internship: 'Exploratory internship agreement', paid_job: 'Paid job agreement: securing the job',
  },
  kinds: { job_taster: 'Job taster', work_experience: 'Work experience placement', exploratory_internship: 'Exploratory internship', paid_job: 'Paid job' },
  statuses: { planned: 'planned', ongoing: 'ongoing', ended: 'ended', stopped: 'stopped early' },
  details: 'Placement details',
  client: 'Client', employer: 'Employer', site: 'Site', vacancy: 'Vacancy', job: 'Job or tasks',
  start: 'Start date', end: 'End date', openEnded: 'open-ended', hours: 'Hours per week', status: 'Status',
  warnings: {
    longer_than_12_weeks: 'This work experience placement lasts longer than 12 weeks. 8 to 12 weeks are usually enough to meet its goals; the reason for the extension is given below.',
    shorter_than_8_weeks: 'This work experience placement lasts less than 8 weeks.',
  },
  extensionReason: 'Reason for the extension',
  agreement: 'Agreements with the client and the employer',
  agreementFields: {
    goal: 'Goal of the placement', support: 'Support to be provided', responsibilities: 'Responsibilities', limits: 'Limits',
    insurance: 'Insurance', reporting: 'Reporting procedure', evaluation: 'Evaluation process',
  },
  securing: 'Securing the job',
  securingIntro: 'Now that the job has been obtained, the client, the employer and the SE provider agree on the following.',
  securingFields: {
    hoursPerWeek: 'Working hours per week', wage: 'Wage', supportLevel: 'Level of support', supportBy: 'Who provides the support',
    expectedProductivity: 'Expected productivity', expectedQuality: 'Expected quality',
    responsibilitiesEmployer: 'Responsibilities of the employer', responsibilitiesColleagues: 'Responsibilities of colleagues',
    responsibilitiesClient: 'Responsibilities of the client', responsibilitiesCoach: 'Responsibilities of the SE provider',
    evaluationProcedure: 'Evaluation procedure',
  },
  wagePeriods: { hour: 'per hour', day: 'per day', week: 'per week', month: 'per month', year: 'per year' },
  evaluations: 'Evaluations', dueOn: 'Due on', heldOn: 'Held on', outcome: 'Outcome',
  outcomes: { on_track: 'On track', adjust: 'Adjust', stop: 'Stop' },
  notYet: 'not yet', noEvaluations: 'No evaluations planned yet.',
  statement: 'We drew up these agreements together and agree with them.',
  signClient: 'Client signature', signEmployer: 'Employer signature', signCoach: 'Job coach signature',
  nameAndDate: 'Name and date',
  page: (p, n) => `page ${p} of ${n}`,
};

export const AGREEMENT_LABELS: Record<Locale, AgreementLabels> = { 'nl-BE': nlBE, 'nl-NL': nlNL, en };

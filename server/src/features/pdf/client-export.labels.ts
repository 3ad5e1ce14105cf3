import type { ConsentMethod, ConsentPurpose, DataCategory, Phase, TrajectoryOutcome } from '../../../../common/consent.ts';
import type { z } from 'zod';
import type { Locale } from '../../../../common/roles.ts';
import type { CONTACT_NOTE_KINDS, ENGAGEMENT_DECISIONS, FIRST_CONTACT_CHANNELS, TrajectoryEvent } from '../../../../common/schemas/clients.ts';
import type { ConsentStatus } from '../../../../common/schemas/consent.ts';

type EventKind = z.infer<typeof TrajectoryEvent>['kind'];

/**
 * The labels of the GDPR export as a PDF: one part per kind of data, the words of the dossier
 * screens (nl-BE with the seed's terms, nl-NL with the Dutch ones, en plain English). The
 * forms inside it (beroepsoriënteringsschema, actieplan) keep their own labels.
 */
export interface ClientExportLabels {
  kicker: string;
  title: (name: string) => string;
  made: (at: string) => string;
  intro: (organisation: string) => string;
  page: (p: number, n: number) => string;
  none: string;
  yes: string;
  no: string;
  parts: {
    identity: string; network: string; trajectory: string; engagement: string; profile: string;
    plans: string; notes: string; appointments: string; consents: string; accessLog: string;
  };
  // identity and contact
  record: string; referrer: string; account: string; noAccount: string; since: string;
  coaches: string; name: string; role: string; coachKinds: { responsible: string; co_coach: string };
  // support network
  relation: string; organisation: string; contact: string; contactAllowed: string;
  // trajectory
  phase: (n: Phase) => string; status: string; statuses: { open: string; closed: string };
  outcome: string; outcomes: Record<TrajectoryOutcome, string>; outcomeDetail: string; opened: string; closed: string;
  trajectoryHeading: (opened: string) => string; events: string; when: string; what: string; by: string; why: string;
  event: (kind: EventKind, from: string, to: string) => string; noTrajectory: string;
  // engagement
  firstContact: string; channel: string; channels: Record<(typeof FIRST_CONTACT_CHANNELS)[number], string>; date: string;
  firstAppointment: string; place: string; placeChosenByClient: string; accessible: string; adjustments: string;
  planning: string; report: string; networkNotes: string; involvementAgreed: string;
  decision: string; choice: string; decisions: Record<(typeof ENGAGEMENT_DECISIONS)[number], string>; dialogueReport: string;
  agreedByClient: string; agreedByCoach: string; agreedAt: (name: string, at: string) => string; notAgreed: string; lastChanged: string;
  // vocational profile
  versions: string; version: string; savedAt: string; savedBy: string; noProfile: string;
  // action plans
  planHeading: (n: number, status: string) => string; noPlans: string;
  // notes and appointments
  kind: string; noteKinds: Record<(typeof CONTACT_NOTE_KINDS)[number], string>; text: string; author: string;
  time: string; participants: string; notes: string; madeBy: string;
  // consents
  recipient: string; wholeOrganisation: (organisation: string) => string; personOf: (person: string, organisation: string) => string;
  employerWithoutAccount: (employer: string) => string;
  categories: string; category: Record<DataCategory, string>; purpose: string; purposes: Record<ConsentPurpose, string>;
  validity: string; fromUntil: (from: string, until: string | null) => string; method: string; methods: Record<ConsentMethod, string>;
  evidence: string; recorded: string; withdrawn: string; consentStatus: string; consentStatuses: Record<ConsentStatus, string>;
  // access log
  accessIntro: string; who: string; relations: Record<string, string>; shown: string; noCategories: string; unknown: string;
}

const nlBE: ClientExportLabels = {
  kicker: 'Inzage in persoonsgegevens (AVG)',
  title: (name) => `Alle gegevens over ${name}`,
  made: (at) => `Gemaakt op ${at}`,
  intro: (organisation) =>
    `Dit document bevat alles wat ${organisation} in Passend over de klant bijhoudt, geordend per soort gegevens. Dezelfde gegevens zijn ook te downloaden als JSON-bestand, om ze mee te nemen naar een andere dienst.`,
  page: (p, n) => `pagina ${p} van ${n}`,
  none: 'Niets vastgelegd.',
  yes: 'ja',
  no: 'nee',
  parts: {
    identity: 'Identiteit en contactgegevens', network: 'Steunnetwerk', trajectory: 'Traject', engagement: 'Fase 1: klantbetrokkenheid',
    profile: 'Beroepsgericht profiel', plans: 'Actieplannen', notes: 'Contactnotities', appointments: 'Afspraken', consents: 'Toestemmingen',
    accessLog: 'Wie zag wat, wanneer',
  },
  record: 'Dossier', referrer: 'Doorverwezen door', account: 'Account in Passend', noAccount: 'Geen account', since: 'Dossier aangemaakt op',
  coaches: 'Jobcoaches', name: 'Naam', role: 'Rol', coachKinds: { responsible: 'verantwoordelijke jobcoach', co_coach: 'co-coach' },
  relation: 'Relatie', organisation: 'Organisatie', contact: 'Telefoon en e-mail', contactAllowed: 'Contact toegestaan',
  phase: (n) => `Fase ${n}: ${['klantbetrokkenheid', 'beroepsgerichte profilering', 'jobfinding', 'werkgeversbetrokkenheid', 'ondersteuning op en naast de werkvloer'][n - 1]}`,
  status: 'Stand', statuses: { open: 'open', closed: 'afgesloten' },
  outcome: 'Uitkomst',
  outcomes: { paid_work_regular: 'Betaald werk in het normaal economisch circuit', other_work: 'Ander werk', referred: 'Doorverwezen', stopped: 'Gestopt' },
  outcomeDetail: 'Toelichting', opened: 'Geopend op', closed: 'Afgesloten op',
  trajectoryHeading: (opened) => `Traject vanaf ${opened}`, events: 'Verloop', when: 'Wanneer', what: 'Wat', by: 'Door', why: 'Waarom',
  event: (kind, from, to) => ({ opened: `Traject geopend in ${to}`, phase_changed: `Van ${from} naar ${to}`, closed: `Traject afgesloten in ${from}`, reopened: `Traject heropend in ${to}` })[kind],
  noTrajectory: 'Nog geen traject.',
  firstContact: 'Eerste contact', channel: 'Hoe', channels: { phone: 'telefoon', email: 'e-mail', home_visit: 'huisbezoek', in_person: 'persoonlijk gesprek', other: 'andere' },
  date: 'Datum', firstAppointment: 'Eerste afspraak', place: 'Plaats', placeChosenByClient: 'De klant koos de plaats', accessible: 'De plaats is toegankelijk',
  adjustments: 'Billijke aanpassingen', planning: 'Planningsgesprek', report: 'Verslag', networkNotes: 'Steunnetwerk',
  involvementAgreed: 'Akkoord over het betrekken van het netwerk', decision: 'Geïnformeerde keuze', choice: 'Keuze',
  decisions: { pending: 'nog niet beslist', start: 'de klant kiest voor Supported Employment', not_now: 'nu niet: SE is op dit moment niet het juiste aanbod' },
  dialogueReport: 'Verslag van de initiële dialoog', agreedByClient: 'Akkoord van de klant', agreedByCoach: 'Akkoord van de jobcoach',
  agreedAt: (name, at) => `${name}, op ${at}`, notAgreed: 'nog niet akkoord', lastChanged: 'Laatst gewijzigd op',
  versions: 'Bewaarde versies', version: 'Versie', savedAt: 'Bewaard op', savedBy: 'Door', noProfile: 'Nog geen beroepsoriënteringsschema bewaard.',
  planHeading: (n, status) => `Actieplan, versie ${n} (${status})`, noPlans: 'Nog geen actieplan.',
  kind: 'Soort', noteKinds: { phone: 'telefoon', email: 'e-mail', meeting: 'gesprek', home_visit: 'huisbezoek', message: 'bericht', other: 'andere' },
  text: 'Notitie', author: 'Door', time: 'Wanneer', participants: 'Deelnemers', notes: 'Opmerkingen', madeBy: 'Gepland door',
  recipient: 'Ontvanger', wholeOrganisation: (o) => `${o} (heel de organisatie)`, personOf: (p, o) => `${p} (${o})`,
  employerWithoutAccount: (e) => `${e} (werkgever zonder eigen account in Passend)`,
  categories: 'Gegevens',
  category: {
    identity: 'identiteit en contactgegevens', vocational_profile: 'beroepsgericht profiel', health: 'gezondheidstoestand en beperkingen',
    benefits: 'sociale zekerheid, tegemoetkomingen en pensioen', action_plan: 'actieplan en voortgang', notes: 'contactnotities en afspraken', documents: 'documenten',
  },
  purpose: 'Doel',
  purposes: { job_finding: 'jobfinding (zoeken naar werk)', job_support: 'ondersteuning op en naast de werkvloer', job_retention: 'jobbehoud', referral: 'doorverwijzing naar een andere dienst' },
  validity: 'Geldig', fromUntil: (from, until) => (until ? `van ${from} tot en met ${until}` : `vanaf ${from}, tot ze wordt ingetrokken`),
  method: 'Hoe gegeven', methods: { written: 'schriftelijk (ondertekend formulier)', verbal: 'mondeling', portal: 'door de klant zelf, in het portaal' },
  evidence: 'Bewijs', recorded: 'Vastgelegd', withdrawn: 'Ingetrokken', consentStatus: 'Status',
  consentStatuses: { active: 'actief', not_yet_valid: 'nog niet geldig', expired: 'verlopen', withdrawn: 'ingetrokken' },
  accessIntro: 'Elke keer dat iemand buiten de eigen jobcoaches gegevens uit het dossier bekeek: wie, van welke organisatie, wat, waarvoor en wanneer.',
  who: 'Wie', relations: { team_lead: 'teamverantwoordelijke', recipient: 'ontvanger met toestemming' }, shown: 'Bekeken gegevens',
  noCategories: 'geen dossiergegevens (alleen toestemmingen of logboek)', unknown: 'onbekend',
};

export const CLIENT_EXPORT_LABELS: Record<Locale, ClientExportLabels> = {
  'nl-BE': nlBE,
  'nl-NL': {
    ...nlBE,
    intro: (organisation) =>
      `Dit document bevat alles wat ${organisation} in Passend over de cliënt bijhoudt, geordend per soort gegevens. Dezelfde gegevens zijn ook te downloaden als JSON-bestand, om ze mee te nemen naar een andere organisatie.`,
    phase: (n) => `Fase ${n}: ${['klantbetrokkenheid', 'beroepsgerichte profilering', 'werk zoeken (jobfinding)', 'werkgeversbetrokkenheid', 'ondersteuning op en naast de werkvloer'][n - 1]}`,
    outcomes: { ...nlBE.outcomes, paid_work_regular: 'Betaald werk op de reguliere arbeidsmarkt' },
    channels: { ...nlBE.channels, other: 'anders' },
    placeChosenByClient: 'De cliënt koos de plaats', adjustments: 'Redelijke aanpassingen',
    decisions: { pending: 'nog niet besloten', start: 'de cliënt kiest voor Supported Employment', not_now: 'nu niet: SE is op dit moment niet het juiste aanbod' },
    agreedByClient: 'Akkoord van de cliënt',
    noteKinds: { ...nlBE.noteKinds, other: 'anders' },
    wholeOrganisation: (o) => `${o} (de hele organisatie)`,
    purposes: { ...nlBE.purposes, job_finding: 'werk zoeken (bemiddeling naar werk)' },
    methods: { ...nlBE.methods, portal: 'door de cliënt zelf, in het portaal' },
    relations: { team_lead: 'teamleider', recipient: 'ontvanger met toestemming' },
  },
  en: {
    kicker: 'Access to personal data (GDPR)',
    title: (name) => `All data about ${name}`,
    made: (at) => `Made on ${at}`,
    intro: (organisation) =>
      `This document holds everything ${organisation} keeps about the client in Passend, ordered by kind of data. The same data can also be downloaded as a JSON file, to take it to another service.`,
    page: (p, n) => `page ${p} of ${n}`,
    none: 'Nothing recorded.',
    yes: 'yes',
    no: 'no',
    parts: {
      identity: 'Identity and contact details', network: 'Support network', trajectory: 'Trajectory', engagement: 'Phase 1: client engagement',
      profile: 'Vocational profile', plans: 'Action plans', notes: 'Contact notes', appointments: 'Appointments', consents: 'Consents',
      accessLog: 'Who saw what, when',
    },
    record: 'Record', referrer: 'Referred by', account: 'Account in Passend', noAccount: 'No account', since: 'Record created on',
    coaches: 'Job coaches', name: 'Name', role: 'Role', coachKinds: { responsible: 'responsible job coach', co_coach: 'co-coach' },
    relation: 'Relation', organisation: 'Organisation', contact: 'Phone and email', contactAllowed: 'Contact allowed',
    phase: (n) => `Phase ${n}: ${['client engagement', 'vocational profiling', 'job finding', 'employer engagement', 'on- and off-the-job support'][n - 1]}`,
    status: 'Status', statuses: { open: 'open', closed: 'closed' },
    outcome: 'Outcome',
    outcomes: { paid_work_regular: 'Paid work on the regular labour market', other_work: 'Other work', referred: 'Referred elsewhere', stopped: 'Stopped' },
    outcomeDetail: 'Details', opened: 'Opened on', closed: 'Closed on',
    trajectoryHeading: (opened) => `Trajectory from ${opened}`, events: 'History', when: 'When', what: 'What', by: 'By', why: 'Why',
    event: (kind, from, to) => ({ opened: `Trajectory opened in ${to}`, phase_changed: `From ${from} to ${to}`, closed: `Trajectory closed in ${from}`, reopened: `Trajectory reopened in ${to}` })[kind],
    noTrajectory: 'No trajectory yet.',
    firstContact: 'First contact', channel: 'How', channels: { phone: 'phone', email: 'email', home_visit: 'home visit', in_person: 'in person', other: 'other' },
    date: 'Date', firstAppointment: 'First appointment', place: 'Place', placeChosenByClient: 'The client chose the place', accessible: 'The place is accessible',
    adjustments: 'Reasonable adjustments', planning: 'Planning conversation', report: 'Report', networkNotes: 'Support network',
    involvementAgreed: 'Agreed on involving the network', decision: 'Informed decision', choice: 'Decision',
    decisions: { pending: 'not decided yet', start: 'the client chooses supported employment', not_now: 'not now: supported employment is not the right offer at the moment' },
    dialogueReport: 'Report of the initial dialogue', agreedByClient: 'Agreed by the client', agreedByCoach: 'Agreed by the job coach',
    agreedAt: (name, at) => `${name}, on ${at}`, notAgreed: 'not agreed yet', lastChanged: 'Last changed on',
    versions: 'Saved versions', version: 'Version', savedAt: 'Saved on', savedBy: 'By', noProfile: 'No vocational profile saved yet.',
    planHeading: (n, status) => `Action plan, version ${n} (${status})`, noPlans: 'No action plan yet.',
    kind: 'Kind', noteKinds: { phone: 'phone', email: 'email', meeting: 'meeting', home_visit: 'home visit', message: 'message', other: 'other' },
    text: 'Note', author: 'By', time: 'When', participants: 'Participants', notes: 'Notes', madeBy: 'Planned by',
    recipient: 'Recipient', wholeOrganisation: (o) => `${o} (the whole organisation)`, personOf: (p, o) => `${p} (${o})`,
    employerWithoutAccount: (e) => `${e} (employer without its own Passend account)`,
    categories: 'Data',
    category: {
      identity: 'identity and contact details', vocational_profile: 'vocational profile', health: 'health and disability',
      benefits: 'social security, allowances and pension', action_plan: 'action plan and progress', notes: 'contact notes and appointments', documents: 'documents',
    },
    purpose: 'Purpose',
    purposes: { job_finding: 'job finding', job_support: 'support on and off the job', job_retention: 'job retention', referral: 'referral to another service' },
    validity: 'Valid', fromUntil: (from, until) => (until ? `from ${from} up to and including ${until}` : `from ${from}, until withdrawn`),
    method: 'How given', methods: { written: 'in writing (signed form)', verbal: 'verbally', portal: 'by the client, in the portal' },
    evidence: 'Evidence', recorded: 'Recorded', withdrawn: 'Withdrawn', consentStatus: 'Status',
    consentStatuses: { active: 'active', not_yet_valid: 'not yet valid', expired: 'expired', withdrawn: 'withdrawn' },
    accessIntro: 'Every time someone outside the client’s own job coaches looked at data in the record: who, from which organisation, what, for what purpose and when.',
    who: 'Who', relations: { team_lead: 'team lead', recipient: 'recipient with consent' }, shown: 'Data seen',
    noCategories: 'no record data (consents or log only)', unknown: 'unknown',
  },
};

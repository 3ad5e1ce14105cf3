import { sql, type Kysely } from 'kysely';
import { CompetenceProfileInput } from '../../../../common/schemas/competences.ts';
import { JobAnalysisInput, VacancyInput } from '../../../../common/schemas/vacancies.ts';
import { recordAudit } from '../../audit/audit.ts';
import type { DB } from '../../db/types.ts';
import { occupationsByUri } from '../esco/esco.queries.ts';
import { insertVacancy, saveCompetenceProfile, saveJobAnalysis } from '../vacancies/vacancies.queries.ts';

const COACHING = 'Jobcoaching Schelde';
const EMPLOYER = 'Groenhof Supermarkten';
const COACH = 'coach@coaching.passend.test';
const SCHAPPENVULLER = 'http://data.europa.eu/esco/occupation/d35f9e79-5778-43b4-8667-0e3ba1fcb19a'; // 9334.1
const MAGAZIJNMEDEWERKER = 'http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f'; // 9333.8

interface DemoVacancy {
  site: 'Gent-Zuid' | 'Mechelen';
  vacancy: Omit<Record<string, unknown>, 'employerId' | 'siteId'>;
  analysis: Record<string, unknown>;
  profile: Record<string, unknown>;
}

const shelfTasks = [{
  task: 'Rekken aanvullen', steps: ['Rolcontainer uit het magazijn halen', 'Dozen openen met de veiligheidscutter', 'Oudere producten naar voren zetten', 'Nieuwe producten achteraan plaatsen', 'Karton naar de persbak brengen'],
  processContent: 'Na de ochtendlevering, zodat de rekken vol zijn voor de winkel opent.', meetingPoints: 'Dagstart met de ploegleider; vragen van klanten in de gangen.',
  normalTime: '30 minuten per rolcontainer', materials: 'Veiligheidscutter, rolcontainer, handscanner', qualityCriterion: 'Etiketten naar voren, oudste houdbaarheidsdatum vooraan (FIFO).',
  likelyProblems: 'Tijdsdruk bij grote leveringen; klanten die de weg vragen.',
}, {
  task: 'Houdbaarheidsdata controleren', steps: ['Lijst van de dag nemen', 'Rek per rek de data nakijken', 'Producten met korting labelen of verwijderen'],
  processContent: 'Elke ochtend op de versafdeling.', meetingPoints: 'Afdelingsverantwoordelijke keurt de afgeprijsde producten.', normalTime: '45 minuten',
  materials: 'Handscanner, kortingsetiketten', qualityCriterion: 'Geen vervallen product in het rek.', likelyProblems: 'Kleine opdruk van de data.',
}, {
  task: 'Lege kratten opruimen', steps: ['Lege kratten en karton uit de gangen halen', 'Kratten stapelen op de juiste rolcontainer', 'Karton in de persbak'],
  processContent: 'Tussendoor en op het einde van de dienst.', meetingPoints: 'Magazijnmedewerker bij de persbak.', normalTime: '15 minuten',
  materials: 'Rolcontainer, persbak', qualityCriterion: 'Gangen vrij voor klanten.', likelyProblems: 'Volle persbak.',
}];

const DEMO: DemoVacancy[] = [
  {
    site: 'Gent-Zuid',
    vacancy: {
      title: 'Schappenvuller (deeltijds, vroege dienst)', occupation: { uri: SCHAPPENVULLER }, hoursPerWeek: 24, scheduleDays: ['mon', 'tue', 'wed', 'thu'], shifts: ['early'],
      environmentTags: ['indoor', 'cold', 'standing_all_day', 'customer_contact', 'teamwork', 'food'],
      wage: { amount: 14.1, period: 'hour' }, contractKind: 'permanent', startDate: null,
      description: 'Je vult de rekken aan voor de winkel opengaat en houdt de versafdeling netjes. Vaste ploeg, vaste uren, goede begeleiding bij de start.',
    },
    analysis: {
      tasks: shelfTasks,
      keyCharacteristics: { physical: 'Veel staan en stappen; dozen tot 15 kg tillen.', cognitive: 'Schapplan (planogram) volgen; eenvoudige lijsten.', emotional: 'Rustig blijven bij drukte.', environment: 'Winkel en koelcel (4 °C).', other: '' },
      requiredProductivity: 'Drie rolcontainers per ochtend na de inwerkperiode.', qualityStandards: 'Geen lege schappen bij opening; FIFO.',
      wage: 'Barema PC 311, met toeslag voor vroege uren.', hoursPerDay: 6, accessibility: 'Gelijkvloers, personeelsingang met lift.',
      healthAndSafety: 'Veiligheidsschoenen en handschoenen (voorzien); koelcel met thermische jas.', companyCulture: 'Familiebedrijf, informeel, iedereen tutoyeert.',
      workEnvironment: 'Winkel van 1.200 m² met magazijn achteraan.', socialAspects: 'Ploeg van zes; samen koffie om 9 uur.',
      supportOnTheJob: 'Jobcoach welkom op de werkvloer tijdens de eerste weken.', naturalSupport: 'Marleen, ploegleider vroege dienst, wil peter zijn.',
      transport: 'Tram 4 stopt voor de deur; fietsenstalling achteraan.',
    },
    profile: {
      scores: { standing: 4, walking: 4, lifting: 3, carrying: 3, squatting: 3, hand_finger_movements: 3, endurance: 3, seeing: 3, reading: 2, numeracy: 2, memory: 3, punctuality: 4, accuracy: 4, work_pace: 3, teamwork: 3, accepting_supervision: 3, working_independently: 3 },
      notes: { lifting: 'Dozen tot 15 kg', reading: 'Etiketten en het planogram' }, otherNotes: 'Start om 6 uur: openbaar vervoer moet dan al rijden.',
    },
  },
  {
    site: 'Mechelen',
    vacancy: {
      title: 'Schappenvuller', occupation: { uri: SCHAPPENVULLER }, hoursPerWeek: 19, scheduleDays: ['wed', 'thu', 'fri', 'sat'], shifts: ['late', 'weekend'],
      environmentTags: ['indoor', 'quiet', 'standing_all_day', 'weekend_work', 'food'],
      wage: { amount: 13.85, period: 'hour' }, contractKind: 'fixed_term', startDate: null,
      description: 'Rekken aanvullen na sluitingstijd en op zaterdag. Contract van zes maanden met kans op verlenging.',
    },
    analysis: {
      tasks: [shelfTasks[0], shelfTasks[2]],
      keyCharacteristics: { physical: 'Staan, stappen, tillen tot 15 kg.', cognitive: 'Werklijst volgen.', emotional: 'Zelfstandig werken na sluitingstijd.', environment: 'Rustige winkel na sluiting.', other: '' },
      requiredProductivity: 'Twee rolcontainers per avond.', qualityStandards: 'Winkel klaar voor de volgende ochtend.', wage: 'Barema PC 311, avond- en zaterdagtoeslag.',
      hoursPerDay: 4.75, accessibility: 'Gelijkvloers.', healthAndSafety: 'Veiligheidsschoenen; alleen met twee in de winkel na sluiting.',
      companyCulture: 'Vaste avondploeg, weinig wisselingen.', workEnvironment: 'Winkel in het centrum.', socialAspects: 'Kleine avondploeg van drie.',
      supportOnTheJob: 'Jobcoach kan op woensdagavond langskomen.', naturalSupport: 'Ahmed, avondverantwoordelijke, legt graag uit.', transport: 'Tien minuten stappen van het station Mechelen.',
    },
    profile: {
      scores: { standing: 4, walking: 3, lifting: 3, carrying: 3, reading: 2, punctuality: 4, accuracy: 3, working_independently: 4, work_pace: 3, sense_of_responsibility: 4 },
      notes: { working_independently: 'Na sluitingstijd is er minder toezicht' }, otherNotes: '',
    },
  },
  {
    site: 'Gent-Zuid',
    vacancy: {
      title: 'Magazijnmedewerker', occupation: { uri: MAGAZIJNMEDEWERKER }, hoursPerWeek: 38, scheduleDays: ['mon', 'tue', 'wed', 'thu', 'fri'], shifts: ['day'],
      environmentTags: ['indoor', 'noisy', 'machines', 'vehicles', 'heavy_lifting', 'teamwork'],
      wage: { amount: 2250, period: 'month' }, contractKind: 'permanent', startDate: null,
      description: 'Leveringen ontvangen, scannen en in het magazijn plaatsen; bestellingen voor de winkel klaarzetten met de palletwagen.',
    },
    analysis: {
      tasks: [{
        task: 'Levering ontvangen', steps: ['Vrachtbrief nemen', 'Paletten tellen', 'Scannen met de handscanner', 'Schade melden', 'Paletten wegzetten met de palletwagen'],
        processContent: 'Twee leveringen per dag; de winkel wacht op de goederen.', meetingPoints: 'Chauffeur bij de levering; ploegleider bij afwijkingen.', normalTime: '20 minuten per levering',
        materials: 'Handscanner, elektrische palletwagen', qualityCriterion: 'Aantallen kloppen met de vrachtbrief.', likelyProblems: 'Levering te laat of onvolledig.',
      }, {
        task: 'Leveringen uitpakken', steps: ['Folie van de pallet snijden', 'Dozen per afdeling sorteren', 'Beschadigde dozen apart zetten'],
        processContent: 'Na het ontvangen, zodat de vakkenvullers kunnen starten.', meetingPoints: 'Vakkenvullers halen de gesorteerde dozen op.', normalTime: '30 minuten per pallet',
        materials: 'Veiligheidscutter, rolcontainers', qualityCriterion: 'Elke doos op de juiste rolcontainer.', likelyProblems: 'Beschadigde verpakking.',
      }],
      keyCharacteristics: { physical: 'Tillen en duwen, veel stappen.', cognitive: 'Tellen en scannen, afwijkingen opmerken.', emotional: 'Kalm blijven bij late leveringen.', environment: 'Magazijn, tocht bij de laadkade.', other: '' },
      requiredProductivity: 'Levering binnen het uur verwerkt.', qualityStandards: 'Geen verschillen tussen scan en vrachtbrief.', wage: 'Barema PC 311, maandloon.',
      hoursPerDay: 7.6, accessibility: 'Laadkade met trap; lift naar de kantine.', healthAndSafety: 'Veiligheidsschoenen, fluohesje; opleiding palletwagen.',
      companyCulture: 'Directe communicatie, veel humor.', workEnvironment: 'Magazijn van 400 m².', socialAspects: 'Werkt samen met twee collega’s.',
      supportOnTheJob: 'Jobcoach kan de eerste leveringen mee opvolgen.', naturalSupport: 'Pieter De Smet, filiaalverantwoordelijke, zoekt een meter in de ploeg.',
      transport: 'Tram 4; parking voor fietsen.',
    },
    profile: {
      scores: { lifting: 4, carrying: 4, walking: 4, standing: 4, trunk_movements: 3, endurance: 4, numeracy: 3, reading: 2, attention: 4, accuracy: 4, self_checking: 4, stress_resistance: 3, teamwork: 3, wearing_ppe: 4, working_in_noise: 3 },
      notes: { lifting: 'Tot 20 kg, zwaarder met de palletwagen' }, otherNotes: 'Heftruckattest is een plus, niet vereist.',
    },
  },
];

/**
 * Open vacancies at Groenhof Supermarkten (the employer record Jobcoaching Schelde keeps), each
 * with its job analysis (whose task names are the task keywords matching compares) and
 * competence profile, and the environment of the work place, so matching has something to
 * rank. After the employers step; once that employer has a vacancy, it only gives the demo
 * vacancies of an older demo database their environment tags and location.
 */
export async function seedDemoVacancies(db: Kysely<DB>): Promise<boolean> {
  const employer = await db.selectFrom('employers as e').innerJoin('organisations as o', 'o.id', 'e.organisation_id')
    .select(['e.id', 'e.organisation_id']).where('o.name', '=', COACHING).where('e.name', '=', EMPLOYER).executeTakeFirst();
  const coach = await db.selectFrom('users').select('id').where('email', '=', COACH).executeTakeFirst();
  if (!employer || !coach) return false;
  if (await db.selectFrom('vacancies').select('id').where('employer_id', '=', employer.id).executeTakeFirst()) return backfillMatching(db, employer.id);
  const sites = new Map((await db.selectFrom('employer_sites').select(['id', 'name']).where('employer_id', '=', employer.id).execute()).map((s) => [s.name, s.id]));
  const esco = await occupationsByUri(db, [SCHAPPENVULLER, MAGAZIJNMEDEWERKER]);

  await db.transaction().execute(async (trx) => {
    for (const d of DEMO) {
      const input = VacancyInput.parse({ ...d.vacancy, employerId: employer.id, siteId: sites.get(d.site) ?? null });
      const { id } = await insertVacancy(trx, employer.organisation_id, coach.id, input, input.occupation ? esco.get(input.occupation.uri) ?? null : null);
      await saveJobAnalysis(trx, employer.organisation_id, id, 0, coach.id, JobAnalysisInput.parse(d.analysis));
      await saveCompetenceProfile(trx, employer.organisation_id, id, 0, coach.id, CompetenceProfileInput.parse(d.profile));
      await recordAudit(trx, { organisationId: employer.organisation_id, actorUserId: null, action: 'demo.seeded', entity: 'vacancy', entityId: id, details: {} });
    }
  });
  return true;
}

/**
 * Demo vacancies made before matching (migration 0009) have no environment tags and no
 * location: give them the demo's tags and their site's coordinates, once.
 */
async function backfillMatching(db: Kysely<DB>, employerId: string): Promise<boolean> {
  let changed = false;
  for (const d of DEMO) {
    const tags = VacancyInput.shape.environmentTags.parse(d.vacancy.environmentTags);
    const rows = await db.updateTable('vacancies as v')
      .from('employer_sites as s')
      .set((eb) => ({ environment_tags: tags, lat: eb.ref('s.lat'), lon: eb.ref('s.lon') }))
      .whereRef('s.id', '=', 'v.site_id')
      .where('v.employer_id', '=', employerId)
      .where('s.name', '=', d.site)
      .where('v.title', '=', String(d.vacancy.title))
      .where(sql<boolean>`cardinality(v.environment_tags) = 0`)
      .where('v.lat', 'is', null)
      .returning('v.id')
      .execute();
    changed ||= rows.length > 0;
  }
  return changed;
}

import { sql, type Kysely, type Transaction } from 'kysely';
import { ActionPlanInput } from '../../../../common/schemas/action-plan.ts';
import { VocationalProfileInput, type ProfileSections } from '../../../../common/schemas/vocational-profile.ts';
import { recordAudit } from '../../audit/audit.ts';
import type { DB } from '../../db/types.ts';
import { getPlan, insertPlan, latestPlan, recordAgreement } from '../action-plan/action-plan.queries.ts';
import { agreementIssues, toActionPlan, withItemIds } from '../action-plan/action-plan.rules.ts';
import { occupationsByUri } from '../esco/esco.queries.ts';
import { profileHead, saveProfile } from '../vocational-profile/vocational-profile.queries.ts';

const CLIENT_ACCOUNT = 'client@client.passend.test';
const RESPONSIBLE_COACH = 'coach@coaching.passend.test';

/** ESCO occupations (server/data/esco/occupations_nl.csv) the demo profile codes. */
const ESCO = {
  keukenhulp: 'http://data.europa.eu/esco/occupation/e1cf6897-158d-4b48-a39e-2a3a8cac216c', // 9412.1
  orderpicker: 'http://data.europa.eu/esco/occupation/cd94def5-3442-4c2e-ae3d-0761a3008bcb', // 9333.8.1
  magazijnmedewerker: 'http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f', // 9333.8
  schappenvuller: 'http://data.europa.eu/esco/occupation/d35f9e79-5778-43b4-8667-0e3ba1fcb19a', // 9334.1
};

/**
 * Karim's beroepsoriënteringsschema, as Jonas filled it in with him. The vocational profile
 * category is what Groenhof Supermarkten may see: it names neither Karim nor his diagnosis,
 * which stay in the identity and health categories.
 */
const PROFILE = VocationalProfileInput.parse({
  profile: {
    personsToConsult: [
      { name: 'Fatima', relation: 'moeder', organisation: '', phone: '+32 9 223 45 67' },
      { name: 'Ilse Verbeke', relation: 'maatschappelijk werker', organisation: 'OCMW Gent', phone: '+32 9 266 90 00' },
      { name: 'Bart De Wilde', relation: 'vroegere leerkracht praktijk keuken', organisation: 'Technisch Instituut Sint-Lucas Gent', phone: '' },
    ],
    education: [
      {
        date: '2016-06',
        school: 'Technisch Instituut Sint-Lucas Gent, buitengewoon secundair onderwijs',
        diploma: 'Kwalificatiegetuigschrift BuSO opleidingsvorm 3, opleiding keuken en restaurant',
        grade: 'Kwalificatiefase en integratiefase afgerond',
      },
    ],
    training: [
      { date: '2016-03', institution: 'Technisch Instituut Sint-Lucas Gent', course: 'Basisopleiding hygiëne en voedselveiligheid (HACCP)', diploma: 'Attest' },
      { date: '2017-11', institution: 'VDAB Gent', course: 'Opleiding magazijnmedewerker (orderpicking, scanner, palletwagen)', diploma: 'Attest van deelname' },
    ],
    otherQualifications: [
      { name: 'Rijbewijs B', obtained: '2019-05', details: 'Heeft geen eigen wagen en rijdt zelden; gaat liever met de fiets of de tram.' },
      {
        name: 'Attest heftruckbestuurder',
        obtained: '2018-02',
        details: 'Behaald bij VDAB (frontheftruck). Sinds 2023 niet meer gereden: een korte opfrissing is nodig voor hij weer zelfstandig rijdt.',
      },
    ],
    workExperience: [
      {
        from: '2015-02',
        to: '2015-05',
        employer: 'Brasserie Het Pakhuisje, Gent',
        employerContact: 'Chef-kok Dirk, via de school',
        jobTitle: 'Stagiair keukenhulp',
        occupation: { uri: ESCO.keukenhulp },
        mainTasks: 'Groenten wassen en snijden, mise-en-place, afwas, koelcel opruimen.',
        reasonForLeaving: 'Einde van de schoolstage. De chef was tevreden over zijn inzet; de drukte tijdens de middagservice vond hij zwaar.',
      },
      {
        from: '2018-03',
        to: '2021-06',
        employer: 'Maatwerkbedrijf Scheldewerk, Gent',
        employerContact: 'Ploegleider Hilde Van Acker, +32 9 218 40 10',
        jobTitle: 'Orderpicker',
        occupation: { uri: ESCO.orderpicker },
        mainTasks: 'Orders verzamelen met een handscanner, dozen inpakken en labelen, rolcontainers klaarzetten met de palletwagen.',
        reasonForLeaving: 'De afdeling verhuisde naar Eeklo, te ver met het openbaar vervoer. Hij wil ook graag naar een job in het gewone arbeidscircuit.',
      },
      {
        from: '2022-09',
        to: '2023-08',
        employer: 'Uitzendopdracht in een distributiecentrum, Gent-Haven',
        employerContact: '',
        jobTitle: 'Magazijnmedewerker',
        occupation: { uri: ESCO.magazijnmedewerker },
        mainTasks: 'Leveringen uitpakken en controleren, rekken aanvullen, karton en folie sorteren, af en toe met de heftruck.',
        reasonForLeaving: 'Opdracht niet verlengd: het wisselende ploegensysteem, het hoge tempo en het lawaai in de grote hal waren te zwaar.',
      },
    ],
    hobbies: 'Zaalvoetbal met een buurtploeg in Sint-Amandsberg (woensdagavond), koken voor de familie, fietsen langs de Leie, voetbal kijken met vrienden.',
    aspirations: {
      expectations: 'Een vaste job met een vast uurrooster en vaste collega’s, waar hij rustig kan inwerken, kan bijleren en zijn eigen loon verdient.',
      idealCareer: 'Vaste medewerker in een supermarkt die zijn afdeling (bijvoorbeeld droge voeding) goed kent en er mee voor zorgt dat de rekken altijd in orde zijn.',
      desiredJobs: [
        { occupation: { uri: ESCO.schappenvuller }, note: 'Eerste keuze: een supermarkt in Gent, vroege shift.' },
        { occupation: { uri: ESCO.magazijnmedewerker }, note: 'Een klein, rustig magazijn; met de heftruck na een opfrissing.' },
        { occupation: { uri: ESCO.keukenhulp }, note: 'Tweede keuze: een grootkeuken of bedrijfsrestaurant, geen drukke à-la-cartekeuken.' },
      ],
      desiredTasks: 'Rekken vullen en netjes vooraan zetten, leveringen uitpakken en nakijken, houdbaarheidsdata controleren, karton en lege kratten opruimen.',
      hoursAndShifts: 'Om te starten deeltijds (ongeveer 24 uur per week), na een half jaar liefst 4/5. Dagwerk, bij voorkeur een vroege shift; geen nachtwerk en geen wisselende ploegen. Vrijdagnamiddag liefst vrij.',
      environment: 'Een rustige werkplek met weinig lawaai, een vaste plaats en een vaste collega als aanspreekpunt. Duidelijke taken, liefst op een takenlijst met foto’s.',
      maxTravelKm: 10,
      transport: ['bicycle', 'public_transport'],
      other: 'Wil graag starten met een kennismaking en een proefdag, en daarna eventueel een IBO (individuele beroepsopleiding) via VDAB.',
    },
    competences: {
      dailyLife: 'Woont bij zijn moeder in Gent. Doet zelfstandig boodschappen, kookt mee en gebruikt de fiets en de tram zelfstandig op routes die hij kent. Post en administratie doet hij samen met zijn moeder.',
      communication: 'Spreekt Nederlands en Arabisch. Leest en schrijft korte, eenvoudige teksten. Begrijpt een opdracht het best als ze kort is, één taak tegelijk, en eens wordt voorgedaan. Vraagt zelf uitleg zodra hij iemand wat kent.',
      social: 'Vriendelijk, behulpzaam en graag deel van een ploeg. In het begin wat stil bij nieuwe mensen; voelt zich snel thuis met een vaste collega.',
      weeklyRoutine: 'Staat op weekdagen om 7 uur op. Dinsdagvoormiddag afspraak met zijn jobcoach, woensdagavond zaalvoetbal, in het weekend op bezoek bij familie.',
      other: 'Stipt en zorgvuldig met materiaal; is trots op een opgeruimde werkplek.',
      additionalInformation: 'Dit profiel is samen met hem opgesteld en overlopen; hij koos zelf wat een werkgever mag zien.',
    },
  },
  health: {
    description: 'Lichte verstandelijke beperking. Concentratieproblemen in lawaaierige en drukke ruimtes; raakt dan snel overprikkeld en vermoeid. Verder in goede gezondheid, geen medicatie.',
    impactOnWork: 'Korte, concrete instructies, één taak tegelijk, liefst voorgedaan en ondersteund met een visuele takenlijst. Een rustige werkplek; bij lawaai helpen oordopjes met filter en een korte pauze. Leert door herhaling: een langere inwerkperiode (4 à 6 weken) met jobcoaching op de werkvloer. Rekenen met geld en lange teksten lezen zijn moeilijk; liever geen kassawerk onder tijdsdruk.',
    additionalSupport: 'Zijn moeder Fatima helpt thuis met de planning en de administratie (+32 9 223 45 67). Ilse Verbeke, maatschappelijk werker OCMW Gent, Onderbergen 86, 9000 Gent (+32 9 266 90 00). Jonas Peeters, jobcoach bij Jobcoaching Schelde, voor de begeleiding op de werkvloer.',
  },
  benefits: {
    rows: [
      { kind: 'Inkomensvervangende tegemoetkoming (IVT), FOD Sociale Zekerheid – DG Personen met een handicap', amount: 1123.45, frequency: 'monthly' },
      { kind: 'Integratietegemoetkoming (IT), categorie 2', amount: 287.6, frequency: 'monthly' },
      { kind: 'Verhoogde tegemoetkoming in de ziekteverzekering (CM)', amount: null, frequency: null },
    ],
  },
});

/** The first actieplan of phase 2, made with Karim a few days ago: agreed by both. */
const PLAN_ITEMS = [
  {
    what: 'Oordopjes met filter uitproberen voor drukke ruimtes',
    how: 'Samen naar de apotheker; een week lang uitproberen in de supermarkt en op de tram.',
    who: { role: 'client', name: 'Karim' },
    when: 'Vorige week',
    results: 'Gekocht en getest: met de oordopjes kan hij zich in de winkel veel beter concentreren.',
    status: 'done',
  },
  {
    what: 'Vacatures als vakkenvuller en magazijnmedewerker in Gent kiezen',
    how: 'Elke dinsdag op het kantoor aan de Kortrijksesteenweg vacatures bekijken (VDAB en de vacaturemap van de dienst); Karim kiest er telkens twee die hem aanspreken.',
    who: { role: 'coach', name: 'Jonas Peeters' },
    when: 'Elke dinsdag om 10 uur',
    results: 'Drie vacatures gekozen; voorkeur voor een supermarkt op fietsafstand.',
    status: 'in_progress',
  },
  {
    what: 'Kennismaking en proefdag bij Groenhof Gent-Zuid',
    how: 'Jonas neemt contact op met de HR-verantwoordelijke. Proefdag in de voormiddag op de afdeling droge voeding, met Jonas erbij.',
    who: { role: 'coach', name: 'Jonas Peeters' },
    when: 'Binnen drie weken',
    results: '',
    status: 'open',
  },
  {
    what: 'Fietsroute naar de Sint-Pietersnieuwstraat oefenen',
    how: 'Twee keer samen de route fietsen op het uur van een vroege shift, daarna één keer alleen.',
    who: { role: 'family', name: 'Fatima (moeder)' },
    when: 'Voor de proefdag',
    results: '',
    status: 'open',
  },
  {
    what: 'Heftruckattest opfrissen',
    how: 'Informeren bij de VDAB-trajectbegeleider naar een korte opfrissingsopleiding en samen inschrijven.',
    who: { role: 'professional', name: 'Trajectbegeleider VDAB Gent' },
    when: 'Inschrijven voor het einde van de maand',
    results: '',
    status: 'open',
  },
] as const;

async function idOf(trx: Transaction<DB>, email: string) {
  return trx.selectFrom('users').select(['id', 'name']).where('email', '=', email).executeTakeFirstOrThrow();
}

/**
 * Saves the profile as version 1 through the profile's own save, with ESCO's code and label
 * snapshotted as resolveOccupations does. False (and nothing saved) when ESCO lacks one of
 * the occupations, e.g. a database where ESCO is not loaded yet: a later start adds it.
 */
async function seedProfile(trx: Transaction<DB>, organisationId: string, clientId: string, coachId: string): Promise<boolean> {
  const input = PROFILE.profile;
  const uris = [...input.workExperience.flatMap((w) => (w.occupation ? [w.occupation.uri] : [])), ...input.aspirations.desiredJobs.map((j) => j.occupation.uri)];
  const known = await occupationsByUri(trx, uris);
  if (uris.some((u) => !known.has(u))) return false;
  const ref = (uri: string) => known.get(uri)!;
  const profile: ProfileSections = {
    ...input,
    workExperience: input.workExperience.map((w) => ({ ...w, occupation: w.occupation ? ref(w.occupation.uri) : null })),
    aspirations: { ...input.aspirations, desiredJobs: input.aspirations.desiredJobs.map((j) => ({ ...j, occupation: ref(j.occupation.uri) })) },
  };
  const version = await saveProfile(trx, organisationId, clientId, 0, coachId, { profile, health: PROFILE.health, benefits: PROFILE.benefits });
  if (version === undefined) return false;
  await recordAudit(trx, { organisationId, actorUserId: null, action: 'demo.seeded', entity: 'client', entityId: clientId, details: { part: 'vocational_profile', version } });
  return true;
}

/** The actieplan as the routes make it: a draft by the coach, then agreed by Karim and by Jonas, which freezes it. */
async function seedPlan(
  trx: Transaction<DB>,
  organisationId: string,
  clientId: string,
  client: { id: string; name: string },
  coach: { id: string; name: string },
): Promise<void> {
  const { rows: [dates] } = await sql<{ plan: string; follow: string }>`SELECT (current_date - 3)::text AS plan, (current_date + 25)::text AS follow`.execute(trx);
  const input = ActionPlanInput.parse({ planDate: dates!.plan, followUpDate: dates!.follow, providerName: coach.name, items: PLAN_ITEMS });
  const planId = await insertPlan(trx, organisationId, clientId, coach.id, { ...input, items: withItemIds(input.items) });
  let row = (await getPlan(trx, clientId, planId))!;
  const missing = agreementIssues(toActionPlan(row));
  if (missing.length > 0) throw new Error(`demo action plan not ready to agree: ${JSON.stringify(missing)}`);
  if (!(await recordAgreement(trx, clientId, planId, row.version, 'client', { name: client.name, userId: client.id, signature: null }))) throw new Error('demo action plan: client agreement refused');
  row = (await getPlan(trx, clientId, planId))!;
  if (!(await recordAgreement(trx, clientId, planId, row.version, 'coach', { name: coach.name, userId: coach.id, signature: null }))) throw new Error('demo action plan: coach agreement refused');
  await recordAudit(trx, { organisationId, actorUserId: null, action: 'demo.seeded', entity: 'action_plan', entityId: planId, details: { clientId, part: 'action_plan', number: row.number } });
}

/**
 * The profile step of the demo world: Karim's complete vocational profile and his agreed
 * action plan. Runs after the clients step, with ESCO loaded. Idempotent: each part is added
 * only when Karim has none yet. True when anything was added.
 */
export async function seedDemoProfile(db: Kysely<DB>): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    // Two instances starting together take turns, so the second sees the first one's rows.
    await sql`SELECT pg_advisory_xact_lock(hashtext('passend.demo.profile'))`.execute(trx);
    const client = await trx
      .selectFrom('clients as c')
      .innerJoin('users as u', 'u.id', 'c.user_id')
      .select(['c.id', 'c.organisation_id', 'u.id as user_id', 'u.name'])
      .where('u.email', '=', CLIENT_ACCOUNT)
      .executeTakeFirst();
    if (!client) return false;
    const coach = await idOf(trx, RESPONSIBLE_COACH);
    const addedProfile = !(await profileHead(trx, client.organisation_id, client.id)) && (await seedProfile(trx, client.organisation_id, client.id, coach.id));
    const hadPlan = await latestPlan(trx, client.id);
    if (!hadPlan) await seedPlan(trx, client.organisation_id, client.id, { id: client.user_id, name: client.name }, coach);
    return addedProfile || !hadPlan;
  });
}

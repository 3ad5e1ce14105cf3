import type { Kysely } from 'kysely';
import { EmployerApproachInput, EmployerContactInput, EmployerInput, EmployerSiteInput } from '../../../../common/schemas/employers.ts';
import { recordAudit } from '../../audit/audit.ts';
import type { DB } from '../../db/types.ts';
import { insertApproach, insertContact, insertEmployer, insertSite } from '../employers/employers.queries.ts';

const COACHING = 'Jobcoaching Schelde';
const EMPLOYER_ORGANISATION = 'Groenhof Supermarkten';
const COACH = 'coach@coaching.passend.test';

/** A date relative to today, so the demo's follow-ups stay current. */
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The employers Jobcoaching Schelde keeps: Groenhof Supermarkten, linked to the employer
 * organisation that has its own accounts, with its two sites, an HR contact who decides on
 * hiring and an approach whose follow-up is coming; and Vrachtwerk Gent, a logistics firm
 * without Passend accounts, approached by phone with a follow-up already due. Idempotent: does
 * nothing once the coaching organisation keeps an employer named Groenhof Supermarkten.
 */
export async function seedDemoEmployers(db: Kysely<DB>): Promise<boolean> {
  const coaching = await db.selectFrom('organisations').select('id').where('name', '=', COACHING).where('kind', '=', 'coaching').executeTakeFirst();
  const linked = await db.selectFrom('organisations').select('id').where('name', '=', EMPLOYER_ORGANISATION).where('kind', '=', 'employer').executeTakeFirst();
  const coach = await db.selectFrom('users').select('id').where('email', '=', COACH).executeTakeFirst();
  if (!coaching || !linked || !coach) return false;
  const exists = await db.selectFrom('employers').select('id').where('organisation_id', '=', coaching.id).where('name', '=', EMPLOYER_ORGANISATION).executeTakeFirst();
  if (exists) return false;

  await db.transaction().execute(async (trx) => {
    const groenhof = await insertEmployer(trx, coaching.id, EmployerInput.parse({
      name: EMPLOYER_ORGANISATION, sector: 'Detailhandel (supermarkten)', sizeClass: '250+', website: 'https://groenhof.example',
      linkedOrganisationId: linked.id,
      notes: 'Familiebedrijf met een eigen diversiteitsbeleid. Vacatures voor winkel- en magazijnmedewerkers komen vooral in het voorjaar.',
    }));
    const gent = await insertSite(trx, coaching.id, groenhof, EmployerSiteInput.parse({
      name: 'Gent-Zuid', address: 'Sint-Pietersnieuwstraat 140', postcode: '9000', city: 'Gent', lat: 51.0438, lon: 3.7256,
    }));
    await insertSite(trx, coaching.id, groenhof, EmployerSiteInput.parse({
      name: 'Mechelen', address: 'Bruul 55', postcode: '2800', city: 'Mechelen', lat: 51.0259, lon: 4.4776,
    }));
    const hr = await insertContact(trx, coaching.id, groenhof, EmployerContactInput.parse({
      name: 'Els Janssens', jobTitle: 'HR-verantwoordelijke', phone: '+32 9 210 44 10', email: 'hr@employer.passend.test', decidesOnHiring: true,
    }));
    await insertContact(trx, coaching.id, groenhof, EmployerContactInput.parse({
      name: 'Pieter De Smet', jobTitle: 'Filiaalverantwoordelijke', phone: '+32 9 210 44 20', siteId: gent.id,
    }));
    const groenhofApproach = await insertApproach(trx, coaching.id, groenhof, coach.id, EmployerApproachInput.parse({
      approachedOn: daysFromNow(-14),
      information: 'Ongeveer 400 medewerkers over twee vestigingen. Els Janssens beslist over aanwervingen; de filiaalverantwoordelijken kiezen mee. Jobs: vakkenvullen, kassa, magazijn, versafdeling.',
      method: 'introduction', purpose: 'Onze dienstverlening voorstellen en nagaan waar vacatures komen.',
      meetingDate: daysFromNow(-7), meetingContactId: hr.id, meetingWith: 'Els Janssens (HR) en Pieter De Smet (Gent-Zuid)',
      meetingNotes: 'Goed gesprek. Ze zoeken betrouwbare mensen voor het magazijn in Gent-Zuid en staan open voor een proefperiode.',
      objections: [
        { objection: 'Bang dat de opleiding van een nieuwe medewerker te veel tijd van de ploeg vraagt.', response: 'Wij begeleiden op de werkvloer tijdens de eerste weken en spreken af wie aanspreekpunt is.' },
      ],
      agreements: ['advice_future_vacancies', 'next_step_match'],
      agreementNotes: 'Els stuurt de functieomschrijving van magazijnmedewerker Gent-Zuid door.',
      followUpDate: daysFromNow(7),
    }));
    const vrachtwerk = await insertEmployer(trx, coaching.id, EmployerInput.parse({
      name: 'Vrachtwerk Gent', sector: 'Logistiek en transport', sizeClass: '50-249', website: 'https://vrachtwerk.example',
      notes: 'Werkt met uitzendkrachten in piekperiodes.',
    }));
    await insertSite(trx, coaching.id, vrachtwerk, EmployerSiteInput.parse({
      name: 'Distributiecentrum Port Arthur', address: 'Port Arthurlaan 20', postcode: '9000', city: 'Gent', lat: 51.0795, lon: 3.7337,
    }));
    await insertContact(trx, coaching.id, vrachtwerk, EmployerContactInput.parse({
      name: 'Koen Vermeulen', jobTitle: 'Operationeel manager', phone: '+32 9 250 30 30', email: 'koen.vermeulen@vrachtwerk.example', decidesOnHiring: true,
    }));
    const vrachtwerkApproach = await insertApproach(trx, coaching.id, vrachtwerk, coach.id, EmployerApproachInput.parse({
      approachedOn: daysFromNow(-21),
      information: 'Distributiecentrum aan de haven, ploegenwerk; orderpickers en heftruckchauffeurs.',
      method: 'phone', purpose: 'Kennismaken en een bezoek afspreken.',
      meetingWith: 'Koen Vermeulen (telefonisch)',
      objections: [{ objection: 'Geen tijd voor een gesprek voor het einde van de piekperiode.', response: 'Afgesproken om na de piek terug te bellen.' }],
      agreements: ['keep_in_touch'],
      followUpDate: daysFromNow(-1),
    }));
    for (const [employerId, approachId] of [[groenhof, groenhofApproach], [vrachtwerk, vrachtwerkApproach]] as const) {
      await recordAudit(trx, { organisationId: coaching.id, actorUserId: null, action: 'demo.seeded', entity: 'employer', entityId: employerId, details: { approachId } });
    }
  });
  return true;
}

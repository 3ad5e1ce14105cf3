import type { NationalIdKind } from '../../../../common/national-id.ts';
import type { Locale } from '../../../../common/roles.ts';
import type { BENEFIT_FREQUENCIES, TRANSPORT_MODES } from '../../../../common/schemas/vocational-profile.ts';

/**
 * The beroepsoriënteringsschema's labels (003 ~3590-3756, "BIJLAGE 1"): nl-BE keeps the seed's
 * words; nl-NL the Dutch terms (cliënt, BSN); en translates.
 */
export interface ProfileLabels {
  annex: string; title: string; version: (n: number) => string; hidden: string; page: (p: number, n: number) => string;
  personal: string; salutation: string; givenName: string; familyName: string; address: string; postcode: string; birthDate: string;
  nationalId: string; nationalIds: Record<NationalIdKind, string>; phoneHome: string; phoneMobile: string; email: string; nextOfKin: string; relation: string; name: string;
  emergency: string; network: string; phone: string; religion: string; salutations: Record<string, string>;
  persons: string; relationToClient: string; organisation: string;
  health: string; healthDescription: string; healthImpact: string; healthSupport: string;
  benefits: string; benefitKind: string; amount: string; frequency: string; frequencies: Record<(typeof BENEFIT_FREQUENCIES)[number], string>;
  education: string; date: string; school: string; diploma: string; grade: string;
  training: string; institution: string; course: string; trainingDiploma: string;
  qualifications: string; qualification: string; obtained: string; details: string;
  work: string; fromTo: string; employer: string; jobTitle: string; mainTasks: string; reasonForLeaving: string;
  hobbies: string;
  aspirations: string; expectations: string; idealCareer: string; desiredJobs: string; desiredTasks: string; hoursAndShifts: string;
  environment: string; other: string; travelKm: (km: number) => string; transport: Record<(typeof TRANSPORT_MODES)[number], string>;
  competences: string; dailyLife: string; communication: string; social: string; weeklyRoutine: string; additional: string;
}

const nlBE: ProfileLabels = {
  annex: 'Bijlage 1: beroepsoriënteringsschema', title: 'Beroepsoriënteringsschema', version: (n) => `Versie ${n}`, hidden: '(niet gedeeld)',
  page: (p, n) => `pagina ${p} van ${n}`,
  personal: 'Persoonlijke gegevens', salutation: 'Aanspreking', givenName: 'Voornaam', familyName: 'Naam', address: 'Adres', postcode: 'Postcode',
  birthDate: 'Geboortedatum', nationalId: 'Rijksregisternummer', nationalIds: { be_rrn: 'Rijksregisternummer', nl_bsn: 'Nederlands burgerservicenummer (BSN)' }, phoneHome: 'Huistelefoon', phoneMobile: 'GSM', email: 'E-mail',
  nextOfKin: 'Naaste familie', relation: 'Relatie', name: 'Naam', emergency: 'Contactnummer bij noodgevallen',
  network: 'Professioneel netwerk (indien van toepassing)', phone: 'Telefoon',
  religion: 'Religie/cultuur: bedenkingen waarmee je rekening wenst te houden',
  salutations: { '': '', mr: 'De heer', mrs: 'Mevr.', ms: 'Juffr.', mx: '' },
  persons: 'Te raadplegen betrokkenen', relationToClient: 'Relatie t.o.v. klant', organisation: 'Organisatie (indien van toepassing)',
  health: 'Gezondheidstoestand of informatie omtrent de beperkingen', healthDescription: 'Beschrijf kort de gezondheid en beperkingen',
  healthImpact: 'Omschrijf wat de impact op het werk is (indien van toepassing)',
  healthSupport: 'Bijkomende informatie (ondersteuning van familie en andere professionals)',
  benefits: 'Sociale zekerheid / tegemoetkomingen / pensioen', benefitKind: 'Soort uitkering', amount: 'Bedrag', frequency: 'Frequentie',
  frequencies: { daily: 'dagelijks', weekly: 'wekelijks', monthly: 'maandelijks', yearly: 'jaarlijks' },
  education: 'Opleiding', date: 'Datum', school: 'School/universiteit', diploma: 'Diploma/certificaat', grade: 'Graad',
  training: 'Vorming', institution: 'Vormingsinstelling', course: 'Cursus', trainingDiploma: 'Diploma/certificaat/graad',
  qualifications: 'Andere relevante kwalificaties en vorming (rijbewijs, attest heftruckbestuurder enz.)', qualification: 'Kwalificatie', obtained: 'Behaald',
  details: 'Details',
  work: 'Werkervaring', fromTo: 'Datum van/tot', employer: 'Naam werkgever en contactinfo', jobTitle: 'Functietitel', mainTasks: 'Voornaamste taken',
  reasonForLeaving: 'Reden van vertrek',
  hobbies: 'Hobby’s en interesses',
  aspirations: 'Jobaspiraties en -voorkeuren', expectations: 'Verwachtingen t.a.v. werk', idealCareer: 'Gewenste loopbaan (ideaal)', desiredJobs: 'Gewenste beroepen (ESCO)',
  desiredTasks: 'Gewenste taken', hoursAndShifts: 'Gewenste arbeidsvoorwaarden', environment: 'Gewenste werkomgeving', other: 'Andere',
  travelKm: (km) => `Reisafstand tot ${km} km`,
  transport: { walking: 'te voet', bicycle: 'fiets', public_transport: 'openbaar vervoer', car: 'auto', moped: 'bromfiets', lift: 'meerijden', company_transport: 'vervoer door de werkgever', other: 'ander vervoer' },
  competences: 'Persoonlijke competenties en vaardigheden', dailyLife: 'In het dagelijkse leven', communication: 'Communicatievaardigheden',
  social: 'Sociale vaardigheden', weeklyRoutine: 'Wekelijkse routine', additional: 'Bijkomende informatie',
};

export const PROFILE_LABELS: Record<Locale, ProfileLabels> = {
  'nl-BE': nlBE,
  'nl-NL': {
    ...nlBE,
    nationalId: 'BSN', nationalIds: { be_rrn: 'Belgisch rijksregisternummer', nl_bsn: 'BSN' }, phoneMobile: 'Mobiel', relationToClient: 'Relatie tot cliënt', salutations: { '': '', mr: 'Dhr.', mrs: 'Mevr.', ms: 'Mevr.', mx: '' },
    healthSupport: 'Aanvullende informatie (ondersteuning door familie en andere professionals)', additional: 'Aanvullende informatie',
    school: 'School/universiteit', course: 'Cursus', transport: { ...nlBE.transport, moped: 'brommer' },
  },
  en: {
    annex: 'Annex 1: vocational profile', title: 'Vocational profile', version: (n) => `Version ${n}`, hidden: '(not shared)', page: (p, n) => `page ${p} of ${n}`,
    personal: 'Personal details', salutation: 'Title', givenName: 'First name', familyName: 'Surname', address: 'Address', postcode: 'Postcode',
    birthDate: 'Date of birth', nationalId: 'National number',
    nationalIds: { be_rrn: 'Belgian national register number', nl_bsn: 'Dutch citizen service number (BSN)' }, phoneHome: 'Home phone', phoneMobile: 'Mobile', email: 'Email',
    nextOfKin: 'Next of kin', relation: 'Relation', name: 'Name', emergency: 'Emergency contact number',
    network: 'Professional network (if any)', phone: 'Phone', religion: 'Religion/culture: considerations to respect', salutations: { '': '', mr: 'Mr', mrs: 'Mrs', ms: 'Ms', mx: 'Mx' },
    persons: 'People to consult', relationToClient: 'Relation to the client', organisation: 'Organisation (if any)',
    health: 'Health or information about the disability', healthDescription: 'Short description of health and disability',
    healthImpact: 'Impact on work (if any)', healthSupport: 'Additional information (support from family and other professionals)',
    benefits: 'Social security / allowances / pension', benefitKind: 'Kind of benefit', amount: 'Amount', frequency: 'Frequency',
    frequencies: { daily: 'daily', weekly: 'weekly', monthly: 'monthly', yearly: 'yearly' },
    education: 'Education', date: 'Date', school: 'School/university', diploma: 'Diploma/certificate', grade: 'Grade',
    training: 'Training', institution: 'Training provider', course: 'Course', trainingDiploma: 'Diploma/certificate/grade',
    qualifications: 'Other relevant qualifications and training (driving licence, forklift certificate, etc.)', qualification: 'Qualification',
    obtained: 'Obtained', details: 'Details',
    work: 'Work experience', fromTo: 'Dates from/to', employer: 'Employer and contact details', jobTitle: 'Job title', mainTasks: 'Main tasks',
    reasonForLeaving: 'Reason for leaving',
    hobbies: 'Hobbies and interests',
    aspirations: 'Job aspirations and preferences', expectations: 'Expectations of work', idealCareer: 'Desired career (ideal)', desiredJobs: 'Desired occupations (ESCO)',
    desiredTasks: 'Desired tasks', hoursAndShifts: 'Desired working conditions', environment: 'Desired work environment', other: 'Other',
    travelKm: (km) => `Travel up to ${km} km`,
    transport: { walking: 'on foot', bicycle: 'bicycle', public_transport: 'public transport', car: 'car', moped: 'moped', lift: 'lift', company_transport: 'transport by the employer', other: 'other transport' },
    competences: 'Personal competences and skills', dailyLife: 'In daily life', communication: 'Communication skills', social: 'Social skills',
    weeklyRoutine: 'Weekly routine', additional: 'Additional information',
  },
};

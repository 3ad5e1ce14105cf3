import type { Locale } from '../../../../common/roles.ts';
import type { Catalogue } from '../../i18n/core.ts';

/**
 * What employers and partner agencies see of a client who shares data with them. These
 * readers are not job coaches: the texts avoid the method's own words ("profilering",
 * "job matching", "job carving", "natuurlijke ondersteuning") and say what is meant
 * ("werkprofiel", "wat de cliënt zoekt"). The names of the data categories come from the
 * consent feature (labels.ts), so every screen names them the same way.
 */
const nlBE = {
  purposes: {
    job_finding: 'Werk zoeken',
    job_support: 'Begeleiding op het werk',
    job_retention: 'Werk behouden',
    referral: 'Doorverwijzing naar een andere dienst',
  },
  phase: {
    label: 'Stap {{phase}} van 5: {{name}}',
    names: { 1: 'kennismaking', 2: 'werkprofiel en actieplan', 3: 'werk zoeken', 4: 'contact met werkgevers', 5: 'begeleiding op het werk' },
  },
  candidate: 'Kandidaat {{number}}',
  candidateUnknown: 'Gedeelde kandidaat',
  list: {
    title: 'Gedeelde cliënten',
    intro: 'U ziet alleen wat een cliënt zelf met u wil delen, voor het doel dat u kiest. Stopt de cliënt met delen, dan ziet u meteen niets meer.',
    purpose: 'Waarvoor bekijkt u de gegevens?',
    purposeHint: 'Een cliënt deelt gegevens telkens voor één doel.',
    count_one: '{{count}} cliënt deelt gegevens met u voor dit doel.',
    count_other: '{{count}} cliënten delen gegevens met u voor dit doel.',
    empty: 'Voor dit doel deelt geen enkele cliënt gegevens met u.',
    emptyHint: 'Kies hierboven een ander doel om te zien of iemand daarvoor iets deelt.',
    listLabel: 'Cliënten die gegevens met u delen',
  },
  detail: {
    back: 'Terug naar de gedeelde cliënten',
    boxTitle: 'Wat u mag zien',
    sharedWith: 'Gedeeld met u: {{categories}}.',
    purpose: 'Waarvoor: {{purpose}}.',
    onlyThis: 'De cliënt koos zelf wat u ziet. Stopt de cliënt met delen, dan ziet u deze gegevens niet meer.',
    logged: 'De cliënt kan zien wanneer u deze gegevens bekeek.',
  },
  identity: {
    title: 'Contactgegevens',
    name: 'Naam',
    birthDate: 'Geboortedatum',
    address: 'Adres',
    phoneMobile: 'Gsm',
    phoneHome: 'Telefoon',
    email: 'E-mail',
    emergencyPhone: 'Bellen in geval van nood',
    nextOfKin: 'Naaste familie',
    religionCulture: 'Waar de cliënt graag rekening mee houdt (geloof, cultuur)',
    coaches: 'Jobcoach',
    responsible: '{{name}} (verantwoordelijke jobcoach)',
    empty: 'Niet ingevuld',
  },
  profile: {
    title: 'Werkprofiel',
    intro: 'Wat de cliënt al deed, wat hij of zij kan en wat hij of zij zoekt in een job.',
    pdf: 'Werkprofiel downloaden (pdf)',
  },
  plan: {
    title: 'Actieplan en voortgang',
    phase: 'Waar de begeleiding nu staat',
    notStarted: 'De begeleiding is nog niet gestart.',
    closed: 'De begeleiding is afgerond.',
    none: 'Er is nog geen actieplan.',
    pdf: 'Actieplan, versie {{number}}, downloaden (pdf)',
  },
  notes: {
    title: 'Gespreksnotities',
    none: 'Er zijn nog geen gespreksnotities.',
    heading: '{{date}}: {{kind}}',
    by: 'Geschreven door {{name}}.',
    kinds: { phone: 'telefoon', email: 'e-mail', meeting: 'gesprek', home_visit: 'huisbezoek', message: 'bericht', other: 'ander contact' },
  },
};

const nlNL: typeof nlBE = {
  ...nlBE,
  purposes: { ...nlBE.purposes, job_support: 'Begeleiding op de werkplek' },
  list: {
    ...nlBE.list,
    intro: 'U ziet alleen wat een cliënt zelf met u wil delen, voor het doel dat u kiest. Stopt de cliënt met delen, dan ziet u direct niets meer.',
  },
  identity: {
    ...nlBE.identity,
    phoneMobile: 'Mobiel',
    emergencyPhone: 'Bellen bij nood',
  },
  profile: {
    ...nlBE.profile,
    intro: 'Wat de cliënt al deed, wat hij of zij kan en wat hij of zij zoekt in een baan.',
  },
  plan: { ...nlBE.plan, closed: 'De begeleiding is afgesloten.' },
};

const en: typeof nlBE = {
  purposes: {
    job_finding: 'Finding work',
    job_support: 'Support at work',
    job_retention: 'Keeping a job',
    referral: 'Referral to another service',
  },
  phase: {
    label: 'Step {{phase}} of 5: {{name}}',
    names: { 1: 'getting to know each other', 2: 'work profile and action plan', 3: 'looking for work', 4: 'contact with employers', 5: 'support at work' },
  },
  candidate: 'Candidate {{number}}',
  candidateUnknown: 'Shared candidate',
  list: {
    title: 'Shared clients',
    intro: 'You only see what a client has chosen to share with you, for the purpose you choose. When the client stops sharing, you see nothing any more.',
    purpose: 'What are you looking at the information for?',
    purposeHint: 'A client shares information for one purpose at a time.',
    count_one: '{{count}} client shares information with you for this purpose.',
    count_other: '{{count}} clients share information with you for this purpose.',
    empty: 'No client shares information with you for this purpose.',
    emptyHint: 'Choose another purpose above to see whether anyone shares something for it.',
    listLabel: 'Clients who share information with you',
  },
  detail: {
    back: 'Back to shared clients',
    boxTitle: 'What you may see',
    sharedWith: 'Shared with you: {{categories}}.',
    purpose: 'For: {{purpose}}.',
    onlyThis: 'The client chose what you see. When the client stops sharing, you no longer see this information.',
    logged: 'The client can see when you looked at this information.',
  },
  identity: {
    title: 'Contact details',
    name: 'Name',
    birthDate: 'Date of birth',
    address: 'Address',
    phoneMobile: 'Mobile',
    phoneHome: 'Phone',
    email: 'Email',
    emergencyPhone: 'Call in an emergency',
    nextOfKin: 'Next of kin',
    religionCulture: 'What the client would like you to respect (religion, culture)',
    coaches: 'Job coach',
    responsible: '{{name}} (responsible job coach)',
    empty: 'Not filled in',
  },
  profile: {
    title: 'Work profile',
    intro: 'What the client has done, what they can do and what they are looking for in a job.',
    pdf: 'Download the work profile (PDF)',
  },
  plan: {
    title: 'Action plan and progress',
    phase: 'Where the support stands now',
    notStarted: 'The support has not started yet.',
    closed: 'The support has ended.',
    none: 'There is no action plan yet.',
    pdf: 'Download the action plan, version {{number}} (PDF)',
  },
  notes: {
    title: 'Conversation notes',
    none: 'There are no conversation notes yet.',
    heading: '{{date}}: {{kind}}',
    by: 'Written by {{name}}.',
    kinds: { phone: 'phone call', email: 'email', meeting: 'meeting', home_visit: 'home visit', message: 'message', other: 'other contact' },
  },
};

export const messages: Record<Locale, Catalogue> = { 'nl-BE': nlBE, 'nl-NL': nlNL, en };

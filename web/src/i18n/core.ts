import type { Locale } from '../../../common/roles.ts';

export interface Catalogue {
  [key: string]: string | Catalogue;
}

const nlBE = {
  appName: 'Passend',
  tagline: 'Samen naar passend werk',
  skipToContent: 'Ga naar de inhoud',
  nav: {
    label: 'Hoofdmenu',
    home: 'Start',
    clients: 'Cliënten',
    shared: 'Gedeelde cliënten',
    employers: 'Werkgevers',
    vacancies: 'Vacatures',
    matchingWeights: 'Gewichten matching',
    my: 'Mijn gegevens',
    account: 'Mijn account',
    users: 'Mensen',
    branches: 'Vestigingen',
    audit: 'Auditlog',
    mailbox: 'Testmailbox',
    signOut: 'Afmelden',
    signIn: 'Aanmelden',
    menu: 'Menu',
  },
  language: { label: 'Taal', 'nl-BE': 'Nederlands (België)', 'nl-NL': 'Nederlands (Nederland)', en: 'English' },
  roles: {
    coach: 'Jobcoach',
    team_lead: 'Teamverantwoordelijke',
    org_admin: 'Beheerder',
    hr_officer: 'HR-medewerker',
    supervisor: 'Leidinggevende / mentor',
    intermediary_coach: 'Bemiddelaar',
    client: 'Cliënt',
  },
  kinds: { coaching: 'Jobcoachingdienst', employer: 'Werkgever', intermediary: 'Bemiddelingsorganisatie' },
  regions: { flanders: 'Vlaanderen', netherlands: 'Nederland' },
  status: { invited: 'Uitgenodigd', active: 'Actief', deactivated: 'Gedeactiveerd' },
  common: {
    save: 'Opslaan',
    saving: 'Bezig met opslaan…',
    cancel: 'Annuleren',
    edit: 'Wijzigen',
    close: 'Sluiten',
    loading: 'Laden…',
    required: 'verplicht',
    optional: 'optioneel',
    saved: 'Opgeslagen.',
    yes: 'Ja',
    no: 'Nee',
    errorSummary: 'Er is een probleem',
    tryAgain: 'Opnieuw proberen',
    loadFailed: 'Dit kon niet geladen worden.',
    networkError: 'Geen verbinding met Passend. Controleer uw internetverbinding en probeer opnieuw.',
    fieldInvalid: 'Dit veld is niet goed ingevuld.',
    showPassword: 'Wachtwoord tonen',
    more: 'Meer laden',
  },
  notFound: { title: 'Pagina niet gevonden', body: 'Deze pagina bestaat niet of u hebt er geen toegang toe.', home: 'Naar de startpagina' },
  forbidden: { title: 'Geen toegang', body: 'U hebt geen toegang tot deze pagina. Vraag het aan de beheerder van uw organisatie als u denkt dat dit niet klopt.' },
  footer: { privacy: 'Niets over een cliënt wordt gedeeld zonder toestemming van de cliënt.', api: 'API-documentatie' },
};

const nlNL: typeof nlBE = {
  ...nlBE,
  skipToContent: 'Ga naar de inhoud',
  nav: { ...nlBE.nav, signOut: 'Uitloggen', signIn: 'Inloggen', branches: 'Vestigingen' },
  roles: { ...nlBE.roles, team_lead: 'Teamleider', supervisor: 'Leidinggevende / werkbegeleider', intermediary_coach: 'Bemiddelaar' },
  kinds: { coaching: 'Jobcoachorganisatie', employer: 'Werkgever', intermediary: 'Bemiddelingsorganisatie' },
  common: {
    ...nlBE.common,
    networkError: 'Geen verbinding met Passend. Controleer je internetverbinding en probeer het opnieuw.',
  },
  notFound: { title: 'Pagina niet gevonden', body: 'Deze pagina bestaat niet of je hebt er geen toegang toe.', home: 'Naar de startpagina' },
  forbidden: { title: 'Geen toegang', body: 'Je hebt geen toegang tot deze pagina. Vraag het aan de beheerder van je organisatie als je denkt dat dit niet klopt.' },
};

const en: typeof nlBE = {
  appName: 'Passend',
  tagline: 'Together towards work that fits',
  skipToContent: 'Skip to content',
  nav: {
    label: 'Main menu', home: 'Home', clients: 'Clients', shared: 'Shared clients', employers: 'Employers', vacancies: 'Vacancies', matchingWeights: 'Matching weights', my: 'My information', account: 'My account', users: 'People', branches: 'Branches', audit: 'Audit log',
    mailbox: 'Test mailbox', signOut: 'Sign out', signIn: 'Sign in', menu: 'Menu',
  },
  language: { label: 'Language', 'nl-BE': 'Nederlands (België)', 'nl-NL': 'Nederlands (Nederland)', en: 'English' },
  roles: {
    coach: 'Job coach', team_lead: 'Team lead', org_admin: 'Administrator', hr_officer: 'HR officer',
    supervisor: 'Supervisor / mentor', intermediary_coach: 'Intermediary', client: 'Client',
  },
  kinds: { coaching: 'Job-coaching service', employer: 'Employer', intermediary: 'Intermediary organisation' },
  regions: { flanders: 'Flanders', netherlands: 'the Netherlands' },
  status: { invited: 'Invited', active: 'Active', deactivated: 'Deactivated' },
  common: {
    save: 'Save', saving: 'Saving…', cancel: 'Cancel', edit: 'Edit', close: 'Close', loading: 'Loading…',
    required: 'required', optional: 'optional', saved: 'Saved.', yes: 'Yes', no: 'No',
    errorSummary: 'There is a problem', tryAgain: 'Try again', loadFailed: 'This could not be loaded.',
    networkError: 'No connection to Passend. Check your internet connection and try again.',
    fieldInvalid: 'This field is not filled in correctly.', showPassword: 'Show password', more: 'Load more',
  },
  notFound: { title: 'Page not found', body: 'This page does not exist or you do not have access to it.', home: 'Go to the home page' },
  forbidden: { title: 'No access', body: 'You do not have access to this page. Ask your organisation’s administrator if you think this is wrong.' },
  footer: { privacy: 'Nothing about a client is shared without the client’s consent.', api: 'API documentation' },
};

export const core: Record<Locale, Catalogue> = { 'nl-BE': nlBE, 'nl-NL': nlNL, en };

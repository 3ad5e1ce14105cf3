import type { Locale } from '../../../../common/roles.ts';
import type { Catalogue } from '../../i18n/core.ts';

/** My account: details, name and language, password. */
const nlBE = {
  title: 'Mijn account',
  intro: 'Uw gegevens in Passend. Uw naam, taal en wachtwoord kunt u hier zelf wijzigen.',
  details: {
    title: 'Uw gegevens',
    name: 'Naam',
    email: 'E-mailadres',
    organisation: 'Organisatie',
    kind: 'Soort organisatie',
    region: 'Regio',
    roles: 'Rollen',
    language: 'Taal',
  },
  profile: {
    title: 'Naam en taal wijzigen',
    name: 'Naam',
    nameHint: 'Zo zien anderen in Passend uw naam.',
    language: 'Taal',
    languageHint: 'De taal van Passend en van de e-mails die u van Passend krijgt.',
    submit: 'Naam en taal opslaan',
    submitting: 'Bezig met opslaan…',
    saved: 'Uw naam en taal zijn opgeslagen.',
    stale: 'Wat u had ingevuld: naam „{{name}}”, taal {{language}}. Hieronder staan nu de nieuwste gegevens. Vul uw wijziging opnieuw in en sla op.',
  },
  password: {
    title: 'Wachtwoord wijzigen',
    intro: 'Na het wijzigen bent u op al uw andere toestellen afgemeld.',
    current: 'Huidig wachtwoord',
    new: 'Nieuw wachtwoord',
    newHint: 'Minstens 8 tekens. Kies geen wachtwoord dat veel mensen gebruiken. Een zin van een paar woorden is sterk en makkelijk te onthouden.',
    show: 'Wachtwoorden tonen',
    submit: 'Wachtwoord wijzigen',
    submitting: 'Bezig met wijzigen…',
    changed: 'Uw wachtwoord is gewijzigd. Op al uw andere toestellen bent u afgemeld.',
  },
  errors: {
    nameRequired: 'Vul uw naam in.',
    nameTooLong: 'Gebruik voor uw naam hoogstens 200 tekens.',
    languageInvalid: 'Kies een taal uit de lijst.',
    currentRequired: 'Vul uw huidige wachtwoord in.',
    currentWrong: 'Dit is niet uw huidige wachtwoord. Let op hoofdletters en kleine letters.',
    newRequired: 'Kies een nieuw wachtwoord.',
  },
};

/** Dutch as used in the Netherlands: "je" and "inloggen". */
const nlNL: typeof nlBE = {
  title: 'Mijn account',
  intro: 'Je gegevens in Passend. Je naam, taal en wachtwoord kun je hier zelf wijzigen.',
  details: { ...nlBE.details, title: 'Je gegevens' },
  profile: {
    ...nlBE.profile,
    nameHint: 'Zo zien anderen in Passend je naam.',
    languageHint: 'De taal van Passend en van de e-mails die je van Passend krijgt.',
    saved: 'Je naam en taal zijn opgeslagen.',
    stale: 'Wat je had ingevuld: naam ‘{{name}}’, taal {{language}}. Hieronder staan nu de nieuwste gegevens. Vul je wijziging opnieuw in en sla op.',
  },
  password: {
    ...nlBE.password,
    intro: 'Na het wijzigen ben je op al je andere apparaten uitgelogd.',
    changed: 'Je wachtwoord is gewijzigd. Op al je andere apparaten ben je uitgelogd.',
  },
  errors: {
    nameRequired: 'Vul je naam in.',
    nameTooLong: 'Gebruik voor je naam hoogstens 200 tekens.',
    languageInvalid: 'Kies een taal uit de lijst.',
    currentRequired: 'Vul je huidige wachtwoord in.',
    currentWrong: 'Dit is niet je huidige wachtwoord. Let op hoofdletters en kleine letters.',
    newRequired: 'Kies een nieuw wachtwoord.',
  },
};

const en: typeof nlBE = {
  title: 'My account',
  intro: 'Your details in Passend. You can change your name, language and password here yourself.',
  details: {
    title: 'Your details',
    name: 'Name',
    email: 'Email address',
    organisation: 'Organisation',
    kind: 'Kind of organisation',
    region: 'Region',
    roles: 'Roles',
    language: 'Language',
  },
  profile: {
    title: 'Change your name and language',
    name: 'Name',
    nameHint: 'This is how others see your name in Passend.',
    language: 'Language',
    languageHint: 'The language of Passend and of the emails Passend sends you.',
    submit: 'Save name and language',
    submitting: 'Saving…',
    saved: 'Your name and language have been saved.',
    stale: 'What you had entered: name “{{name}}”, language {{language}}. Below are now the newest details. Enter your change again and save.',
  },
  password: {
    title: 'Change your password',
    intro: 'After the change you are signed out on all your other devices.',
    current: 'Current password',
    new: 'New password',
    newHint: 'At least 8 characters. Do not choose a password that many people use. A sentence of a few words is strong and easy to remember.',
    show: 'Show passwords',
    submit: 'Change password',
    submitting: 'Changing…',
    changed: 'Your password has been changed. You have been signed out on all your other devices.',
  },
  errors: {
    nameRequired: 'Enter your name.',
    nameTooLong: 'Use at most 200 characters for your name.',
    languageInvalid: 'Choose a language from the list.',
    currentRequired: 'Enter your current password.',
    currentWrong: 'This is not your current password. Mind capital and small letters.',
    newRequired: 'Choose a new password.',
  },
};

export const messages: Record<Locale, Catalogue> = { 'nl-BE': nlBE, 'nl-NL': nlNL, en };

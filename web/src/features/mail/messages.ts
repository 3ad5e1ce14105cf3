import type { Locale } from '../../../../common/roles.ts';
import type { Catalogue } from '../../i18n/core.ts';

/** Test mailbox page (namespace "mail"). Flemish "u" in nl-BE, "je" in nl-NL. */
const nlBE = {
  title: 'Testmailbox',
  intro: 'Alle e-mails die Passend verstuurt, nieuwste eerst. In de demomodus gaan ze niet echt de deur uit: u leest ze hier, met klikbare links.',
  notDemoTitle: 'Er is hier geen testmailbox',
  notDemo: 'De testmailbox bestaat alleen in de demomodus. Deze installatie is geen demo: e-mails gaan via de mailserver naar de echte ontvangers, en niemand kan ze hier lezen.',
  notDemoHelp: 'Wacht u op een uitnodiging of een link voor een nieuw wachtwoord? Kijk dan in uw eigen mailbox, ook bij de ongewenste e-mail.',
  home: 'Naar de startpagina',
  refresh: 'Vernieuwen',
  refreshing: 'Bezig met vernieuwen…',
  refreshed_one: 'Bijgewerkt: {{count}} e-mail.',
  refreshed_other: 'Bijgewerkt: {{count}} e-mails.',
  count_one: '{{count}} e-mail',
  count_other: '{{count}} e-mails',
  listLabel: 'E-mails',
  empty: 'Er zijn nog geen e-mails verstuurd. Nodig bijvoorbeeld iemand uit of vraag een nieuw wachtwoord aan; de e-mail verschijnt dan hier.',
  to: 'Aan',
  when: 'Wanneer',
  status: 'Status',
  body: 'Inhoud',
  statuses: {
    queued: 'In de wachtrij (niet verstuurd)',
    sent: 'Verstuurd',
    failed: 'Versturen mislukt',
  },
  limit: 'U ziet de 50 nieuwste e-mails.',
};

const nlNL: typeof nlBE = {
  ...nlBE,
  intro: 'Alle e-mails die Passend verstuurt, nieuwste eerst. In de demomodus worden ze niet echt verstuurd: je leest ze hier, met klikbare links.',
  notDemoHelp: 'Wacht je op een uitnodiging of een link voor een nieuw wachtwoord? Kijk dan in je eigen mailbox, ook bij de spam.',
  empty: 'Er zijn nog geen e-mails verstuurd. Nodig bijvoorbeeld iemand uit of vraag een nieuw wachtwoord aan; de e-mail verschijnt dan hier.',
  limit: 'Je ziet de 50 nieuwste e-mails.',
};

const en: typeof nlBE = {
  title: 'Test mailbox',
  intro: 'Every email Passend sends, newest first. In demo mode they do not really go out: you read them here, with clickable links.',
  notDemoTitle: 'There is no test mailbox here',
  notDemo: 'The test mailbox only exists in demo mode. This installation is not a demo: emails go through the mail server to the real recipients, and nobody can read them here.',
  notDemoHelp: 'Waiting for an invitation or a new-password link? Look in your own mailbox, including the spam folder.',
  home: 'Go to the home page',
  refresh: 'Refresh',
  refreshing: 'Refreshing…',
  refreshed_one: 'Updated: {{count}} email.',
  refreshed_other: 'Updated: {{count}} emails.',
  count_one: '{{count}} email',
  count_other: '{{count}} emails',
  listLabel: 'Emails',
  empty: 'No emails have been sent yet. Invite someone or ask for a new password, for example; the email then appears here.',
  to: 'To',
  when: 'When',
  status: 'Status',
  body: 'Content',
  statuses: {
    queued: 'Queued (not sent)',
    sent: 'Sent',
    failed: 'Sending failed',
  },
  limit: 'You see the 50 newest emails.',
};

export const messages: Record<Locale, Catalogue> = { 'nl-BE': nlBE, 'nl-NL': nlNL, en };

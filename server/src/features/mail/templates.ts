import type { Locale } from '../../../../common/roles.ts';

interface Mail { subject: string; text: string }

/** Hours a password-reset link stays valid. */
export const PASSWORD_RESET_TTL_HOURS = 1;
/** Days an invitation link stays valid. */
export const INVITATION_TTL_DAYS = 7;

export function passwordResetMail(locale: Locale, name: string, link: string): Mail {
  switch (locale) {
    case 'en':
      return {
        subject: 'Passend: choose a new password',
        text: `Hello ${name},\n\nSomeone (hopefully you) asked to reset your Passend password. Choose a new password via this link. It works once and for ${PASSWORD_RESET_TTL_HOURS} hour:\n\n${link}\n\nDid you not ask for this? Then you can ignore this email; your password stays the same.\n`,
      };
    case 'nl-NL':
      return {
        subject: 'Passend: kies een nieuw wachtwoord',
        text: `Hallo ${name},\n\nIemand (hopelijk jij) vroeg om je wachtwoord voor Passend opnieuw in te stellen. Kies een nieuw wachtwoord via deze link. Hij werkt één keer en blijft ${PASSWORD_RESET_TTL_HOURS} uur geldig:\n\n${link}\n\nHeb je hier niet om gevraagd? Dan kun je deze e-mail negeren; je wachtwoord blijft hetzelfde.\n`,
      };
    default:
      return {
        subject: 'Passend: kies een nieuw wachtwoord',
        text: `Dag ${name},\n\nIemand (hopelijk u) vroeg om uw wachtwoord voor Passend opnieuw in te stellen. Kies een nieuw wachtwoord via deze link. Hij werkt één keer en blijft ${PASSWORD_RESET_TTL_HOURS} uur geldig:\n\n${link}\n\nHebt u hier niet om gevraagd? Dan mag u deze e-mail negeren; uw wachtwoord blijft hetzelfde.\n`,
      };
  }
}

export function invitationMail(locale: Locale, name: string, organisation: string, inviter: string, link: string): Mail {
  switch (locale) {
    case 'en':
      return {
        subject: `Passend: ${inviter} invites you to ${organisation}`,
        text: `Hello ${name},\n\n${inviter} invites you to work in Passend for ${organisation}. Choose your password via this link (valid for ${INVITATION_TTL_DAYS} days):\n\n${link}\n`,
      };
    case 'nl-NL':
      return {
        subject: `Passend: ${inviter} nodigt je uit bij ${organisation}`,
        text: `Hallo ${name},\n\n${inviter} nodigt je uit om in Passend te werken voor ${organisation}. Kies je wachtwoord via deze link (${INVITATION_TTL_DAYS} dagen geldig):\n\n${link}\n`,
      };
    default:
      return {
        subject: `Passend: ${inviter} nodigt u uit bij ${organisation}`,
        text: `Dag ${name},\n\n${inviter} nodigt u uit om in Passend te werken voor ${organisation}. Kies uw wachtwoord via deze link (${INVITATION_TTL_DAYS} dagen geldig):\n\n${link}\n`,
      };
  }
}

/**
 * The invitation a coach sends a client for the portal, in easy language (B1): what the
 * portal is for, that the client decides who sees what, and the link.
 */
export function clientInvitationMail(locale: Locale, name: string, organisation: string, coach: string, link: string): Mail {
  switch (locale) {
    case 'en':
      return {
        subject: 'Passend: your own page with your job coach',
        text: `Hello ${name},\n\n${coach} of ${organisation} invites you to Passend.\nIn Passend you see your profile, your plan and your appointments.\nYou decide who may see something about you.\n\nChoose a password via this link. The link works for ${INVITATION_TTL_DAYS} days:\n\n${link}\n\nDo you have a question? Ask ${coach}.\n`,
      };
    case 'nl-NL':
      return {
        subject: 'Passend: je eigen pagina bij je jobcoach',
        text: `Hallo ${name},\n\n${coach} van ${organisation} nodigt je uit voor Passend.\nIn Passend zie je je profiel, je plan en je afspraken.\nJij bepaalt wie iets over jou mag zien.\n\nKies een wachtwoord via deze link. De link werkt ${INVITATION_TTL_DAYS} dagen:\n\n${link}\n\nHeb je een vraag? Vraag het aan ${coach}.\n`,
      };
    default:
      return {
        subject: 'Passend: je eigen pagina bij je jobcoach',
        text: `Dag ${name},\n\n${coach} van ${organisation} nodigt je uit voor Passend.\nIn Passend zie je je profiel, je plan en je afspraken.\nJij beslist wie iets over jou mag zien.\n\nKies een wachtwoord via deze link. De link werkt ${INVITATION_TTL_DAYS} dagen:\n\n${link}\n\nHeb je een vraag? Vraag het aan ${coach}.\n`,
      };
  }
}

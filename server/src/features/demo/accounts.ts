/** The demo accounts, in the order the sign-in page lists them. */
export const DEMO_ACCOUNT_EMAILS = [
  'coach@coaching.passend.test',
  'coach2@coaching.passend.test',
  'teamlead@coaching.passend.test',
  'admin@coaching.passend.test',
  'hr@employer.passend.test',
  'supervisor@employer.passend.test',
  'coach@partner.passend.test',
  'client@client.passend.test',
] as const;

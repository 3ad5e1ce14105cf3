import { z } from 'zod';
import { ABILITIES, LOCALES, ORGANISATION_KINDS, REGIONS, ROLES } from '../roles.ts';

/** Passwords: at least 8 characters, no composition rules (NIST SP 800-63B); common ones refused on the server. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 256;
export const Password = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);

export const Email = z.string().trim().toLowerCase().pipe(z.email().max(254));

export const LoginRequest = z.strictObject({ email: Email, password: z.string().min(1).max(PASSWORD_MAX_LENGTH) }).meta({ id: 'LoginRequest' });
export type LoginRequest = z.infer<typeof LoginRequest>;

export const CsrfResponse = z.object({ csrfToken: z.string() }).meta({ id: 'CsrfResponse' });

export const Me = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    locale: z.enum(LOCALES),
    organisation: z.object({
      id: z.uuid(),
      name: z.string(),
      kind: z.enum(ORGANISATION_KINDS),
      region: z.enum(REGIONS),
    }),
    roles: z.array(z.enum(ROLES)),
    branchIds: z.array(z.uuid()),
    abilities: z.array(z.enum(ABILITIES)),
    csrfToken: z.string(),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof Me>;

export const UpdateAccount = z
  .strictObject({ name: z.string().trim().min(1).max(200).optional(), locale: z.enum(LOCALES).optional() })
  .meta({ id: 'UpdateAccount' });
export type UpdateAccount = z.infer<typeof UpdateAccount>;

export const ChangePassword = z
  .strictObject({ currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH), newPassword: Password })
  .meta({ id: 'ChangePassword' });
export type ChangePassword = z.infer<typeof ChangePassword>;

export const PasswordResetRequest = z.strictObject({ email: Email }).meta({ id: 'PasswordResetRequest' });
export const TokenWithPassword = z
  .strictObject({ token: z.string().min(10).max(200), password: Password })
  .meta({ id: 'TokenWithPassword' });
export type TokenWithPassword = z.infer<typeof TokenWithPassword>;

export const InvitationInfo = z
  .object({ email: z.string(), name: z.string(), organisationName: z.string() })
  .meta({ id: 'InvitationInfo' });

export const DemoAccount = z.object({ email: z.string(), name: z.string(), roles: z.array(z.enum(ROLES)), organisationName: z.string() });
export const DemoInfo = z
  .object({ demoMode: z.boolean(), password: z.string().optional(), accounts: z.array(DemoAccount) })
  .meta({ id: 'DemoInfo' });
export type DemoInfo = z.infer<typeof DemoInfo>;

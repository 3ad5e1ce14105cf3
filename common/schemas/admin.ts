import { z } from 'zod';
import { ROLES } from '../roles.ts';
import { Email } from './auth.ts';

export const RoleAssignment = z.strictObject({ role: z.enum(ROLES), branchId: z.uuid().nullable().default(null) });
export type RoleAssignment = z.infer<typeof RoleAssignment>;

export const UserSummary = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    status: z.enum(['invited', 'active', 'deactivated']),
    roles: z.array(z.object({ role: z.enum(ROLES), branchId: z.uuid().nullable() })),
    createdAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'UserSummary' });
export type UserSummary = z.infer<typeof UserSummary>;

export const UserList = z.object({ items: z.array(UserSummary) }).meta({ id: 'UserList' });

export const InviteUser = z
  .strictObject({ email: Email, name: z.string().trim().min(1).max(200), roles: z.array(RoleAssignment).min(1).max(10) })
  .meta({ id: 'InviteUser' });
export type InviteUser = z.infer<typeof InviteUser>;

export const UpdateRoles = z.strictObject({ roles: z.array(RoleAssignment).min(1).max(10) }).meta({ id: 'UpdateRoles' });
export type UpdateRoles = z.infer<typeof UpdateRoles>;

export const Branch = z
  .object({ id: z.uuid(), name: z.string(), address: z.string(), active: z.boolean(), version: z.number().int() })
  .meta({ id: 'Branch' });
export type Branch = z.infer<typeof Branch>;
export const BranchList = z.object({ items: z.array(Branch) }).meta({ id: 'BranchList' });

export const BranchInput = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    address: z.string().trim().max(500).default(''),
    active: z.boolean().default(true),
  })
  .meta({ id: 'BranchInput' });
export type BranchInput = z.input<typeof BranchInput>;

export const Colleague = z
  .object({ id: z.uuid(), name: z.string(), email: z.string(), roles: z.array(z.enum(ROLES)) })
  .meta({ id: 'Colleague' });
export const ColleagueList = z.object({ items: z.array(Colleague) }).meta({ id: 'ColleagueList' });

/** An ISO calendar date PostgreSQL accepts: ISO 8601 has a year 0000, PostgreSQL's dates do not. */
const CalendarDate = z.iso.date().refine((d) => !d.startsWith('0000-'), { message: 'Invalid ISO date' });

export const AuditQuery = z.object({
  actor: z.uuid().optional(),
  action: z.string().max(100).optional(),
  entity: z.string().max(100).optional(),
  from: CalendarDate.optional(),
  to: CalendarDate.optional(),
  before: z.coerce.number().int().positive().optional().describe('Cursor: return entries older than this id'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditEntry = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    ip: z.string(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntry>;
export const AuditPage = z
  .object({ items: z.array(AuditEntry), nextBefore: z.number().int().nullable() })
  .meta({ id: 'AuditPage' });

export const MailboxMessage = z
  .object({ id: z.uuid(), to: z.string(), subject: z.string(), body: z.string(), createdAt: z.string(), status: z.string() })
  .meta({ id: 'MailboxMessage' });
export const Mailbox = z.object({ items: z.array(MailboxMessage) }).meta({ id: 'Mailbox' });

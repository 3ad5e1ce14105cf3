import { z } from 'zod';
import { CONSENT_PURPOSES } from '../consent.ts';
import { EscoOccupationUri } from './esco.ts';

/**
 * The vocational profile: every section of the beroepsoriënteringsschema (seed 003, bijlage 1,
 * lines ~3590-3756) except the personal details, which are the client record. The sections
 * fall in three data categories, each stored and shared apart: `profile` (vocational_profile),
 * `health` and `benefits`.
 */

/** Limits of the form's fields: a name, a line of text, a box of text. */
export const PROFILE_NAME_MAX = 200;
export const PROFILE_LINE_MAX = 1_000;
export const PROFILE_TEXT_MAX = 4_000;
/** Rows of one table of the form (education, training, work experience…). */
export const PROFILE_ROWS_MAX = 50;
/** Desired jobs coded with ESCO (003 ~3700, "Jobaspiraties en -voorkeuren"). */
export const DESIRED_JOBS_MAX = 20;
/** A benefit amount in euro; far above any allowance, so a typo is caught. */
export const BENEFIT_AMOUNT_MAX = 100_000;
/** Travel distance a client is willing to go, in km (003 ~3718, "reisafstand"). */
export const TRAVEL_KM_MAX = 500;

/** How often a benefit is paid: the seed names weekly and monthly (003 ~3687); daily and yearly occur too. */
export const BENEFIT_FREQUENCIES = ['daily', 'weekly', 'monthly', 'yearly'] as const;
/** Ways of getting to work (003 ~3718, "soort vervoer"). */
export const TRANSPORT_MODES = ['walking', 'bicycle', 'public_transport', 'car', 'moped', 'lift', 'company_transport', 'other'] as const;

const name = (max = PROFILE_NAME_MAX) => z.string().trim().max(max).default('');
const text = (max = PROFILE_TEXT_MAX) => z.string().trim().max(max).default('');
const rows = <T extends z.ZodType>(row: T, max = PROFILE_ROWS_MAX) => z.array(row).max(max).default([]);

/**
 * A date as precise as people remember it: a year (2019), a month (2019-09) or a day
 * (2019-09-01), between 1900 and 2100.
 */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'A year (2019), a month (2019-09) or a date (2019-09-01)')
  .refine((s) => {
    const [y, m = 1, d = 1] = s.split('-').map(Number) as [number, number?, number?];
    if (y < 1900 || y > 2100) return false;
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'Not a date in the calendar');
const optionalDate = PartialDate.nullable().default(null);

/** A partial date as the first day it can mean, for comparing two of them. */
const earliest = (d: string) => d.padEnd(10, d.length === 4 ? '-01-01' : '-01').slice(0, 10);

/**
 * An ESCO occupation. On input only the URI counts; code and label are filled in by the server
 * from ESCO at every save (and may be sent back as they were received).
 */
export const EscoRefInput = z
  .strictObject({ uri: EscoOccupationUri, code: z.string().max(20).optional(), preferredLabel: z.string().max(300).optional() })
  .meta({ id: 'EscoRefInput' });
export const EscoRef = z.object({ uri: z.string(), code: z.string(), preferredLabel: z.string() }).meta({ id: 'EscoRef' });

const personToConsult = z.strictObject({
  name: z.string().trim().min(1).max(PROFILE_NAME_MAX),
  relation: name(),
  organisation: name(),
  phone: name(50),
});
const education = z.strictObject({ date: optionalDate, school: name(), diploma: name(), grade: name() });
const training = z.strictObject({ date: optionalDate, institution: name(), course: name(), diploma: name() });
const qualification = z.strictObject({
  name: z.string().trim().min(1).max(PROFILE_NAME_MAX).describe('Driving licence B, forklift certificate…'),
  obtained: optionalDate,
  details: text(PROFILE_LINE_MAX),
});

const workExperienceRow = <O extends z.ZodType>(occupation: O) =>
  z.strictObject({
    from: optionalDate,
    to: optionalDate.describe('Empty while the job goes on'),
    employer: name(),
    employerContact: text(PROFILE_LINE_MAX),
    jobTitle: name(),
    occupation: occupation.nullable().default(null),
    mainTasks: text(),
    reasonForLeaving: text(PROFILE_LINE_MAX),
  });
const datesInOrder = (r: { from: string | null; to: string | null }) => !r.from || !r.to || earliest(r.from) <= earliest(r.to);

const desiredJobRow = <O extends z.ZodType>(occupation: O) => z.strictObject({ occupation, note: text(PROFILE_LINE_MAX) });

function profileContent<O extends z.ZodType>(occupation: O) {
  return z.strictObject({
    /** Te raadplegen betrokkenen. */
    personsToConsult: rows(personToConsult),
    /** Opleiding. */
    education: rows(education),
    /** Vorming. */
    training: rows(training),
    /** Andere relevante kwalificaties en vorming (rijbewijs, attest heftruckbestuurder…). */
    otherQualifications: rows(qualification),
    /** Werkervaring. */
    workExperience: rows(workExperienceRow(occupation).refine(datesInOrder, { message: 'Ends before it starts', path: ['to'] })),
    /** Hobby's en interesses. */
    hobbies: text(),
    /** Jobaspiraties en -voorkeuren. */
    aspirations: z
      .strictObject({
        expectations: text(),
        idealCareer: text(),
        desiredJobs: rows(desiredJobRow(occupation), DESIRED_JOBS_MAX),
        desiredTasks: text(),
        hoursAndShifts: text(),
        environment: text(),
        maxTravelKm: z.number().int().min(0).max(TRAVEL_KM_MAX).nullable().default(null),
        transport: z.array(z.enum(TRANSPORT_MODES)).max(TRANSPORT_MODES.length).default([]),
        other: text(),
      })
      .prefault({}),
    /** Persoonlijke competenties en vaardigheden. */
    competences: z
      .strictObject({
        dailyLife: text(),
        communication: text(),
        social: text(),
        weeklyRoutine: text(),
        other: text(),
        additionalInformation: text(),
      })
      .prefault({}),
  });
}

/** Category vocational_profile, as sent. */
export const ProfileSectionsInput = profileContent(EscoRefInput).meta({ id: 'ProfileSectionsInput' });
export type ProfileSectionsInput = z.infer<typeof ProfileSectionsInput>;
/** Category vocational_profile, as stored and answered: occupations carry code and label. */
export const ProfileSections = profileContent(EscoRef).meta({ id: 'ProfileSections' });
export type ProfileSections = z.infer<typeof ProfileSections>;

/** Category health: gezondheidstoestand of informatie omtrent de beperkingen. */
export const HealthSection = z
  .strictObject({
    description: text(),
    impactOnWork: text().describe('Communication support, assistive technology, agreements, medication…'),
    additionalSupport: text().describe('Support from family and other professionals, with contact details'),
  })
  .meta({ id: 'HealthSection' });
export type HealthSection = z.infer<typeof HealthSection>;

const cents = (n: number) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6;
const benefit = z.strictObject({
  kind: z.string().trim().min(1).max(PROFILE_NAME_MAX).describe('Soort uitkering'),
  amount: z.number().min(0).max(BENEFIT_AMOUNT_MAX).refine(cents, 'At most two decimals').nullable().default(null).describe('In euro'),
  frequency: z.enum(BENEFIT_FREQUENCIES).nullable().default(null),
});
/** Category benefits: sociale zekerheid, tegemoetkomingen, pensioen. */
export const BenefitsSection = z.strictObject({ rows: rows(benefit) }).meta({ id: 'BenefitsSection' });
export type BenefitsSection = z.infer<typeof BenefitsSection>;

/** A save: the whole profile, each category in full (a category left out would be erased). */
export const VocationalProfileInput = z
  .strictObject({ profile: ProfileSectionsInput, health: HealthSection, benefits: BenefitsSection })
  .meta({ id: 'VocationalProfileInput' });
export type VocationalProfileInput = z.infer<typeof VocationalProfileInput>;

export const PersonRef = z.object({ id: z.uuid(), name: z.string() }).meta({ id: 'PersonRef' });

/** The profile as one caller may see it: categories it may not see are absent. */
export const VocationalProfile = z
  .object({
    clientId: z.uuid(),
    version: z.number().int().describe('0 while nothing was saved; send it as If-Match'),
    updatedAt: z.string().nullable(),
    updatedBy: PersonRef.nullable(),
    categories: z.array(z.enum(['vocational_profile', 'health', 'benefits'])).describe('The categories this answer holds'),
    profile: ProfileSections.optional(),
    health: HealthSection.optional(),
    benefits: BenefitsSection.optional(),
  })
  .meta({ id: 'VocationalProfile' });
export type VocationalProfile = z.infer<typeof VocationalProfile>;

export const ProfileVersionSummary = z
  .object({ version: z.number().int(), savedAt: z.string(), savedBy: PersonRef })
  .meta({ id: 'ProfileVersionSummary' });
export const ProfileVersionList = z.object({ items: z.array(ProfileVersionSummary) }).meta({ id: 'ProfileVersionList' });

export const FieldChange = z
  .object({ path: z.string().describe('e.g. profile.education.0.school'), before: z.unknown(), after: z.unknown() })
  .meta({ id: 'FieldChange' });

/** One saved version, with what changed since the version before it (visible categories only). */
export const ProfileVersion = VocationalProfile.omit({ version: true, updatedAt: true, updatedBy: true })
  .extend({ version: z.number().int(), savedAt: z.string(), savedBy: PersonRef, changes: z.array(FieldChange) })
  .meta({ id: 'ProfileVersion' });

export const VersionParam = z.object({ id: z.uuid(), n: z.coerce.number().int().min(1).max(1_000_000_000) });

/** `?purpose=`: a recipient reads for one purpose (only consents for it count); the client's own team needs none. */
export const ProfileReadQuery = z.object({ purpose: z.enum(CONSENT_PURPOSES).optional() });

import type { NationalIdKind } from '../../../../common/national-id.ts';
import type { Locale } from '../../../../common/roles.ts';
import type { VocationalProfile } from '../../../../common/schemas/vocational-profile.ts';
import { FormWriter } from './form-writer.ts';
import { formatDate } from './labels.ts';
import { PROFILE_LABELS } from './vocational-profile.labels.ts';

/** The "persoonlijke gegevens" of the form: the client record's identity and contact. */
export interface PersonalDetails {
  salutation: string;
  givenName: string;
  familyName: string;
  birthDate: string | null;
  nationalId: string | null;
  /** Which number it is, to name it; absent: the form's own label for the reader's country. */
  nationalIdKind?: NationalIdKind | null;
  address: string;
  postcode: string;
  city: string;
  phoneHome: string;
  phoneMobile: string;
  email: string;
  nextOfKin: Record<string, string>;
  emergencyPhone: string;
  professionalNetwork: Record<string, string>;
  religionCulture: string;
}

export interface VocationalProfilePdfInput {
  /** As the reader may see it: sections of categories without consent are absent. */
  profile: VocationalProfile;
  /** Null when the reader may not see the identity category. */
  personal: PersonalDetails | null;
  organisationName: string;
}

/** A partial date (2019, 2019-09, 2019-09-01) as the locale writes it. */
function partialDate(d: string | null, locale: Locale): string {
  if (!d) return '';
  if (d.length === 10) return formatDate(d, locale);
  if (d.length === 7) return locale === 'nl-BE' ? `${d.slice(5)}/${d.slice(0, 4)}` : `${d.slice(5)}-${d.slice(0, 4)}`;
  return d;
}

const amount = (n: number | null, locale: Locale) =>
  n === null ? '' : new Intl.NumberFormat(locale === 'en' ? 'en-GB' : locale, { style: 'currency', currency: 'EUR' }).format(n);

/** The form's "persoonlijke gegevens" onto `w`, under their own section heading; null: not shared with the reader. */
export function writePersonalDetails(w: FormWriter, p: PersonalDetails | null, locale: Locale): void {
  const L = PROFILE_LABELS[locale];
  w.section(L.personal);
  if (!p) {
    w.paragraph(L.hidden, 'italic');
    return;
  }
  w.fields([
    [L.salutation, L.salutations[p.salutation] ?? ''], [L.birthDate, formatDate(p.birthDate, locale)],
    [L.givenName, p.givenName], [L.familyName, p.familyName],
    [L.address, p.address], [L.postcode, [p.postcode, p.city].filter(Boolean).join(' ')],
    [p.nationalIdKind ? L.nationalIds[p.nationalIdKind] : L.nationalId, p.nationalId ?? ''], [L.email, p.email],
    [L.phoneHome, p.phoneHome], [L.phoneMobile, p.phoneMobile],
  ]);
  w.paragraph(L.nextOfKin, 'bold');
  w.fields([
    [L.relation, p.nextOfKin.relation ?? ''], [L.name, p.nextOfKin.name ?? ''],
    [L.address, p.nextOfKin.address ?? ''], [L.postcode, p.nextOfKin.postcode ?? ''],
    [L.emergency, p.emergencyPhone || p.nextOfKin.phone || ''], ['', ''],
  ]);
  w.paragraph(L.network, 'bold');
  w.fields([[L.name, p.professionalNetwork.name ?? ''], [L.phone, p.professionalNetwork.phone ?? ''], [L.address, p.professionalNetwork.address ?? ''], ['', '']]);
  w.fields([[L.religion, p.religionCulture]], 1);
}

/**
 * The form's sections after the personal details, in its order, onto `w`. A section whose
 * category the reader may not see says so rather than showing empty boxes that would suggest
 * there is nothing.
 */
export function writeProfileSections(w: FormWriter, vp: VocationalProfile, locale: Locale): void {
  const L = PROFILE_LABELS[locale];
  const s = vp.profile;
  w.section(L.persons);
  if (!s) w.paragraph(L.hidden, 'italic');
  else {
    w.table(
      [{ label: L.name, width: 0.3 }, { label: L.relationToClient, width: 0.2 }, { label: L.organisation, width: 0.3 }, { label: L.phone, width: 0.2 }],
      s.personsToConsult.map((r) => [r.name, r.relation, r.organisation, r.phone]),
    );
  }

  w.section(L.health);
  if (!vp.health) w.paragraph(L.hidden, 'italic');
  else w.fields([[L.healthDescription, vp.health.description], [L.healthImpact, vp.health.impactOnWork], [L.healthSupport, vp.health.additionalSupport]], 1);

  w.section(L.benefits);
  if (!vp.benefits) w.paragraph(L.hidden, 'italic');
  else {
    w.table(
      [{ label: L.benefitKind, width: 0.5 }, { label: L.amount, width: 0.25 }, { label: L.frequency, width: 0.25 }],
      vp.benefits.rows.map((b) => [b.kind, amount(b.amount, locale), b.frequency ? L.frequencies[b.frequency] : '']),
    );
  }

  if (!s) {
    for (const title of [L.education, L.training, L.work, L.hobbies, L.aspirations, L.competences]) w.section(title).paragraph(L.hidden, 'italic');
    return;
  }
  w.section(L.education).table(
    [{ label: L.date, width: 0.15 }, { label: L.school, width: 0.35 }, { label: L.diploma, width: 0.3 }, { label: L.grade, width: 0.2 }],
    s.education.map((r) => [partialDate(r.date, locale), r.school, r.diploma, r.grade]),
  );
  w.section(L.training).table(
    [{ label: L.date, width: 0.15 }, { label: L.institution, width: 0.35 }, { label: L.course, width: 0.25 }, { label: L.trainingDiploma, width: 0.25 }],
    s.training.map((r) => [partialDate(r.date, locale), r.institution, r.course, r.diploma]),
  );
  w.paragraph(L.qualifications, 'bold').table(
    [{ label: L.qualification, width: 0.35 }, { label: L.obtained, width: 0.15 }, { label: L.details, width: 0.5 }],
    s.otherQualifications.map((r) => [r.name, partialDate(r.obtained, locale), r.details]),
  );
  w.section(L.work).table(
    [{ label: L.fromTo, width: 0.14 }, { label: L.employer, width: 0.24 }, { label: L.jobTitle, width: 0.18 }, { label: L.mainTasks, width: 0.26 }, { label: L.reasonForLeaving, width: 0.18 }],
    s.workExperience.map((r) => [
      [partialDate(r.from, locale), partialDate(r.to, locale)].join(' – '),
      [r.employer, r.employerContact].filter(Boolean).join('\n'),
      [r.jobTitle, r.occupation ? `ESCO ${r.occupation.code}: ${r.occupation.preferredLabel}` : ''].filter(Boolean).join('\n'),
      r.mainTasks,
      r.reasonForLeaving,
    ]),
  );
  w.section(L.hobbies).fields([[L.hobbies, s.hobbies]], 1);
  const a = s.aspirations;
  const travel = [a.maxTravelKm === null ? '' : L.travelKm(a.maxTravelKm), a.transport.map((m) => L.transport[m]).join(', '), a.other].filter(Boolean).join('\n');
  w.section(L.aspirations).fields([
    [L.expectations, a.expectations],
    [L.idealCareer, a.idealCareer],
    [L.desiredJobs, a.desiredJobs.map((j) => `${j.occupation.preferredLabel} (ESCO ${j.occupation.code})${j.note ? `: ${j.note}` : ''}`).join('\n')],
    [L.desiredTasks, a.desiredTasks],
    [L.hoursAndShifts, a.hoursAndShifts],
    [L.environment, a.environment],
    [L.other, travel],
  ], 1);
  const c = s.competences;
  w.section(L.competences).fields([
    [L.dailyLife, c.dailyLife], [L.communication, c.communication], [L.social, c.social], [L.weeklyRoutine, c.weeklyRoutine],
    [L.other, c.other], [L.additional, c.additionalInformation],
  ], 1);
}

/** The beroepsoriënteringsschema (003 ~3590-3756) in the order of the form. */
export async function renderVocationalProfilePdf(input: VocationalProfilePdfInput, locale: Locale): Promise<Buffer> {
  const L = PROFILE_LABELS[locale];
  const vp = input.profile;
  const w = new FormWriter({ title: L.title, lang: locale });
  w.kicker(`${input.organisationName} · ${L.annex}`);
  w.title(L.title, vp.version > 0 ? L.version(vp.version) : undefined);
  writePersonalDetails(w, input.personal, locale);
  writeProfileSections(w, vp, locale);
  return w.finish((page, pages) => `${input.organisationName} · ${L.title} · ${L.page(page, pages)}`);
}

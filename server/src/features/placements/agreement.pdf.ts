import type { PlacementKind } from '../../../../common/placements.ts';
import type { Locale } from '../../../../common/roles.ts';
import type { JobSecuring, Placement } from '../../../../common/schemas/placements.ts';
import { FormWriter } from '../pdf/form-writer.ts';
import { formatDate } from '../pdf/labels.ts';
import { AGREEMENT_LABELS, type AgreementLabels } from './agreement.labels.ts';

export interface AgreementPdfInput {
  placement: Placement;
  organisationName: string;
}

/** The file's name in the reader's language, e.g. overeenkomst-werkervaringsstage.pdf. */
export const AGREEMENT_FILE_NAME: Record<Locale, (kind: PlacementKind) => string> = {
  'nl-BE': (k) => `overeenkomst-${({ job_taster: 'proefdag', work_experience: 'werkervaringsstage', exploratory_internship: 'snuffelstage', paid_job: 'betaalde-job' })[k]}.pdf`,
  'nl-NL': (k) => `overeenkomst-${({ job_taster: 'proefplaatsing', work_experience: 'werkervaringsplaats', exploratory_internship: 'snuffelstage', paid_job: 'betaalde-baan' })[k]}.pdf`,
  en: (k) => `agreement-${k.replaceAll('_', '-')}.pdf`,
};

const number = (n: number, locale: Locale) => new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-BE', { maximumFractionDigits: 2 }).format(n);

function writeSecuring(w: FormWriter, s: JobSecuring, L: AgreementLabels, locale: Locale): void {
  const F = L.securingFields;
  w.section(L.securing);
  w.paragraph(L.securingIntro, 'italic').gap(0.4);
  w.fields([
    [F.hoursPerWeek, s.hoursPerWeek === null ? '' : number(s.hoursPerWeek, locale)],
    [F.wage, s.wage ? `€ ${number(s.wage.amount, locale)} ${L.wagePeriods[s.wage.period]}` : ''],
    [F.supportLevel, s.supportLevel],
    [F.supportBy, s.supportBy],
    [F.expectedProductivity, s.expectedProductivity],
    [F.expectedQuality, s.expectedQuality],
  ]);
  w.fields([
    [F.responsibilitiesEmployer, s.responsibilitiesEmployer],
    [F.responsibilitiesColleagues, s.responsibilitiesColleagues],
    [F.responsibilitiesClient, s.responsibilitiesClient],
    [F.responsibilitiesCoach, s.responsibilitiesCoach],
    [F.evaluationProcedure, s.evaluationProcedure],
  ], 1);
}

/**
 * The agreement of a placement with client and employer (003 ~1181–1185), for a paid job with
 * what securing the job agrees (~4432–4446), the evaluation dates, and lines for the client,
 * the employer and the job coach to sign.
 */
export async function renderPlacementAgreementPdf(input: AgreementPdfInput, locale: Locale): Promise<Buffer> {
  const L = AGREEMENT_LABELS[locale];
  const p = input.placement;
  const title = L.titles[p.kind];
  const w = new FormWriter({ title: `${title} – ${p.client.name}`, lang: locale, subject: p.title });
  w.kicker(`${input.organisationName} · ${L.kinds[p.kind]}`);
  w.title(title, `${p.title} · ${p.employer.name}`);

  w.section(L.details);
  w.fields([
    [L.client, p.client.name],
    [L.employer, p.employer.name],
    [L.site, p.site?.name ?? ''],
    [L.vacancy, p.vacancy?.title ?? ''],
    [L.job, p.title],
    [L.status, L.statuses[p.status]],
    [L.start, formatDate(p.startDate, locale)],
    [L.end, p.endDate ? formatDate(p.endDate, locale) : L.openEnded],
    [L.hours, p.hoursPerWeek === null ? '' : number(p.hoursPerWeek, locale)],
    ['', ''],
  ]);
  for (const warning of p.warnings) w.paragraph(L.warnings[warning], 'bold').gap(0.3);
  if (p.extensionReason !== '') w.fields([[L.extensionReason, p.extensionReason]], 1);

  w.section(L.agreement);
  const A = L.agreementFields;
  w.fields([
    [A.goal, p.agreement.goal], [A.support, p.agreement.support], [A.responsibilities, p.agreement.responsibilities], [A.limits, p.agreement.limits],
    [A.insurance, p.agreement.insurance], [A.reporting, p.agreement.reporting], [A.evaluation, p.agreement.evaluation],
  ], 1);

  if (p.kind === 'paid_job' && p.securing) writeSecuring(w, p.securing, L, locale);

  w.section(L.evaluations);
  if (p.evaluations.length === 0) w.paragraph(L.noEvaluations, 'italic');
  else {
    w.table(
      [{ label: L.dueOn, width: 0.3 }, { label: L.heldOn, width: 0.3 }, { label: L.outcome, width: 0.4 }],
      p.evaluations.map((e) => [formatDate(e.dueOn, locale), e.heldOn ? formatDate(e.heldOn, locale) : L.notYet, e.outcome ? L.outcomes[e.outcome] : '']),
    );
  }

  // Signed in ink: blank boxes with room for name and date underneath.
  const blank = (label: string) => ({ label, image: null, name: null, caption: `${L.nameAndDate}: ____________________` });
  w.signatureBoxes(L.statement, [blank(L.signClient), blank(L.signEmployer), blank(L.signCoach)]);
  return w.finish((n, of) => `${input.organisationName} · ${title} · ${p.client.name} · ${L.page(n, of)}`);
}

import type { z } from 'zod';
import type { DataCategory, Phase } from '../../../../common/consent.ts';
import type { Locale } from '../../../../common/roles.ts';
import type { ActionPlan } from '../../../../common/schemas/action-plan.ts';
import type {
  Appointment, ClientIdentity, ContactNote, Engagement, SupportContact, TrajectoryEvent, TrajectorySummary,
} from '../../../../common/schemas/clients.ts';
import type { AccessLogEntry, Consent } from '../../../../common/schemas/consent.ts';
import type { VocationalProfile } from '../../../../common/schemas/vocational-profile.ts';
import { signatureBytes, writeActionPlan } from './action-plan.pdf.ts';
import { CLIENT_EXPORT_LABELS, type ClientExportLabels } from './client-export.labels.ts';
import { FormWriter, type Column } from './form-writer.ts';
import { ACTION_PLAN_LABELS, formatDate, formatDateTime } from './labels.ts';
import { writePersonalDetails, writeProfileSections } from './vocational-profile.pdf.ts';

/** Everything held about one client, shaped for reading; see exportDossier in consent/export.queries.ts. */
export interface ClientExportPdfInput {
  organisationName: string;
  exportedAt: string;
  identity: ClientIdentity;
  createdAt: string;
  /** The email of the client's own Passend account, if they have one. */
  account: string | null;
  coaches: { name: string; kind: 'responsible' | 'co_coach' }[];
  supportContacts: z.infer<typeof SupportContact>[];
  /** Newest first, each with its events in order. */
  trajectories: (z.infer<typeof TrajectorySummary> & { events: z.infer<typeof TrajectoryEvent>[] })[];
  engagement: Engagement;
  /** The latest version with all its categories (health and benefits included). */
  profile: VocationalProfile;
  profileVersions: { version: number; savedAt: string; savedBy: string }[];
  /** Every version, newest first, with the drawn signatures as stored (data URLs). */
  plans: { plan: ActionPlan; signatures: { client: string | null; coach: string | null } }[];
  notes: z.infer<typeof ContactNote>[];
  appointments: Appointment[];
  consents: Consent[];
  accessLog: AccessLogEntry[];
}

type Fmt = { L: ClientExportLabels; date: (iso: string | null) => string; at: (iso: string | null) => string; locale: Locale };

/** A table, or a line saying there is nothing, rather than an empty grid. */
function tableOrNone(w: FormWriter, f: Fmt, columns: readonly Column[], rows: readonly (readonly string[])[]) {
  if (rows.length === 0) w.paragraph(f.L.none, 'italic');
  else w.table(columns, rows);
}

function identityPart(w: FormWriter, d: ClientExportPdfInput, f: Fmt) {
  const { L } = f;
  const i = d.identity;
  w.part(L.parts.identity);
  writePersonalDetails(w, {
    ...i, nationalId: i.nationalId?.value ?? null, nationalIdKind: i.nationalId?.kind ?? null,
  }, f.locale);
  w.section(L.record).fields([[L.referrer, i.referrer], [L.since, f.at(d.createdAt)], [L.account, d.account ?? L.noAccount], ['', '']]);
  w.paragraph(L.coaches, 'bold');
  tableOrNone(w, f, [{ label: L.name, width: 0.5 }, { label: L.role, width: 0.5 }], d.coaches.map((c) => [c.name, L.coachKinds[c.kind]]));

  w.part(L.parts.network);
  tableOrNone(
    w, f,
    [{ label: L.name, width: 0.2 }, { label: L.relation, width: 0.19 }, { label: L.organisation, width: 0.2 }, { label: L.contact, width: 0.27 }, { label: L.contactAllowed, width: 0.14 }],
    d.supportContacts.map((s) => [s.name, s.relation, s.organisation, [s.phone, s.email].filter(Boolean).join('\n'), s.contactAllowed ? L.yes : L.no]),
  );
}

function trajectoryPart(w: FormWriter, d: ClientExportPdfInput, f: Fmt) {
  const { L } = f;
  const phase = (n: number | null) => (n === null ? '' : n >= 1 && n <= 5 ? L.phase(n as Phase) : String(n));
  w.part(L.parts.trajectory);
  if (d.trajectories.length === 0) w.paragraph(L.noTrajectory, 'italic');
  for (const t of d.trajectories) {
    w.section(L.trajectoryHeading(f.at(t.openedAt)));
    w.fields([
      [L.status, `${L.statuses[t.status]}, ${phase(t.phase)}`], [L.opened, f.at(t.openedAt)],
      [L.outcome, t.outcome ? L.outcomes[t.outcome] : ''], [L.closed, f.at(t.closedAt)],
      [L.outcomeDetail, t.outcomeDetail], ['', ''],
    ]);
    w.paragraph(L.events, 'bold');
    tableOrNone(
      w, f,
      [{ label: L.when, width: 0.18 }, { label: L.what, width: 0.37 }, { label: L.by, width: 0.17 }, { label: L.why, width: 0.28 }],
      t.events.map((e) => [f.at(e.at), L.event(e.kind, phase(e.fromPhase), phase(e.toPhase)), e.by?.name ?? L.unknown, e.reason]),
    );
  }

  const e = d.engagement;
  const agreed = (a: { name: string; at: string } | null) => (a ? L.agreedAt(a.name, f.at(a.at)) : L.notAgreed);
  w.part(L.parts.engagement);
  w.section(L.firstContact).fields([[L.channel, e.firstContact.channel ? L.channels[e.firstContact.channel] : ''], [L.date, f.date(e.firstContact.date)]]);
  const fa = e.firstAppointment;
  w.section(L.firstAppointment).fields([
    [L.date, f.date(fa.date)], [L.place, fa.place],
    [L.placeChosenByClient, fa.placeChosenByClient ? L.yes : L.no], [L.accessible, fa.accessible ? L.yes : L.no],
  ]).fields([[L.adjustments, fa.adjustmentsAgreed]], 1);
  w.section(L.planning).fields([[L.date, f.date(e.planningConversation.date)], ['', '']]).fields([[L.report, e.planningConversation.notes]], 1);
  w.section(L.networkNotes).fields([[L.networkNotes, e.supportNetwork.notes], [L.involvementAgreed, e.supportNetwork.involvementAgreed ? L.yes : L.no]], 1);
  w.section(L.decision).fields([[L.choice, L.decisions[e.decision.choice]], [L.date, f.date(e.decision.date)]]).fields([[L.report, e.decision.notes]], 1);
  w.section(L.dialogueReport).fields([[L.dialogueReport, e.dialogueReport]], 1).fields([
    [L.agreedByClient, agreed(e.agreements.client)], [L.agreedByCoach, agreed(e.agreements.coach)],
    [L.lastChanged, f.at(e.updatedAt)], ['', ''],
  ]);
}

function profileAndPlansPart(w: FormWriter, d: ClientExportPdfInput, f: Fmt) {
  const { L } = f;
  w.part(L.parts.profile);
  if (d.profile.version === 0) w.paragraph(L.noProfile, 'italic');
  else {
    w.fields([[L.version, String(d.profile.version)], [L.savedAt, `${f.at(d.profile.updatedAt)}, ${d.profile.updatedBy?.name ?? ''}`]]);
    writeProfileSections(w, d.profile, f.locale);
    w.section(L.versions);
    w.table(
      [{ label: L.version, width: 0.2 }, { label: L.savedAt, width: 0.4 }, { label: L.savedBy, width: 0.4 }],
      d.profileVersions.map((v) => [String(v.version), f.at(v.savedAt), v.savedBy]),
    );
  }

  const P = ACTION_PLAN_LABELS[f.locale];
  const name = `${d.identity.givenName} ${d.identity.familyName}`;
  w.part(L.parts.plans);
  if (d.plans.length === 0) w.paragraph(L.noPlans, 'italic');
  for (const { plan, signatures } of d.plans) {
    w.section(L.planHeading(plan.number, plan.status === 'agreed' ? P.agreed : P.draft));
    writeActionPlan(w, { plan, clientName: name, signatures: { client: signatureBytes(signatures.client), coach: signatureBytes(signatures.coach) } }, f.locale, true);
  }
}

/** Where the time starts in a formatted date and time ("14 March 2025 10:00"). */
const timeAt = (s: string) => s.lastIndexOf(' ');

/** "14/03/2025 10:00 – 11:30", the end's date only when it is another day. */
function span(f: Fmt, from: string, to: string): string {
  const start = f.at(from);
  const end = f.at(to);
  return start.slice(0, timeAt(start)) === end.slice(0, timeAt(end)) ? `${start} – ${end.slice(timeAt(end) + 1)}` : `${start} – ${end}`;
}

function contactPart(w: FormWriter, d: ClientExportPdfInput, f: Fmt) {
  const { L } = f;
  w.part(L.parts.notes);
  tableOrNone(
    w, f,
    [{ label: L.date, width: 0.14 }, { label: L.kind, width: 0.13 }, { label: L.text, width: 0.55 }, { label: L.author, width: 0.18 }],
    d.notes.map((n) => [f.date(n.date), L.noteKinds[n.kind], n.text, n.author.name]),
  );
  w.part(L.parts.appointments);
  tableOrNone(
    w, f,
    [{ label: L.time, width: 0.22 }, { label: L.place, width: 0.2 }, { label: L.participants, width: 0.2 }, { label: L.notes, width: 0.22 }, { label: L.madeBy, width: 0.16 }],
    d.appointments.map((a) => [span(f, a.startsAt, a.endsAt), a.place, a.participants.join(', '), a.notes, a.createdBy.name]),
  );
}

function privacyPart(w: FormWriter, d: ClientExportPdfInput, f: Fmt) {
  const { L } = f;
  const categories = (cs: readonly string[]) => (cs.length === 0 ? L.noCategories : cs.map((c) => L.category[c as DataCategory] ?? c).join(', '));
  w.part(L.parts.consents);
  if (d.consents.length === 0) w.paragraph(L.none, 'italic');
  for (const c of d.consents) {
    const org = c.recipient.organisation?.name ?? '';
    w.subsection(c.recipient.employer ? L.employerWithoutAccount(c.recipient.employer.name)
      : c.recipient.person ? L.personOf(c.recipient.person.name, org) : L.wholeOrganisation(org));
    w.fields([
      [L.consentStatus, L.consentStatuses[c.status]], [L.purpose, L.purposes[c.purpose]],
      [L.categories, categories(c.categories)], [L.validity, L.fromUntil(f.date(c.validFrom), c.validUntil ? f.date(c.validUntil) : null)],
      [L.method, L.methods[c.method]], [L.evidence, c.evidence],
      [L.recorded, L.agreedAt(c.recordedBy.name, f.at(c.recordedAt))],
      [L.withdrawn, c.withdrawnAt ? L.agreedAt(c.withdrawnBy?.name ?? L.unknown, f.at(c.withdrawnAt)) : ''],
    ]);
  }

  w.part(L.parts.accessLog);
  w.paragraph(L.accessIntro).gap(0.4);
  tableOrNone(
    w, f,
    [{ label: L.when, width: 0.17 }, { label: L.who, width: 0.33 }, { label: L.purpose, width: 0.2 }, { label: L.shown, width: 0.3 }],
    d.accessLog.map((a) => [
      f.at(a.at),
      [a.who?.name ?? L.unknown, a.organisation?.name, a.relation ? `(${L.relations[a.relation] ?? a.relation})` : ''].filter(Boolean).join('\n'),
      a.purpose ? L.purposes[a.purpose] : '',
      categories(a.categories),
    ]),
  );
}

/**
 * Everything held about a client as one readable document (GDPR access, the companion of the
 * JSON export): a part per kind of data, the vocational profile and every action plan laid out
 * as their forms, consents with their status, and who outside the coaches saw what.
 */
export async function renderClientExportPdf(d: ClientExportPdfInput, locale: Locale): Promise<Buffer> {
  const L = CLIENT_EXPORT_LABELS[locale];
  const f: Fmt = { L, locale, date: (iso) => formatDate(iso, locale), at: (iso) => (iso ? formatDateTime(iso, locale) : '') };
  const name = `${d.identity.givenName} ${d.identity.familyName}`;
  const w = new FormWriter({ title: L.title(name), lang: locale, subject: L.kicker });
  w.kicker(`${d.organisationName} · ${L.kicker}`);
  w.title(L.title(name), L.made(f.at(d.exportedAt)));
  w.paragraph(L.intro(d.organisationName));
  identityPart(w, d, f);
  trajectoryPart(w, d, f);
  profileAndPlansPart(w, d, f);
  contactPart(w, d, f);
  privacyPart(w, d, f);
  return w.finish((p, n) => `${d.organisationName} · ${L.title(name)} · ${L.page(p, n)}`);
}

import { isValidNationalId, NATIONAL_ID_KINDS, type NationalIdKind } from '../../../../common/national-id.ts';
import type { ClientIdentity, ClientIdentityInput } from '../../../../common/schemas/clients.ts';

export const SALUTATIONS = ['', 'mr', 'mrs', 'ms', 'mx'] as const;
export type Salutation = (typeof SALUTATIONS)[number];

/**
 * Every field of the identity form, named by its path in ClientIdentityInput, so the server's
 * field errors ("nationalId.value", "nextOfKin.phone") land on the right control.
 */
export const IDENTITY_FIELDS = [
  'salutation', 'givenName', 'familyName', 'birthDate', 'nationalId.kind', 'nationalId.value',
  'address', 'postcode', 'city', 'phoneHome', 'phoneMobile', 'email',
  'nextOfKin.relation', 'nextOfKin.name', 'nextOfKin.address', 'nextOfKin.postcode', 'nextOfKin.phone', 'emergencyPhone',
  'professionalNetwork.name', 'professionalNetwork.address', 'professionalNetwork.phone',
  'religionCulture', 'referrer',
] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];
export type IdentityForm = Record<IdentityField, string>;

/** The longest value each text field takes (ClientIdentityInput), for maxLength. */
export const MAX_LENGTH: Partial<Record<IdentityField, number>> = {
  givenName: 100, familyName: 100, 'nationalId.value': 20, address: 500, postcode: 20, city: 100, phoneHome: 50, phoneMobile: 50,
  email: 254, 'nextOfKin.relation': 100, 'nextOfKin.name': 200, 'nextOfKin.address': 500, 'nextOfKin.postcode': 20,
  'nextOfKin.phone': 50, emergencyPhone: 50, 'professionalNetwork.name': 200, 'professionalNetwork.address': 500,
  'professionalNetwork.phone': 50, religionCulture: 2000, referrer: 200,
};

export function emptyIdentityForm(kind: NationalIdKind): IdentityForm {
  const form = Object.fromEntries(IDENTITY_FIELDS.map((f) => [f, ''])) as IdentityForm;
  form['nationalId.kind'] = kind;
  return form;
}

/** The form filled with a stored identity. */
export function identityToForm(identity: ClientIdentity, defaultKind: NationalIdKind): IdentityForm {
  const form = emptyIdentityForm(identity.nationalId?.kind ?? defaultKind);
  for (const field of IDENTITY_FIELDS) {
    const [group, key] = field.split('.') as [string, string | undefined];
    if (group === 'nationalId') continue;
    const value = key ? (identity[group as 'nextOfKin' | 'professionalNetwork'] as Record<string, string> | undefined)?.[key] : identity[group as keyof ClientIdentity];
    form[field] = typeof value === 'string' ? value : '';
  }
  form['nationalId.value'] = identity.nationalId?.value ?? '';
  return form;
}

/** What the API takes: empty number → no national id; empty birth date → null. */
export function formToInput(form: IdentityForm): ClientIdentityInput {
  const value = form['nationalId.value'].trim();
  const kind = form['nationalId.kind'] as NationalIdKind;
  return {
    salutation: (SALUTATIONS as readonly string[]).includes(form.salutation) ? (form.salutation as Salutation) : '',
    givenName: form.givenName.trim(),
    familyName: form.familyName.trim(),
    birthDate: form.birthDate || null,
    nationalId: value ? { kind, value } : null,
    address: form.address.trim(),
    postcode: form.postcode.trim(),
    city: form.city.trim(),
    phoneHome: form.phoneHome.trim(),
    phoneMobile: form.phoneMobile.trim(),
    email: form.email.trim(),
    nextOfKin: {
      relation: form['nextOfKin.relation'].trim(), name: form['nextOfKin.name'].trim(), address: form['nextOfKin.address'].trim(),
      postcode: form['nextOfKin.postcode'].trim(), phone: form['nextOfKin.phone'].trim(),
    },
    emergencyPhone: form.emergencyPhone.trim(),
    professionalNetwork: {
      name: form['professionalNetwork.name'].trim(), address: form['professionalNetwork.address'].trim(), phone: form['professionalNetwork.phone'].trim(),
    },
    religionCulture: form.religionCulture.trim(),
    referrer: form.referrer.trim(),
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Error codes by field; each code has a text under clients:errors. */
export type IdentityErrorCode = 'required' | 'rrnInvalid' | 'bsnInvalid' | 'emailInvalid' | 'dateInvalid' | 'tooLong' | 'invalid';

/**
 * The checks the browser can make before sending, the same the server makes: names present,
 * the national number's checksum (rijksregisternummer mod 97, BSN elfproef), email, date.
 */
export function checkIdentity(form: IdentityForm): { path: IdentityField; message: IdentityErrorCode }[] {
  const issues: { path: IdentityField; message: IdentityErrorCode }[] = [];
  if (!form.givenName.trim()) issues.push({ path: 'givenName', message: 'required' });
  if (!form.familyName.trim()) issues.push({ path: 'familyName', message: 'required' });
  if (form.birthDate && (!ISO_DATE.test(form.birthDate) || Number.isNaN(Date.parse(form.birthDate)) || form.birthDate.startsWith('0000'))) {
    issues.push({ path: 'birthDate', message: 'dateInvalid' });
  }
  const kind = form['nationalId.kind'] as NationalIdKind;
  const value = form['nationalId.value'].trim();
  if (value && (NATIONAL_ID_KINDS as readonly string[]).includes(kind) && !isValidNationalId(kind, value)) {
    issues.push({ path: 'nationalId.value', message: kind === 'be_rrn' ? 'rrnInvalid' : 'bsnInvalid' });
  }
  if (form.email.trim() && !EMAIL.test(form.email.trim())) issues.push({ path: 'email', message: 'emailInvalid' });
  for (const [field, max] of Object.entries(MAX_LENGTH) as [IdentityField, number][]) {
    if (form[field].trim().length > max && !issues.some((i) => i.path === field)) issues.push({ path: field, message: 'tooLong' });
  }
  return issues;
}

/**
 * A server field error as a form field and a code, from its path ("nationalId.value",
 * "nextOfKin.phone", or "nationalId" for the whole number). The server's own messages are
 * English zod texts and never shown; the field says what is expected instead.
 */
export function serverIssue(path: string, kind: string): { field: IdentityField; code: IdentityErrorCode } | undefined {
  const field: string = path === 'nationalId' ? 'nationalId.value' : path;
  if (!(IDENTITY_FIELDS as readonly string[]).includes(field)) return undefined;
  const f = field as IdentityField;
  if (f === 'nationalId.value') return { field: f, code: kind === 'nl_bsn' ? 'bsnInvalid' : 'rrnInvalid' };
  if (f === 'email') return { field: f, code: 'emailInvalid' };
  if (f === 'birthDate') return { field: f, code: 'dateInvalid' };
  return { field: f, code: 'invalid' };
}

/** The id of a field's control in a form with this prefix: "new-client-nextOfKin-phone". */
export const fieldId = (prefix: string, field: IdentityField) => `${prefix}-${field.replace('.', '-')}`;

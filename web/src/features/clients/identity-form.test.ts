import { describe, expect, it } from 'vitest';
import { ClientIdentityInput, type ClientIdentity } from '../../../../common/schemas/clients.ts';
import { checkIdentity, emptyIdentityForm, fieldId, formToInput, identityToForm, serverIssue, type IdentityForm } from './identity-form.ts';

const filled = (changes: Partial<IdentityForm> = {}): IdentityForm => ({ ...emptyIdentityForm('be_rrn'), givenName: 'Karim', familyName: 'El Amrani', ...changes });
const codes = (form: IdentityForm) => checkIdentity(form).map((i) => `${i.path}:${i.message}`);

describe('identity form', () => {
  it('needs both names and nothing else', () => {
    expect(codes(emptyIdentityForm('be_rrn'))).toEqual(['givenName:required', 'familyName:required']);
    expect(codes(filled())).toEqual([]);
  });

  it('checks the national number with its own checksum before sending', () => {
    expect(codes(filled({ 'nationalId.value': '85.07.30-033.28' }))).toEqual([]);
    expect(codes(filled({ 'nationalId.value': '85.07.30-033.29' }))).toEqual(['nationalId.value:rrnInvalid']);
    expect(codes(filled({ 'nationalId.kind': 'nl_bsn', 'nationalId.value': '1234.56.782' }))).toEqual([]);
    expect(codes(filled({ 'nationalId.kind': 'nl_bsn', 'nationalId.value': '123456789' }))).toEqual(['nationalId.value:bsnInvalid']);
  });

  it('checks email, date and length', () => {
    expect(codes(filled({ email: 'karim@', birthDate: '2001-02-30x', referrer: 'x'.repeat(201) }))).toEqual([
      'birthDate:dateInvalid', 'email:emailInvalid', 'referrer:tooLong',
    ]);
  });

  it('sends what the server accepts: no number means null, trimmed text', () => {
    const input = formToInput(filled({ givenName: ' Karim ', city: ' Gent ', 'nextOfKin.name': 'Fatima', birthDate: '1990-05-01' }));
    expect(input.nationalId).toBeNull();
    expect(input.givenName).toBe('Karim');
    expect(input.nextOfKin).toMatchObject({ name: 'Fatima', relation: '' });
    expect(ClientIdentityInput.safeParse(input).success).toBe(true);
    const withId = formToInput(filled({ 'nationalId.value': '85.07.30-033.28' }));
    expect(ClientIdentityInput.parse(withId).nationalId).toEqual({ kind: 'be_rrn', value: '85073003328' });
  });

  it('fills the form from a stored identity and back', () => {
    const stored: ClientIdentity = {
      salutation: 'mr', givenName: 'Karim', familyName: 'El Amrani', birthDate: '1990-05-01', nationalId: { kind: 'nl_bsn', value: '123456782' },
      address: 'Kerkstraat 1', postcode: '9000', city: 'Gent', phoneHome: '', phoneMobile: '0470 12 34 56', email: 'k@example.org',
      nextOfKin: { relation: 'zus', name: 'Samira', address: '', postcode: '', phone: '' }, emergencyPhone: '112',
      professionalNetwork: { name: 'OCMW', address: '', phone: '' }, religionCulture: 'Ramadan', referrer: 'VDAB',
    };
    const form = identityToForm(stored, 'be_rrn');
    expect(form['nationalId.kind']).toBe('nl_bsn');
    expect(form['nextOfKin.relation']).toBe('zus');
    expect(formToInput(form)).toMatchObject({ ...stored, nationalId: { kind: 'nl_bsn', value: '123456782' } });
  });

  it('puts server field errors on the right control', () => {
    expect(serverIssue('nationalId.value', 'be_rrn')).toEqual({ field: 'nationalId.value', code: 'rrnInvalid' });
    expect(serverIssue('nationalId', 'nl_bsn')).toEqual({ field: 'nationalId.value', code: 'bsnInvalid' });
    expect(serverIssue('email', 'be_rrn')).toEqual({ field: 'email', code: 'emailInvalid' });
    expect(serverIssue('nextOfKin.phone', 'be_rrn')).toEqual({ field: 'nextOfKin.phone', code: 'invalid' });
    expect(serverIssue('somethingElse', 'be_rrn')).toBeUndefined();
    expect(fieldId('new-client', 'nextOfKin.phone')).toBe('new-client-nextOfKin-phone');
  });
});

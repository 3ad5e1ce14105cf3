import { describe, expect, it } from 'vitest';
import { EmployerApproachInput, EmployerContactInput, EmployerInput, EmployerSiteInput } from '../../../../common/schemas/employers.ts';
import type { EmployerApproach } from './api.ts';
import {
  approachDraft, approachInput, approachIssues, contactDraft, contactInput, contactIssues, emptyObjection, employerDraft, employerInput, employerIssues,
  isCalendarDay, issueCodes, objectionRow, parseDecimal, siteDraft, siteInput, siteIssues, todayIso,
} from './forms.ts';

const ORG = '11111111-1111-4111-8111-111111111111';
const SITE = '22222222-2222-4222-8222-222222222222';
const CLIENT = '33333333-3333-4333-8333-333333333333';

describe('employer record', () => {
  it('turns an empty form into nulls the schema accepts, trimming text', () => {
    const d = { ...employerDraft(), name: '  Vrachtwerk  ', website: ' https://vrachtwerk.example ' };
    const input = employerInput(d);
    expect(input).toEqual({ name: 'Vrachtwerk', sector: '', sizeClass: null, website: 'https://vrachtwerk.example', linkedOrganisationId: null, notes: '' });
    expect(EmployerInput.safeParse(input).success).toBe(true);
  });

  it('round-trips a stored record', () => {
    const stored = { name: 'Groenhof', sector: 'Detailhandel', sizeClass: '250+' as const, website: '', linkedOrganisation: { id: ORG, name: 'Groenhof' }, notes: 'x' };
    expect(employerInput(employerDraft(stored))).toEqual({ name: 'Groenhof', sector: 'Detailhandel', sizeClass: '250+', website: '', linkedOrganisationId: ORG, notes: 'x' });
  });

  it.each([
    ['no name', { name: ' ' }, [{ path: 'name', message: 'required' }]],
    ['a website without scheme', { name: 'A', website: 'www.a.be' }, [{ path: 'website', message: 'url' }]],
    ['an ftp website', { name: 'A', website: 'ftp://a.be' }, [{ path: 'website', message: 'url' }]],
    ['a long sector', { name: 'A', sector: 'x'.repeat(201) }, [{ path: 'sector', message: 'tooLong' }]],
    ['a good one', { name: 'A', website: 'http://a.be' }, []],
  ])('%s', (_n, patch, expected) => {
    expect(employerIssues({ ...employerDraft(), ...patch })).toEqual(expected);
  });
});

describe('sites', () => {
  it('parses coordinates with a point or a comma', () => {
    expect(parseDecimal('51,0438')).toBe(51.0438);
    expect(parseDecimal(' -3.7 ')).toBe(-3.7);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('51°')).toBeNull();
    const input = siteInput({ ...siteDraft(), name: 'Gent', lat: '51,04', lon: '3.72' });
    expect(input).toMatchObject({ lat: 51.04, lon: 3.72 });
    expect(EmployerSiteInput.safeParse(input).success).toBe(true);
  });

  it('round-trips a stored site, with no location as empty fields', () => {
    const site = { id: SITE, name: 'Gent', address: 'Straat 1', postcode: '9000', city: 'Gent', lat: null, lon: null, version: 1 };
    expect(siteDraft(site)).toMatchObject({ lat: '', lon: '' });
    expect(siteInput(siteDraft(site))).toEqual({ name: 'Gent', address: 'Straat 1', postcode: '9000', city: 'Gent', lat: null, lon: null });
  });

  it.each([
    ['no name', { name: '' }, [{ path: 'name', message: 'required' }]],
    ['only a latitude', { name: 'A', lat: '51' }, [{ path: 'lon', message: 'both_or_neither' }]],
    ['only a longitude', { name: 'A', lon: '3' }, [{ path: 'lat', message: 'both_or_neither' }]],
    ['not a number', { name: 'A', lat: 'abc', lon: '3' }, [{ path: 'lat', message: 'number' }]],
    ['out of range', { name: 'A', lat: '91', lon: '181' }, [{ path: 'lat', message: 'range' }, { path: 'lon', message: 'range' }]],
    ['both', { name: 'A', lat: '51', lon: '3' }, []],
  ])('%s', (_n, patch, expected) => {
    expect(siteIssues({ ...siteDraft(), ...patch })).toEqual(expected);
  });
});

describe('contacts', () => {
  it('sends null for no site and keeps who decides on hiring', () => {
    const input = contactInput({ ...contactDraft(), name: ' Els ', decidesOnHiring: true });
    expect(input).toEqual({ name: 'Els', jobTitle: '', phone: '', email: '', decidesOnHiring: true, siteId: null });
    expect(EmployerContactInput.safeParse(input).success).toBe(true);
    expect(contactInput({ ...contactDraft(), name: 'E', siteId: SITE }).siteId).toBe(SITE);
  });

  it('checks name and email', () => {
    expect(contactIssues(contactDraft())).toEqual([{ path: 'name', message: 'required' }]);
    expect(contactIssues({ ...contactDraft(), name: 'E', email: 'els@' })).toEqual([{ path: 'email', message: 'email' }]);
    expect(contactIssues({ ...contactDraft(), name: 'E', email: 'els@groenhof.be' })).toEqual([]);
  });
});

describe('approaches', () => {
  const today = '2025-05-01';

  it('starts today, without method, and becomes a body the schema accepts once a method is chosen', () => {
    const d = approachDraft(today);
    expect(d).toMatchObject({ approachedOn: today, method: '', objections: [], agreements: [] });
    expect(approachIssues(d)).toEqual([{ path: 'method', message: 'required' }]);
    const input = approachInput({ ...d, method: 'phone', clientId: CLIENT, followUpDate: '2025-05-08' });
    expect(input).toMatchObject({ approachedOn: today, method: 'phone', clientId: CLIENT, meetingDate: null, meetingContactId: null, followUpDate: '2025-05-08' });
    expect(EmployerApproachInput.safeParse(input).success).toBe(true);
  });

  it('leaves empty objection rows out and keeps agreements in the seed order', () => {
    const d = {
      ...approachDraft(today), method: 'letter' as const,
      objections: [{ ...emptyObjection() }, { ...emptyObjection(), objection: ' Te duur ', response: ' Premie ' }],
      agreements: ['next_step_match' as const, 'keep_in_touch' as const],
    };
    const input = approachInput(d);
    expect(input.objections).toEqual([{ objection: 'Te duur', response: 'Premie' }]);
    expect(input.agreements).toEqual(['keep_in_touch', 'next_step_match']);
    expect(objectionRow(d, 0)).toBe(1);
  });

  it('round-trips a logged approach', () => {
    const logged: EmployerApproach = {
      id: CLIENT, approachedOn: '2025-04-01', clientId: null, information: 'i', method: 'introduction', purpose: 'p', meetingDate: '2025-04-08',
      meetingContactId: SITE, meetingWith: 'Els', meetingNotes: 'n', objections: [{ objection: 'o', response: 'r' }], agreements: ['keep_in_touch'],
      agreementNotes: 'a', followUpDate: '2025-04-15', createdBy: { id: ORG, name: 'Jonas' }, createdAt: '2025-04-01T10:00:00Z', version: 2,
    };
    const { id: _id, createdBy: _b, createdAt: _c, version: _v, ...body } = logged;
    expect(approachInput(approachDraft(today, logged))).toEqual(body);
  });

  it.each([
    ['a follow-up before the approach', { followUpDate: '2025-04-30' }, [{ path: 'followUpDate', message: 'before_approach' }]],
    ['a follow-up on the day', { followUpDate: today }, []],
    ['no approach date', { approachedOn: '' }, [{ path: 'approachedOn', message: 'required' }]],
    ['a date that does not exist', { meetingDate: '2025-02-30' }, [{ path: 'meetingDate', message: 'date' }]],
    ['a response without objection', { objections: [{ key: 'k', objection: ' ', response: 'r' }] }, [{ path: 'objections.0.objection', message: 'required' }]],
  ])('%s', (_n, patch, expected) => {
    expect(approachIssues({ ...approachDraft(today), method: 'email', ...patch })).toEqual(expected);
  });
});

describe('helpers', () => {
  it('keeps the server codes it words and calls the rest invalid', () => {
    const errors = [{ path: 'clientId', message: 'consent_required' }, { path: 'name', message: 'Too small: expected string' }];
    expect(issueCodes(errors)).toEqual([{ path: 'clientId', message: 'consent_required' }, { path: 'name', message: 'invalid' }]);
    expect(issueCodes([])).toEqual([]);
  });

  it('knows real calendar days and today', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2025-02-29')).toBe(false);
    expect(isCalendarDay('0000-01-01')).toBe(false);
    expect(todayIso(new Date(2025, 0, 5))).toBe('2025-01-05');
  });
});

import { describe, expect, it } from 'vitest';
import type { Consent } from '../../../../common/schemas/consent.ts';
import {
  consentStatus, draftIssues, exportFileName, groupByRecipient, localToday, parseRecipient, portalDraft, portalIssues, portalServerIssues,
  serverIssues, splitConsents, toGrant, type ConsentDraft, type PortalAnswers,
} from './rules.ts';

const ORG_A = { id: '00000000-0000-4000-8000-00000000000a', name: 'Groenhof Supermarkten', kind: 'employer' as const };
const ORG_B = { id: '00000000-0000-4000-8000-00000000000b', name: 'Partnerwerk Antwerpen', kind: 'intermediary' as const };
const ELS = { id: '00000000-0000-4000-8000-0000000000e1', name: 'Els Janssens' };
const VRACHTWERK = { id: '00000000-0000-4000-8000-0000000000f1', name: 'Vrachtwerk Gent', passendAccount: false };

function consent(over: Partial<Consent> = {}): Consent {
  return {
    id: crypto.randomUUID(),
    clientId: '00000000-0000-4000-8000-000000000001',
    recipient: { kind: 'organisation', organisation: ORG_A, person: null, employer: null },
    categories: ['vocational_profile'],
    purpose: 'job_finding',
    validFrom: '2026-05-01',
    validUntil: '2027-05-12',
    method: 'written',
    evidence: '',
    recordedBy: { id: '00000000-0000-4000-8000-0000000000c1', name: 'Jonas Peeters' },
    recordedAt: '2026-05-01T08:00:00.000Z',
    withdrawnAt: null,
    withdrawnBy: null,
    status: 'active',
    ...over,
  };
}

describe('consentStatus', () => {
  it.each([
    ['active between its days', { validFrom: '2026-05-01', validUntil: '2027-05-12', withdrawnAt: null }, '2026-06-01', 'active'],
    ['active on its first day', { validFrom: '2026-06-01', validUntil: null, withdrawnAt: null }, '2026-06-01', 'active'],
    ['active on its last day (inclusive)', { validFrom: '2026-05-01', validUntil: '2026-06-01', withdrawnAt: null }, '2026-06-01', 'active'],
    ['active without an end', { validFrom: '2020-01-01', validUntil: null, withdrawnAt: null }, '2099-12-31', 'active'],
    ['not yet valid the day before', { validFrom: '2026-06-02', validUntil: null, withdrawnAt: null }, '2026-06-01', 'not_yet_valid'],
    ['expired the day after', { validFrom: '2026-05-01', validUntil: '2026-05-31', withdrawnAt: null }, '2026-06-01', 'expired'],
    ['withdrawn wins over active', { validFrom: '2026-05-01', validUntil: null, withdrawnAt: '2026-05-20T10:00:00Z' }, '2026-06-01', 'withdrawn'],
    ['withdrawn wins over expired', { validFrom: '2026-05-01', validUntil: '2026-05-02', withdrawnAt: '2026-05-02T10:00:00Z' }, '2026-06-01', 'withdrawn'],
    ['withdrawn wins over not yet valid', { validFrom: '2027-01-01', validUntil: null, withdrawnAt: '2026-05-02T10:00:00Z' }, '2026-06-01', 'withdrawn'],
  ] as const)('%s', (_what, c, today, expected) => {
    expect(consentStatus(c, today)).toBe(expected);
  });
});

describe('localToday', () => {
  it('is the local calendar date, zero-padded', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localToday(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });
});

describe('splitConsents and groupByRecipient', () => {
  const active = consent();
  const future = consent({ validFrom: '2030-01-01' });
  const expired = consent({ validUntil: '2026-05-02' });
  const withdrawn = consent({ withdrawnAt: '2026-05-03T09:00:00Z' });
  const toEls = consent({ recipient: { kind: 'person', organisation: ORG_A, person: ELS, employer: null } });
  const toPartner = consent({ recipient: { kind: 'organisation', organisation: ORG_B, person: null, employer: null } });
  const toVrachtwerk = consent({ recipient: { kind: 'employer', organisation: null, person: null, employer: VRACHTWERK } });

  it('keeps active and not yet valid consents current; withdrawn and expired ones are ended', () => {
    const { current, ended } = splitConsents([active, future, expired, withdrawn], '2026-06-01');
    expect(current.map((c) => [c.consent.id, c.status])).toEqual([[active.id, 'active'], [future.id, 'not_yet_valid']]);
    expect(ended.map((c) => [c.consent.id, c.status])).toEqual([[expired.id, 'expired'], [withdrawn.id, 'withdrawn']]);
  });

  it('groups per recipient: an organisation, then its people, then the next organisation or employer by name', () => {
    const { current } = splitConsents([toVrachtwerk, toPartner, toEls, active, future], '2026-06-01');
    const groups = groupByRecipient(current);
    expect(groups.map((g) => [g.key.split(':')[0], g.organisation?.name ?? g.employer?.name, g.person?.name ?? null, g.items.length])).toEqual([
      ['organisation', 'Groenhof Supermarkten', null, 2],
      ['person', 'Groenhof Supermarkten', 'Els Janssens', 1],
      ['organisation', 'Partnerwerk Antwerpen', null, 1],
      ['employer', 'Vrachtwerk Gent', null, 1],
    ]);
  });
});

describe('the consent draft', () => {
  const good: ConsentDraft = {
    recipient: `organisation:${ORG_A.id}`, categories: ['identity', 'vocational_profile'], purpose: 'job_finding',
    validFrom: '2026-05-01', validUntil: '', method: 'written', evidence: '  getekend formulier  ',
  };

  it('accepts a complete draft and builds the request body', () => {
    expect(draftIssues(good)).toEqual([]);
    expect(toGrant(good)).toEqual({
      recipientOrganisationId: ORG_A.id, categories: ['identity', 'vocational_profile'], purpose: 'job_finding',
      validFrom: '2026-05-01', validUntil: null, method: 'written', evidence: 'getekend formulier',
    });
    expect(toGrant({ ...good, recipient: `person:${ELS.id}`, validFrom: '', validUntil: '2027-05-12' })).toEqual({
      recipientUserId: ELS.id, categories: ['identity', 'vocational_profile'], purpose: 'job_finding',
      validUntil: '2027-05-12', method: 'written', evidence: 'getekend formulier',
    });
  });

  it.each([
    ['no recipient', { recipient: '' }, [{ field: 'recipient', code: 'recipientRequired' }]],
    ['a malformed recipient', { recipient: 'team:x' }, [{ field: 'recipient', code: 'recipientRequired' }]],
    ['no category', { categories: [] }, [{ field: 'categories', code: 'categoriesRequired' }]],
    ['health with other data', { categories: ['health', 'identity'] }, [{ field: 'categories', code: 'healthMixed' }]],
    ['no purpose', { purpose: '' }, [{ field: 'purpose', code: 'purposeRequired' }]],
    ['an impossible date', { validFrom: '2026-13-40' }, [{ field: 'validFrom', code: 'dateInvalid' }]],
    ['an end before the start', { validUntil: '2026-04-30' }, [{ field: 'validUntil', code: 'untilBeforeFrom' }]],
    ['no method', { method: '' }, [{ field: 'method', code: 'methodRequired' }]],
    ['too much evidence', { evidence: 'x'.repeat(2001) }, [{ field: 'evidence', code: 'evidenceTooLong' }]],
  ] as const)('refuses %s', (_what, change, issues) => {
    expect(draftIssues({ ...good, ...change } as ConsentDraft)).toEqual(issues);
  });

  it('accepts health on its own, and an end on the first day', () => {
    expect(draftIssues({ ...good, categories: ['health'], validUntil: '2026-05-01' })).toEqual([]);
  });

  it('reads recipients', () => {
    expect(parseRecipient(`organisation:${ORG_A.id}`)).toEqual({ recipientOrganisationId: ORG_A.id });
    expect(parseRecipient(`person:${ELS.id}`)).toEqual({ recipientUserId: ELS.id });
    expect(parseRecipient(`employer:${VRACHTWERK.id}`)).toEqual({ recipientEmployerId: VRACHTWERK.id });
    expect(parseRecipient('')).toBeNull();
    expect(serverIssues([{ path: 'recipientEmployerId', message: 'No such employer' }], { ...good, recipient: `employer:${VRACHTWERK.id}` }))
      .toEqual([{ field: 'recipient', code: 'recipientUnknown' }]);
  });

  it('maps the server’s field errors to the form’s fields in our own words', () => {
    const mixed = { ...good, categories: ['health', 'identity'] } as ConsentDraft;
    expect(serverIssues([
      { path: 'categories', message: 'Health data needs its own consent, without other categories' },
      { path: 'recipientUserId', message: "No such recipient outside the client's own organisation" },
      { path: 'validUntil', message: 'Must not be before validFrom' },
      { path: 'method', message: "Only the client gives a consent with method 'portal'" },
      { path: 'unknownField', message: 'x' },
    ], mixed)).toEqual([
      { field: 'categories', code: 'healthMixed' },
      { field: 'recipient', code: 'recipientUnknown' },
      { field: 'validUntil', code: 'untilBeforeFrom' },
      { field: 'method', code: 'invalid' },
    ]);
    expect(serverIssues([{ path: 'categories.0', message: 'Invalid option' }], good)).toEqual([{ field: 'categories', code: 'invalid' }]);
  });

  it('names the export file after the day', () => {
    expect(exportFileName('2026-05-12')).toBe('passend-2026-05-12.json');
  });
});

describe('the portal form', () => {
  const good: PortalAnswers = { recipient: `organisation:${ORG_A.id}`, categories: ['vocational_profile'], purpose: 'job_finding', until: 'open', untilDate: '' };

  it('gives a consent with method portal, from today, until withdrawn or a date', () => {
    expect(portalIssues(good, '2026-06-01')).toEqual([]);
    expect(toGrant(portalDraft(good))).toEqual({
      recipientOrganisationId: ORG_A.id, categories: ['vocational_profile'], purpose: 'job_finding', validUntil: null, method: 'portal', evidence: '',
    });
    expect(toGrant(portalDraft({ ...good, until: 'date', untilDate: '2027-05-12' })).validUntil).toBe('2027-05-12');
  });

  it.each([
    ['nobody chosen', { recipient: '' }, [{ field: 'recipient', code: 'recipientRequired' }]],
    ['nothing chosen', { categories: [] }, [{ field: 'categories', code: 'categoriesRequired' }]],
    ['health with more', { categories: ['identity', 'health'] }, [{ field: 'categories', code: 'healthMixed' }]],
    ['no purpose', { purpose: '' }, [{ field: 'purpose', code: 'purposeRequired' }]],
    ['no answer to how long', { until: '' }, [{ field: 'until', code: 'untilRequired' }]],
    ['a date chosen but not filled in', { until: 'date', untilDate: '' }, [{ field: 'until', code: 'dateInvalid' }]],
    ['a date in the past', { until: 'date', untilDate: '2026-05-31' }, [{ field: 'until', code: 'untilPast' }]],
  ] as const)('asks again when %s', (_what, change, issues) => {
    expect(portalIssues({ ...good, ...change } as PortalAnswers, '2026-06-01')).toEqual(issues);
  });

  it('reads the server’s refusals in plain terms', () => {
    const sent = portalDraft({ ...good, until: 'date', untilDate: '2026-01-01' });
    expect(portalServerIssues([{ path: 'validUntil', message: 'Must not be before validFrom' }, { path: 'method', message: 'x' }], sent))
      .toEqual([{ field: 'until', code: 'untilPast' }]);
  });
});

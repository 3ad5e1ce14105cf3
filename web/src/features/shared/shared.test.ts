import { describe, expect, it } from 'vitest';
import type { ActionPlan } from '../../../../common/schemas/action-plan.ts';
import {
  addressLine, numberFromState, orderedCategories, pdfLang, planPdfHref, planToShow, profilePdfHref, purposeFromParams,
  sharedClientHref, sharedEntries, sharedSections,
} from './shared.ts';

const ID = '3f2a1c9e-0000-4000-8000-000000000001';

describe('purposeFromParams', () => {
  it.each([
    ['', 'job_finding'],
    ['purpose=job_support', 'job_support'],
    ['purpose=referral', 'referral'],
    ['purpose=job_retention', 'job_retention'],
    ['purpose=anything', 'job_finding'],
    ['purpose=', 'job_finding'],
  ])('?%s → %s', (query, purpose) => {
    expect(purposeFromParams(new URLSearchParams(query))).toBe(purpose);
  });
});

describe('sharedEntries', () => {
  it('names a client who shares identity, and numbers the others in list order', () => {
    const entries = sharedEntries([
      { id: 'a', relation: 'recipient' },
      { id: 'b', relation: 'recipient', givenName: 'Karim', familyName: 'El Amrani', phase: 2, status: 'open' },
      { id: 'c', relation: 'recipient', phase: null },
    ]);
    expect(entries).toEqual([
      { id: 'a', name: null, number: 1, phase: null },
      { id: 'b', name: 'Karim El Amrani', number: null, phase: 2 },
      { id: 'c', name: null, number: 2, phase: null },
    ]);
  });

  it('is empty for an empty list', () => {
    expect(sharedEntries([])).toEqual([]);
  });
});

describe('numberFromState', () => {
  it.each([
    [{ number: 2 }, 2],
    [{ number: 0 }, null],
    [{ number: 1.5 }, null],
    [{ number: '2' }, null],
    [null, null],
    [undefined, null],
    ['2', null],
  ])('%j → %s', (state, expected) => {
    expect(numberFromState(state)).toBe(expected);
  });
});

describe('sharedSections', () => {
  it.each([
    [['vocational_profile'], ['profile']],
    [['health'], ['profile']],
    [['benefits', 'vocational_profile', 'health'], ['profile']],
    [['action_plan', 'identity'], ['identity', 'action_plan']],
    [['notes', 'documents'], ['notes']],
    [['documents'], []],
    [['identity', 'vocational_profile', 'health', 'benefits', 'action_plan', 'notes', 'documents'], ['identity', 'profile', 'action_plan', 'notes']],
  ] as const)('%j → %j', (categories, sections) => {
    expect(sharedSections(categories)).toEqual(sections);
  });
});

describe('orderedCategories', () => {
  it('puts the categories in the dossier order and leaves unknown codes out', () => {
    expect(orderedCategories(['notes', 'identity', 'secret', 'vocational_profile'])).toEqual(['identity', 'vocational_profile', 'notes']);
  });
});

function plan(number: number, status: ActionPlan['status']): ActionPlan {
  return { id: `plan-${number}`, number, status } as ActionPlan;
}

describe('planToShow', () => {
  it('shows the newest agreed version, not a newer draft', () => {
    expect(planToShow([plan(3, 'draft'), plan(2, 'agreed'), plan(1, 'agreed')])?.number).toBe(2);
  });
  it('does not depend on the order it is given', () => {
    expect(planToShow([plan(1, 'agreed'), plan(2, 'agreed')])?.number).toBe(2);
  });
  it('shows the newest draft while nothing is agreed', () => {
    expect(planToShow([plan(1, 'draft'), plan(2, 'draft')])?.number).toBe(2);
  });
  it('shows nothing without a plan', () => {
    expect(planToShow([])).toBeUndefined();
  });
});

describe('links', () => {
  it('keeps the purpose in every link', () => {
    expect(sharedClientHref(ID, 'job_support')).toBe(`/shared/${ID}?purpose=job_support`);
    expect(profilePdfHref(ID, 'job_finding', 'nl-NL')).toBe(`/api/clients/${ID}/vocational-profile.pdf?purpose=job_finding&lang=nl-NL`);
    expect(planPdfHref(ID, 'p1', 'referral', 'en')).toBe(`/api/clients/${ID}/action-plans/p1.pdf?purpose=referral&lang=en`);
  });
  it('asks for a PDF in a language the server has, else in the default', () => {
    expect(pdfLang('en')).toBe('en');
    expect(pdfLang('fr')).toBe('nl-BE');
    expect(pdfLang('')).toBe('nl-BE');
  });
});

describe('addressLine', () => {
  it.each([
    [{ address: 'Stationsstraat 1', postcode: '9000', city: 'Gent' }, 'Stationsstraat 1, 9000 Gent'],
    [{ address: '', postcode: '9000', city: 'Gent' }, '9000 Gent'],
    [{ address: 'Stationsstraat 1', postcode: '', city: '' }, 'Stationsstraat 1'],
    [{ address: ' ', postcode: '', city: ' ' }, ''],
  ])('%j → %s', (parts, line) => {
    expect(addressLine(parts)).toBe(line);
  });
});

import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../i18n/core.ts';
import type { Translate } from './format.ts';
import { messages } from './messages.ts';
import { changeField, changeValue } from './paths.ts';

/** A translate function over one catalogue, with {{name}} interpolation, as i18next does it. */
function translator(catalogue: Catalogue): Translate {
  return (key, options = {}) => {
    let node: string | Catalogue | undefined = catalogue;
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    if (typeof node !== 'string') return key;
    return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options[name]));
  };
}
const nl = translator(messages['nl-BE']);
const en = translator(messages.en);

describe('changeField: a change path as the form labels it', () => {
  it.each([
    ['profile.workExperience.0.from', 'Werkervaring 1 – Datum van', 'date'],
    ['profile.workExperience.11.reasonForLeaving', 'Werkervaring 12 – Reden van vertrek', 'text'],
    ['profile.workExperience.1.occupation.preferredLabel', 'Werkervaring 2 – Beroep (ESCO)', 'line'],
    ['profile.workExperience.1.occupation.code', 'Werkervaring 2 – Beroep (ESCO) (ESCO-code)', 'line'],
    ['profile.personsToConsult.0.relation', 'Betrokkene 1 – Relatie t.o.v. klant', 'line'],
    ['profile.education.2.school', 'Opleiding 3 – School/universiteit', 'line'],
    ['profile.training.0.institution', 'Vorming 1 – Vormingsinstelling', 'line'],
    ['profile.otherQualifications.0.obtained', 'Kwalificatie 1 – Behaald op', 'date'],
    ['profile.hobbies', "Hobby's en interesses", 'text'],
    ['profile.aspirations.expectations', 'Jobaspiraties en -voorkeuren – Verwachtingen t.a.v. werk', 'text'],
    ['profile.aspirations.maxTravelKm', 'Jobaspiraties en -voorkeuren – Maximale reisafstand (km)', 'km'],
    ['profile.aspirations.transport.1', 'Jobaspiraties en -voorkeuren – Soort vervoer', 'transport'],
    ['profile.aspirations.transport', 'Jobaspiraties en -voorkeuren – Soort vervoer', 'transport'],
    ['profile.aspirations.desiredJobs.1.occupation.preferredLabel', 'Gewenste job 2 – Beroep (ESCO)', 'line'],
    ['profile.aspirations.desiredJobs.0.note', 'Gewenste job 1 – Opmerking', 'text'],
    ['profile.competences.weeklyRoutine', 'Persoonlijke competenties en vaardigheden – Wekelijkse routine', 'text'],
    ['health.impactOnWork', 'Gezondheidstoestand of informatie omtrent de beperkingen – Omschrijf wat de impact op het werk is (indien van toepassing)', 'text'],
    ['benefits.rows.0.amount', 'Uitkering 1 – Bedrag (euro)', 'amount'],
    ['benefits.rows.3.frequency', 'Uitkering 4 – Frequentie', 'frequency'],
    ['profile.education', 'Opleiding', 'text'],
    ['benefits.rows', 'Sociale zekerheid / tegemoetkomingen / pensioen', 'text'],
  ])('%s → %s', (path, label, kind) => {
    expect(changeField(path, nl)).toEqual({ label, kind });
  });

  it('leaves out an occupation URI, which says nothing to a person', () => {
    expect(changeField('profile.aspirations.desiredJobs.0.occupation.uri', nl)).toBeNull();
    expect(changeField('profile.workExperience.3.occupation.uri', nl)).toBeNull();
  });

  it('shows a path it does not know as it is', () => {
    expect(changeField('profile.somethingNew', nl)).toEqual({ label: 'profile.somethingNew', kind: 'text' });
    expect(changeField('other.thing', nl)).toEqual({ label: 'other.thing', kind: 'text' });
  });

  it('speaks the interface language', () => {
    expect(changeField('profile.workExperience.0.from', en)?.label).toBe('Job 1 – From');
    expect(changeField('benefits.rows.0.kind', en)?.label).toBe('Benefit 1 – Kind of benefit');
  });
});

const field = (path: string) => changeField(path, nl)!;

describe('changeValue', () => {
  it('names an empty value', () => {
    expect(changeValue(field('profile.hobbies'), null, nl, 'nl-BE')).toBe('(leeg)');
    expect(changeValue(field('profile.hobbies'), '', nl, 'nl-BE')).toBe('(leeg)');
    expect(changeValue(field('profile.aspirations.transport'), [], nl, 'nl-BE')).toBe('(leeg)');
  });
  it('translates codes and formats numbers and dates', () => {
    expect(changeValue(field('benefits.rows.0.frequency'), 'monthly', nl, 'nl-BE')).toBe('Maandelijks');
    expect(changeValue(field('profile.aspirations.transport.0'), 'public_transport', nl, 'nl-BE')).toBe('Openbaar vervoer');
    expect(changeValue(field('profile.aspirations.maxTravelKm'), 25, nl, 'nl-BE')).toBe('25 km');
    expect(changeValue(field('benefits.rows.0.amount'), 1250.5, nl, 'nl-BE').replace(/\s/g, ' ')).toBe('€ 1.250,50');
    expect(changeValue(field('profile.workExperience.0.from'), '2019-09', nl, 'nl-BE')).toBe('september 2019');
    expect(changeValue(field('profile.hobbies'), 'fietsen', nl, 'nl-BE')).toBe('fietsen');
  });
});

import { describe, expect, it } from 'vitest';
import { normalisePostcode, postcodeCentroid, POSTCODE_TABLE_SIZE, type LatLon } from './postcodes.ts';

/** Great-circle distance in km (the test's own, independent of the server's). */
function km(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function at(postcode: string, region?: 'flanders' | 'netherlands'): LatLon {
  const p = postcodeCentroid(postcode, region);
  if (!p) throw new Error(`${postcode} not located`);
  return p;
}

describe('normalisePostcode', () => {
  it.each([
    ['9000', '9000'],
    [' 9000 ', '9000'],
    ['1011 AB', '1011AB'],
    ['1011ab', '1011AB'],
    [' 1011  a b ', '1011AB'],
    ['B-9000', '9000'],
    ['BE-2000', '2000'],
    ['nl-3011 aa', '3011AA'],
  ])('%j → %j', (input, expected) => expect(normalisePostcode(input)).toBe(expected));
});

describe('postcodeCentroid', () => {
  it('locates Belgian postcodes, whatever the spacing', () => {
    expect(postcodeCentroid('9000')).toEqual({ lat: 51.0543, lon: 3.7174 });
    expect(postcodeCentroid(' 9000 ')).toEqual(postcodeCentroid('9000'));
    expect(postcodeCentroid('9000', 'flanders')).toEqual(postcodeCentroid('9000'));
  });

  it('knows every Brussels municipality and the Gent and Antwerpen districts', () => {
    for (const code of ['1000', '1020', '1030', '1040', '1050', '1060', '1070', '1080', '1081', '1082', '1083', '1090', '1120', '1130', '1140', '1150', '1160', '1170', '1180', '1190', '1200', '1210']) {
      expect({ code, near: km(at(code), at('1000')) < 12 }).toEqual({ code, near: true });
    }
    for (const code of ['9030', '9031', '9032', '9040', '9041', '9042', '9050', '9051', '9052']) {
      expect({ code, near: km(at(code), at('9000')) < 10 }).toEqual({ code, near: true });
    }
    for (const code of ['2018', '2020', '2030', '2040', '2050', '2060', '2100', '2140', '2170', '2180', '2600', '2610', '2660']) {
      expect({ code, near: km(at(code), at('2000')) < 15 }).toEqual({ code, near: true });
    }
  });

  it('puts places at plausible distances from each other (straight line, km)', () => {
    // Known distances between city centres, ±10 %.
    const pairs: [string, string, number][] = [
      ['9000', '2000', 51], // Gent – Antwerpen
      ['9000', '1000', 51], // Gent – Brussel
      ['2000', '1000', 41], // Antwerpen – Brussel
      ['8000', '9000', 40], // Brugge – Gent
      ['3000', '1000', 25], // Leuven – Brussel
      ['3500', '3000', 45], // Hasselt – Leuven
      ['2800', '2000', 22], // Mechelen – Antwerpen
      ['8500', '9000', 43], // Kortrijk – Gent
      ['8400', '8000', 22], // Oostende – Brugge
    ];
    for (const [a, b, d] of pairs) {
      const ratio = km(at(a), at(b)) / d;
      expect({ pair: `${a}–${b}`, plausible: ratio > 0.9 && ratio < 1.1 }).toEqual({ pair: `${a}–${b}`, plausible: true });
    }
  });

  it('locates Dutch postcodes of the big cities by their digits', () => {
    expect(postcodeCentroid('1011 AB')).toEqual({ lat: 52.3728, lon: 4.8936 });
    expect(postcodeCentroid('1011AB')).toEqual(postcodeCentroid('1011 AB'));
    expect(postcodeCentroid('1017', 'netherlands')).toEqual(postcodeCentroid('1011 AB'));
    // Amsterdam – Rotterdam ≈ 57 km, Utrecht – Amsterdam ≈ 35 km
    expect(km(at('1011 AB'), at('3011 AA'))).toBeGreaterThan(52);
    expect(km(at('1011 AB'), at('3011 AA'))).toBeLessThan(62);
    expect(km(at('3511 AA'), at('1011 AB'))).toBeGreaterThan(31);
    expect(km(at('3511 AA'), at('1011 AB'))).toBeLessThan(39);
    for (const code of ['2511 AA', '5611 AA', '5038 AA', '4811 AA', '6511 AA', '9711 AA', '6811 AA']) {
      expect({ code, located: postcodeCentroid(code) !== null }).toEqual({ code, located: true });
    }
  });

  it('reads 4 digits for the region given', () => {
    // 9000 is Gent in Belgium; in the Netherlands 9000–9099 is not in the table
    expect(postcodeCentroid('9000', 'netherlands')).toBeNull();
    // 3011 is Rotterdam in the Netherlands, and not a Belgian postcode in the table
    expect(postcodeCentroid('3011', 'netherlands')).not.toBeNull();
    expect(postcodeCentroid('3011', 'flanders')).toBeNull();
  });

  it('returns null ("not located") for unknown or malformed postcodes', () => {
    for (const code of ['', '   ', '0000', '9999', '900', '90000', 'abcd', '1011 A', '5051 AA', '5664 AA']) {
      expect({ code, at: postcodeCentroid(code) }).toEqual({ code, at: null });
    }
  });

  it('every coordinate lies in Belgium or the Netherlands', () => {
    expect(POSTCODE_TABLE_SIZE.belgium).toBeGreaterThan(200);
    const outside: string[] = [];
    for (let n = 1000; n <= 9999; n++) {
      const be = postcodeCentroid(String(n), 'flanders');
      if (be && !(be.lat > 49.49 && be.lat < 51.51 && be.lon > 2.54 && be.lon < 6.41)) outside.push(`BE ${n}`);
      const nl = postcodeCentroid(String(n), 'netherlands');
      if (nl && !(nl.lat > 50.75 && nl.lat < 53.56 && nl.lon > 3.35 && nl.lon < 7.23)) outside.push(`NL ${n}`);
    }
    expect(outside).toEqual([]);
  });
});

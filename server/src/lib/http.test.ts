import { describe, expect, it } from 'vitest';
import { HttpProblem } from './errors.ts';
import { ifMatchVersion } from './http.ts';

describe('ifMatchVersion', () => {
  it.each([
    ['"3"', 3],
    ['W/"3"', 3],
    ['3', 3],
    [' "12" ', 12],
    ['"0"', 0],
    ['"999999999"', 999_999_999],
  ])('reads %j as version %i', (header, version) => {
    expect(ifMatchVersion(header)).toBe(version);
  });

  it('asks for the header when it is missing (428)', () => {
    expect(() => ifMatchVersion(undefined)).toThrow(expect.objectContaining({ status: 428, code: 'precondition_required' }));
  });

  it.each(['', '*', '"abc"', '"-1"', '"1.5"', '"1234567890"', '"1", "2"', 'w/"3"', '"3"x'])('refuses %j (400)', (header) => {
    let thrown: unknown;
    try {
      ifMatchVersion(header);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(HttpProblem);
    expect(thrown).toMatchObject({ status: 400, code: 'bad_request' });
  });
});

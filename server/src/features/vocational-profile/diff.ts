/** A value at one field of a document, addressed by a dotted path (`education.0.school`). */
export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

type Leaf = string | number | boolean | null;

/** Every leaf of a JSON document by its path; an empty array or object is a leaf of its own. */
export function flatten(value: unknown, prefix = '', out = new Map<string, Leaf | []>()): Map<string, Leaf | []> {
  if (Array.isArray(value)) {
    if (value.length === 0 && prefix) out.set(prefix, []);
    value.forEach((v, i) => flatten(v, prefix ? `${prefix}.${i}` : String(i), out));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (value !== undefined && prefix) {
    out.set(prefix, value as Leaf);
  }
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields that differ between two versions of a document, in path order: changed values,
 * and fields that appeared (before: null) or disappeared (after: null) with a table row.
 */
export function diffFields(before: unknown, after: unknown, prefix = ''): FieldChange[] {
  const a = flatten(before, prefix);
  const b = flatten(after, prefix);
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  return paths
    .filter((p) => !same(a.get(p), b.get(p)))
    // an empty table that gained rows (or lost its last) is told by its rows, not as a field
    .filter((p) => !(isEmptyList(a.get(p)) && !b.has(p)) && !(isEmptyList(b.get(p)) && !a.has(p)))
    .map((path) => ({ path, before: a.get(path) ?? null, after: b.get(path) ?? null }))
    .toSorted((x, y) => comparePaths(x.path, y.path));
}

const isEmptyList = (v: unknown) => Array.isArray(v) && v.length === 0;

/** Path order with numeric segments compared as numbers (row 10 after row 9). */
function comparePaths(x: string, y: string): number {
  const xs = x.split('.');
  const ys = y.split('.');
  for (let i = 0; i < Math.min(xs.length, ys.length); i++) {
    const [p, q] = [xs[i]!, ys[i]!];
    if (p === q) continue;
    const [np, nq] = [Number(p), Number(q)];
    if (Number.isInteger(np) && Number.isInteger(nq)) return np - nq;
    return p < q ? -1 : 1;
  }
  return xs.length - ys.length;
}

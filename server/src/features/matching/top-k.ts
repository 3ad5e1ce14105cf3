/**
 * The best `k` (score, position) pairs seen, in a binary heap with the worst on top: a higher
 * score is better, and on equal scores the lower position (the lower id) is. O(n log k) for n
 * offers, no allocation per offer.
 */
export class TopK {
  private readonly scores: Float64Array;
  private readonly positions: Int32Array;
  private size = 0;

  constructor(private readonly k: number) {
    this.scores = new Float64Array(k);
    this.positions = new Int32Array(k);
  }

  /** Whether (sa, pa) ranks below (sb, pb). */
  private worse(sa: number, pa: number, sb: number, pb: number): boolean {
    return sa < sb || (sa === sb && pa > pb);
  }

  offer(score: number, position: number): void {
    const s = this.scores;
    const p = this.positions;
    if (this.size < this.k) {
      let n = this.size++;
      while (n > 0) {
        const parent = (n - 1) >> 1;
        if (!this.worse(score, position, s[parent]!, p[parent]!)) break;
        s[n] = s[parent]!;
        p[n] = p[parent]!;
        n = parent;
      }
      s[n] = score;
      p[n] = position;
      return;
    }
    if (this.k === 0 || !this.worse(s[0]!, p[0]!, score, position)) return;
    let n = 0;
    for (;;) {
      const left = 2 * n + 1;
      if (left >= this.k) break;
      const right = left + 1;
      const child = right < this.k && this.worse(s[right]!, p[right]!, s[left]!, p[left]!) ? right : left;
      if (!this.worse(s[child]!, p[child]!, score, position)) break;
      s[n] = s[child]!;
      p[n] = p[child]!;
      n = child;
    }
    s[n] = score;
    p[n] = position;
  }

  /** The kept pairs, best first. */
  sorted(): { score: number; position: number }[] {
    const out = [];
    for (let n = 0; n < this.size; n++) out.push({ score: this.scores[n]!, position: this.positions[n]! });
    return out.toSorted((a, b) => b.score - a.score || a.position - b.position);
  }
}

/**
 * Two rows of the dynamic programme, kept between calls: the distance runs for every pair of words
 * a search compares, and a fresh array per row was most of its cost.
 */
let prev = new Int32Array(64);
let cur = new Int32Array(64);

/** Levenshtein distance, stopping early once it exceeds `max` (then returns max + 1). */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  if (max === 1) return withinOne(a, b) ? 1 : 2;
  const n = b.length;
  if (prev.length <= n) {
    prev = new Int32Array(2 * (n + 1));
    cur = new Int32Array(2 * (n + 1));
  }
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[n]!;
}

/** One substitution, insertion or deletion apart (the strings differ): linear, no allocation. */
function withinOne(a: string, b: string): boolean {
  if (a.length < b.length) return withinOne(b, a);
  let i = 0;
  while (i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // After the first difference the rest must agree: a skips one character (deletion) or both do (substitution).
  const skipB = a.length === b.length ? 1 : 0;
  for (let x = i + 1, y = i + skipB; x < a.length; x++, y++) if (a.charCodeAt(x) !== b.charCodeAt(y)) return false;
  return true;
}

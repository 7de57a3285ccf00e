// What changed between two texts, word by word: the version compare and the owner's review
// show words added and removed in place, not two columns to compare by eye. Myers'
// algorithm (the one behind `diff`), on words, spaces and line breaks.

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

function tokens(text: string): string[] {
  return text.match(/\n|[^\S\n]+|[^\s]+/g) ?? [];
}

/** Myers' shortest edit script between `a` and `b`, as the parts in reading order. */
function diffTokens(a: string[], b: string[]): DiffPart[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let done = false;
  for (let d = 0; d <= max && !done; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) {
        done = true;
        break;
      }
    }
    v = next;
  }
  trace.push(v);
  // Walk back through the trace from the end.
  const parts: DiffPart[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 2; d >= 0 && (x > 0 || y > 0); d--) {
    const vd = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[offset + k - 1]! < vd[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : vd[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      parts.push({ kind: "same", text: a[--x]! });
      y--;
    }
    if (d === 0) break;
    if (x === prevX) parts.push({ kind: "added", text: b[--y]! });
    else parts.push({ kind: "removed", text: a[--x]! });
  }
  while (x > 0 && y > 0) {
    parts.push({ kind: "same", text: a[--x]! });
    y--;
  }
  return parts.reverse();
}

/**
 * The parts of `after` against `before`, as a person reads a change: a run of changes with
 * only spaces between them is one removal followed by one addition ("a lawyer" → "us"),
 * not words interleaved.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const raw = diffTokens(tokens(before), tokens(after));
  const merged: DiffPart[] = [];
  const push = (part: DiffPart) => {
    if (!part.text) return;
    const last = merged.at(-1);
    if (last && last.kind === part.kind) last.text += part.text;
    else merged.push({ ...part });
  };
  for (let i = 0; i < raw.length; ) {
    if (raw[i]!.kind === "same") {
      push(raw[i++]!);
      continue;
    }
    let removed = "";
    let added = "";
    let j = i;
    for (; j < raw.length; j++) {
      const part = raw[j]!;
      if (part.kind === "removed") removed += part.text;
      else if (part.kind === "added") added += part.text;
      else if (/^[^\S\n]+$/.test(part.text) && raw[j + 1] && raw[j + 1]!.kind !== "same") {
        removed += part.text;
        added += part.text;
      } else break;
    }
    push({ kind: "removed", text: removed });
    push({ kind: "added", text: added });
    i = j;
  }
  return merged;
}

/** Whether anything changed. */
export function hasChanges(parts: DiffPart[]): boolean {
  return parts.some((p) => p.kind !== "same");
}

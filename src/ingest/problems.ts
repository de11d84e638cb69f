/** Something in a decision text that could not be read as expected. */
export interface Problem {
  file: string;
  line: number;
  expected: string;
  found: string;
  /** a problem that prevents the file from being used ("error") or only worth a look ("warning") */
  severity: "error" | "warning";
  /** what to send instead, where the file cannot be used at all (in Vietnamese: the administrator reads it) */
  hint?: string;
  /** the problem in one Vietnamese sentence, for the administrator's preview */
  say?: string;
}

export function formatProblem(p: Problem): string {
  const found = p.found.length > 120 ? `${p.found.slice(0, 117)}…` : p.found;
  const hint = p.hint ? `; ${p.hint}` : "";
  return `${p.file}:${p.line}: ${p.severity}: expected ${p.expected}; found ${JSON.stringify(found)}${hint}`;
}

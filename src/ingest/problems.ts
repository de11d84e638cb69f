/** Something in a decision text that could not be read as expected. */
export interface Problem {
  file: string;
  line: number;
  expected: string;
  found: string;
  /** a problem that prevents the file from being used ("error") or only worth a look ("warning") */
  severity: "error" | "warning";
}

export function formatProblem(p: Problem): string {
  const found = p.found.length > 120 ? `${p.found.slice(0, 117)}…` : p.found;
  return `${p.file}:${p.line}: ${p.severity}: expected ${p.expected}; found ${JSON.stringify(found)}`;
}

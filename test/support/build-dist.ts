/**
 * vitest globalSetup: compile src/ to dist/ once before any test runs, so the end-to-end tests start the same
 * `node dist/main.js` that `npm start` runs — and never a stale build left from an earlier checkout.
 * Incremental (tsbuildinfo), so an unchanged tree costs a second or two.
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

export default function setup(): void {
  const root = resolve(import.meta.dirname, "..", "..");
  const tsc = resolve(root, "node_modules", "typescript", "bin", "tsc");
  const res = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root, encoding: "utf8" });
  if (res.status !== 0) throw new Error(`the build (tsc -p tsconfig.build.json) failed:\n${res.stdout}${res.stderr}`);
}

import fc from "fast-check";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { silentLogger } from "../src/log/logger.js";
import { copyJson, openSessionStore, sameJson, SESSIONS_FILE } from "../src/telegram/session.js";

/** Values as handlers may leave them in a session: plain data, with the odd undefined, NaN or Date among it. */
const sessionLike = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.date({ noInvalidDate: true }),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie("value"), { maxKeys: 5 }),
  ),
})).value;

const roundTrip = (v: unknown): unknown => JSON.parse(JSON.stringify(v) ?? "null") as unknown;

describe("the session adapter copies and compares sessions as their JSON would", () => {
  it("copyJson returns what a JSON round trip returns", () => {
    fc.assert(
      fc.property(sessionLike, (v) => {
        expect(copyJson(v)).toStrictEqual(roundTrip(v));
      }),
    );
  });

  it("sameJson(copy of a, b) holds exactly when a and b have the same JSON (up to key order)", () => {
    fc.assert(
      fc.property(sessionLike, sessionLike, (a, b) => {
        let same = true;
        try {
          expect(roundTrip(b)).toStrictEqual(roundTrip(a));
        } catch {
          same = false;
        }
        expect(sameJson(copyJson(a), b)).toBe(same);
        expect(sameJson(copyJson(a), a)).toBe(true);
      }),
    );
  });

  it("a handler changing what read() returned changes nothing until write(), and an unchanged write is not stored again", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dti-sessions-"));
    const store = await openSessionStore({ stateDir: dir, logger: silentLogger });
    const first = { conversation: { unitId: "bac-ninh/so-y-te", year: 2023 }, lang: "vi" as const };
    await store.write("42", first);
    first.conversation.year = 2021;
    const read = await store.read("42");
    expect(read).toEqual({ conversation: { unitId: "bac-ninh/so-y-te", year: 2023 }, lang: "vi" });
    read!.conversation!.year = 1999;
    expect((await store.read("42"))?.conversation?.year).toBe(2023);
    await store.flush();
    // the file is replaced by a rename on every write, so an unchanged inode means it was not written
    const before = statSync(join(dir, SESSIONS_FILE)).ino;
    await store.write("42", { lang: "vi", conversation: { year: 2023, unitId: "bac-ninh/so-y-te", province: undefined } });
    await store.flush();
    expect(statSync(join(dir, SESSIONS_FILE)).ino).toBe(before);
    await store.write("42", { lang: "en", conversation: { year: 2023, unitId: "bac-ninh/so-y-te" } });
    await store.flush();
    expect(JSON.parse(readFileSync(join(dir, SESSIONS_FILE), "utf8")).sessions).toEqual([
      { id: "42", data: { lang: "en", conversation: { year: 2023, unitId: "bac-ninh/so-y-te" } } },
    ]);
  });
});

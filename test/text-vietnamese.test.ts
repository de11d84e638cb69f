import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalTones, simplify, tokenize } from "../src/text/vietnamese.js";
import { GOLDEN } from "./golden/questions.js";

/** The definition `simplify` implements in one pass: canonical tones, lower case, every run of non-word characters one space. */
const byDefinition = (text: string) =>
  canonicalTones(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, " ")
    .trim();

/** Characters from the ranges questions are written in, and the odd ones: spaces of every kind, marks alone, emoji, astral letters, lone surrogates. */
const char = fc.oneof(
  fc.integer({ min: 0, max: 0x7f }),
  fc.integer({ min: 0xc0, max: 0x24f }),
  fc.integer({ min: 0x300, max: 0x36f }),
  fc.integer({ min: 0x1ea0, max: 0x1ef9 }),
  fc.integer({ min: 0x2000, max: 0x206f }),
  fc.integer({ min: 0, max: 0xffff }),
  fc.integer({ min: 0x1f300, max: 0x1f64f }),
  fc.integer({ min: 0x20000, max: 0x2a6df }),
).map((cp) => String.fromCodePoint(cp));

describe("simplify and tokenize", () => {
  it("cut every golden question exactly where a letter, mark or digit ends", () => {
    for (const g of GOLDEN) {
      expect(simplify(g.q)).toBe(byDefinition(g.q));
      expect(tokenize(g.q).join(" ")).toBe(byDefinition(g.q));
    }
  });
  it("agree with the definition on any text, NFD or NFC, with any spaces and symbols", () => {
    fc.assert(
      fc.property(fc.array(char, { maxLength: 24 }).map((cs) => cs.join("")), (text) => {
        expect(simplify(text)).toBe(byDefinition(text));
        const tokens = tokenize(text);
        expect(tokens.join(" ")).toBe(byDefinition(text));
        expect(tokens.every((t) => t !== "")).toBe(true);
        expect(simplify(text.normalize("NFD"))).toBe(simplify(text.normalize("NFC")));
      }),
      { numRuns: 2000 },
    );
  });
});

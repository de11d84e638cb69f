import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeKeyboardTyping } from "../src/text/keyboard.js";
import { fold, normalizeText } from "../src/text/vietnamese.js";
import { typeWithoutKeyboard, type Method, type TonePlace } from "./support/keyboard-typing.js";

const dataset = JSON.parse(readFileSync(new URL("../data/dataset.json", import.meta.url), "utf8")) as {
  units: { name: string; province: string | null; aliases: string[] }[];
};
const NAMES = [...new Set(dataset.units.flatMap((u) => [u.name, ...u.aliases, ...(u.province === null ? [] : [u.province])]).map(normalizeText))];

const phrase = fc
  .tuple(fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([parts, caps]) => (caps ? parts.join(" ").toUpperCase() : parts.join(" ")));
const method = fc.constantFrom<Method>("telex", "vni");
const place = fc.constantFrom<TonePlace>("after-vowel", "end");

describe("decodeKeyboardTyping", () => {
  it("reads Telex: marks, tone keys at the end or after the vowel, đ, capitals", () => {
    expect(decodeKeyboardTyping("Sowr Y tees Bawcs Ninh")).toContain("Sở Y tế Bắc Ninh");
    expect(decodeKeyboardTyping("huyeenj")).toEqual(["huyện"]);
    expect(decodeKeyboardTyping("huyeejn")).toEqual(["huyện"]);
    expect(decodeKeyboardTyping("Ddoongf Nai")).toEqual(["Đồng Nai"]);
    expect(decodeKeyboardTyping("nguwowif dduowcj xeeps hangj")).toEqual(["người được xếp hạng"]);
    expect(decodeKeyboardTyping("SOWR Y TEES")).toEqual(["SỞ Y TẾ"]);
  });

  it("reads VNI: tone digits, 6/7/8 marks, d9, digits after the vowel or at the end", () => {
    expect(decodeKeyboardTyping("So73 y te61")).toEqual(["Sở y tế"]);
    expect(decodeKeyboardTyping("So37 y te16")).toEqual(["Sở y tế"]);
    expect(decodeKeyboardTyping("Ba8c1 Ninh")).toEqual(["Bắc Ninh"]);
    expect(decodeKeyboardTyping("d9u7o7c5")).toEqual(["được"]);
  });

  it("places tones the modern way the dataset is stored in", () => {
    expect(decodeKeyboardTyping("Thanh Hoas")).toEqual(["Thanh Hóa"]);
    expect(decodeKeyboardTyping("Hieepj Hoaf")).toEqual(["Hiệp Hòa"]);
    expect(decodeKeyboardTyping("ngoaif")).toEqual(["ngoài"]);
    expect(decodeKeyboardTyping("quys")).toEqual(["quý"]);
    expect(decodeKeyboardTyping("thuowr xuwa")).toEqual(["thuở xưa"]);
  });

  it("leaves years, numbers, English words and abbreviations as typed", () => {
    expect(decodeKeyboardTyping("So73 y te61 Bac Ninh nam 2023")).toEqual(["Sở y tế Bac Ninh nam 2023"]);
    expect(decodeKeyboardTyping("Which Hung Yen district came first in 2023?")).toEqual([]);
    expect(decodeKeyboardTyping("top 10 DTI 2022")).toEqual([]);
    expect(decodeKeyboardTyping("Sowr TT&TT Bawcs Ninh")).toEqual(["Sở TT&TT Bắc Ninh"]);
  });

  it("leaves an English message alone, even where its short words would read as Telex", () => {
    expect(decodeKeyboardTyping("Is Bac Ninh's health department the best?")).toEqual([]);
    expect(decodeKeyboardTyping("Show me the last three districts of Hung Yen")).toEqual([]);
    expect(decodeKeyboardTyping("What is the score of Tu Son town")).toEqual([]);
  });

  it("decodes a message that mixes Telex and VNI word by word", () => {
    expect(decodeKeyboardTyping("Sowr y te61")).toContain("Sở y tế");
  });

  it("returns nothing for text already typed with diacritics or without any", () => {
    expect(decodeKeyboardTyping("Sở Y tế Bắc Ninh xếp thứ mấy")).toEqual([]);
    expect(decodeKeyboardTyping("so y te bac ninh xep thu may")).toEqual([]);
    expect(decodeKeyboardTyping("")).toEqual([]);
  });

  it("gives back any phrase of real unit names typed with Telex or VNI", () => {
    fc.assert(
      fc.property(phrase, method, place, (text, m, p) => {
        const typed = typeWithoutKeyboard(text, m, p);
        const expected = normalizeText(text);
        if (typed === expected) expect(decodeKeyboardTyping(typed)).toEqual([]);
        else expect(decodeKeyboardTyping(typed)).toContain(expected);
      }),
      { numRuns: 400 },
    );
  });

  it("never decodes a real name written without diacritics", () => {
    fc.assert(
      fc.property(phrase, (text) => {
        expect(decodeKeyboardTyping(fold(text))).toEqual([]);
      }),
    );
  });

  it("decodes NFD input like NFC input", () => {
    fc.assert(
      fc.property(phrase, method, (text, m) => {
        const typed = `${typeWithoutKeyboard(text, m, "end")} ${text}`;
        expect(decodeKeyboardTyping(typed.normalize("NFD"))).toEqual(decodeKeyboardTyping(typed));
      }),
    );
  });
});

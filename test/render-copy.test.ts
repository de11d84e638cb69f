import { FormattedString } from "@grammyjs/parse-mode";
import { describe, expect, it } from "vitest";
import { CATALOGUES } from "../src/render/copy.js";
import { blockName, blockTitle, gradeText, indexName } from "../src/render/names.js";
import { renderAlert, renderDeliveryReport, subscriptionCopy } from "../src/render/alerts.js";

interface Leaf {
  path: string;
  value: unknown;
}

/** Every message of a catalogue half, by its dotted path: strings, functions, formatted strings, lists. */
function leaves(node: unknown, path = ""): Leaf[] {
  if (typeof node === "string" || typeof node === "function" || node instanceof FormattedString || Array.isArray(node)) return [{ path, value: node }];
  if (node !== null && typeof node === "object")
    return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [{ path, value: node }];
}

/** What a reader could see of a message: its text, or for a function the template it fills in. */
function wording(value: unknown): string {
  if (typeof value === "string") return value;
  if (value instanceof FormattedString) return value.text;
  if (Array.isArray(value)) return value.map(wording).join("\n");
  if (typeof value === "function") return value.toString();
  return String(value);
}

const catalogues = Object.entries(CATALOGUES);

describe("the copy module", () => {
  it.each(catalogues)("%s has the same messages in Vietnamese and English", (_name, catalogue) => {
    const vi = leaves(catalogue.vi);
    const en = leaves(catalogue.en);
    expect(en.map((l) => l.path)).toEqual(vi.map((l) => l.path));
    for (const [i, v] of vi.entries()) {
      const e = en[i]!;
      const kind = (x: unknown) => (x instanceof FormattedString ? "formatted" : Array.isArray(x) ? "list" : typeof x);
      expect(kind(e.value), v.path).toBe(kind(v.value));
      if (typeof v.value === "function") expect((e.value as (...a: unknown[]) => unknown).length, v.path).toBe(v.value.length);
      expect(wording(v.value).trim(), `vi ${v.path}`).not.toBe("");
      expect(wording(e.value).trim(), `en ${v.path}`).not.toBe("");
    }
  });

  it("finds a message missing in one language", () => {
    const broken = { vi: { a: "x", b: { c: "y" } }, en: { a: "x", b: {} } };
    expect(leaves(broken.en).map((l) => l.path)).not.toEqual(leaves(broken.vi).map((l) => l.path));
  });

  it.each(catalogues)("%s speaks one polite register in Vietnamese, with one spelling of hủy, hóa, xóa", (_name, catalogue) => {
    for (const { path, value } of leaves(catalogue.vi)) {
      const text = wording(value);
      for (const casual of [/\bMình\b/u, /\bmình\b/u, /\bnhé\b/u, /🙂/u, /\bHãy\b/u, /\bXin (?!chào|lỗi)/u, /\bxin gõ\b/u])
        expect(text, `${path}: ${casual}`).not.toMatch(casual);
      for (const oldTone of ["huỷ", "Huỷ", "hoá", "xoá", "hoà", "Hoà"]) expect(text, `${path}: ${oldTone}`).not.toContain(oldTone);
      expect(text, path).not.toContain("tự khai");
    }
  });

  it.each(catalogues)("%s writes the index's official English name", (_name, catalogue) => {
    for (const { path, value } of leaves(catalogue.en)) {
      const text = wording(value);
      expect(text, path).not.toMatch(/digital-transformation/iu);
      expect(text, path).not.toMatch(/\b(?:Xin|Vui lòng|Nguồn|Thông báo|Quyết định|đơn vị|năm)\b/u);
    }
  });
});

describe("the one table of names", () => {
  it("derives English block words from the decision's own wording, whatever the table", () => {
    expect(blockName("Huyện, thành phố", "districts", "en")).toBe("districts and cities");
    expect(blockName("Huyện, Thị xã, Thành phố", "districts", "en")).toBe("districts, towns and cities");
    expect(blockName("Quận, huyện, thị xã", "districts", "en")).toBe("urban districts, districts and towns");
    expect(blockName("Sở, ban, ngành tỉnh không có dịch vụ công", "departments_without_public_services", "en")).toBe(
      "provincial departments, boards and agencies without public services",
    );
    expect(blockName("Bộ, cơ quan ngang bộ", "departments", "en")).toBe("ministries and ministry-level agencies");
    expect(blockName("Khối cơ quan Đảng", "departments", "en")).toBe("departments");
  });

  it("keeps the decision's Vietnamese words, written as in a sentence", () => {
    expect(blockTitle("Huyện, Thị xã, Thành phố", "districts", "vi")).toBe("Khối huyện, thị xã, thành phố");
    expect(blockTitle("Khối Sở, ngành", "departments", "vi")).toBe("Khối sở, ngành");
    expect(blockName("Tỉnh, thành phố trực thuộc Trung ương", "districts", "vi")).toBe("tỉnh, thành phố trực thuộc Trung ương");
  });

  it("names indices officially in both languages and explains grades to English readers only", () => {
    expect(indexName("DTI", "en")).toBe("Digital Transformation Index (DTI)");
    expect(indexName("ICT", "vi")).toBe("Chỉ số ứng dụng CNTT");
    expect(gradeText("Xuất sắc", "en")).toBe("Xuất sắc (excellent)");
    expect(gradeText("XUẤT SẮC", "en")).toBe("XUẤT SẮC (excellent)");
    expect(gradeText("Xuất sắc", "vi")).toBe("Xuất sắc");
  });
});

describe("alerts, subscriptions and reports in English", () => {
  const view = {
    decision: { id: "x", province: "Bắc Ninh", year: 2023, kind: "Quyết định", number: "1/QĐ-UBND", date: "2023-12-26", title: "t" },
    tables: [
      {
        tableId: "x#1",
        index: "DTI" as const,
        block: "districts" as const,
        group: "Huyện, thị xã, thành phố",
        outOf: 8,
        maxTotal: 1000,
        top: [{ unitId: "u", unit: "Thị xã Quế Võ", rank: 1, total: 804.25, maxTotal: 1000, grade: "Tốt", previous: null }],
        followed: [
          {
            unitId: "u",
            unit: "Thị xã Quế Võ",
            rank: 1,
            total: 804.25,
            maxTotal: 1000,
            grade: "Tốt",
            previous: { year: 2021, rank: 3, outOf: 8, index: "ICT" as const, sameIndex: false },
          },
        ],
      },
    ],
  };

  it("words a new-decision alert wholly in English, data names aside", () => {
    const text = renderAlert(view, "en").text;
    expect(text).toContain("New ranking results: Bắc Ninh, 2023");
    expect(text).toContain("Decision No. 1/QĐ-UBND of 26/12/2023 — Digital Transformation Index (DTI).");
    expect(text).toContain("Districts, towns and cities (8 units)");
    expect(text).toContain("▲2 vs 2021 (rank 3/8)");
    expect(text).toContain("2021 measured the IT Application Index, not the Digital Transformation Index");
    expect(text.replace(/Bắc Ninh|Thị xã Quế Võ|QĐ-UBND/gu, "")).not.toMatch(/[ạảãàáâậầấẩẫăắằặẳẵđèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹ]/iu);
    expect(renderAlert(view, "vi").text).toContain("▲2 so với năm 2021 (hạng 3/8)");
  });

  it("words subscriptions and the delivery report in English", () => {
    expect(subscriptionCopy.en.subscribed({ kind: "province", label: "Bắc Ninh" }).text).toContain("new decisions for Bắc Ninh province");
    expect(subscriptionCopy.en.list([]).text).toContain("This chat has no alert subscriptions.");
    const report = renderDeliveryReport({ decisionId: "x", total: 3, sent: 2, failed: 1, removed: 0, tooManyRequests: 0 }, "en").text;
    expect(report).toContain("Sent: 2/3");
    expect(report).toContain("Unsubscribed (blocked or removed the bot): 0");
  });
});

import { describe, expect, it } from "vitest";
import type { Dataset, Row, Table } from "../src/domain/dataset.js";
import { buildFromSources, readSources } from "../src/dataset/pipeline.js";
import { join } from "node:path";

const dataDir = join(import.meta.dirname, "..", "data");
const built = buildFromSources(readSources(dataDir));
const all = built.dataset as Dataset;
/** The five provincial decisions; the national report page has its own tests below. */
const dataset: Dataset = {
  ...all,
  decisions: all.decisions.filter((d) => d.scope === "province"),
  units: all.units.filter((u) => u.province !== null),
};
const provincialReports = built.reports.filter((r) => r.file !== "viet-nam-2022-dti.txt");

function table(decisionId: string, n: number): Table {
  const t = dataset.decisions.find((d) => d.id === decisionId)?.tables[n - 1];
  if (!t) throw new Error(`no table ${decisionId}#${n}`);
  return t;
}

function row(t: Table, rank: number): Row {
  const r = t.rows.find((x) => x.rank === rank);
  if (!r) throw new Error(`no rank ${rank} in ${t.id}`);
  return r;
}

describe("the five real decision texts", () => {
  it("all read without a problem", () => {
    expect(provincialReports.flatMap((r) => r.problems)).toEqual([]);
    expect(dataset.decisions.map((d) => d.id)).toEqual([
      "bac-giang-2021-ict",
      "bac-giang-2023-dti",
      "bac-ninh-2023-dti",
      "cao-bang-2022-dti",
      "hung-yen-2023-dti",
    ]);
  });

  it("give thirteen tables with the row counts the texts print (174 rows, one not evaluated)", () => {
    const counts = dataset.decisions.flatMap((d) => d.tables.map((t) => [t.id, t.rows.length, t.outOf]));
    expect(counts).toEqual([
      ["bac-giang-2021-ict#1", 20, 20],
      ["bac-giang-2021-ict#2", 10, 10],
      ["bac-giang-2021-ict#3", 19, 19],
      ["bac-giang-2021-ict#4", 10, 10],
      ["bac-giang-2023-dti#1", 20, 20],
      ["bac-giang-2023-dti#2", 10, 10],
      ["bac-ninh-2023-dti#1", 17, 17],
      ["bac-ninh-2023-dti#2", 8, 8],
      ["cao-bang-2022-dti#1", 20, 20],
      ["cao-bang-2022-dti#2", 10, 9],
      ["hung-yen-2023-dti#1", 16, 16],
      ["hung-yen-2023-dti#2", 4, 4],
      ["hung-yen-2023-dti#3", 10, 10],
    ]);
    const rows = dataset.decisions.flatMap((d) => d.tables.flatMap((t) => t.rows));
    expect(rows).toHaveLength(174);
    expect(rows.filter((r) => r.rank === null).map((r) => r.name)).toEqual(["Huyện Quảng Hòa"]);
  });

  it("rank every table 1..n in order", () => {
    for (const d of dataset.decisions)
      for (const t of d.tables) {
        const ranks = t.rows.filter((r) => r.rank !== null).map((r) => r.rank);
        expect(ranks, t.id).toEqual(ranks.map((_, i) => i + 1));
      }
  });

  it("read each decision's province, kind, number, date, assessed year, issuer and signer", () => {
    const meta = dataset.decisions.map((d) => [d.province, d.kind, d.number, d.symbol, d.date, d.year, d.issuer, d.signer?.name]);
    expect(meta).toEqual([
      ["Bắc Giang", "Thông báo", null, "TB-UBND", "2021-12", 2021, "Chủ tịch UBND tỉnh Bắc Giang", "Mai Sơn"],
      ["Bắc Giang", "Thông báo", null, "TB-UBND", "2023-12", 2023, "Chủ tịch UBND tỉnh Bắc Giang", "Lê Tuấn Phú"],
      ["Bắc Ninh", "Quyết định", "2405/QĐ-UBND", "QĐ-UBND", "2023-12-26", 2023, "Chủ tịch UBND tỉnh Bắc Ninh", "Vương Quốc Tuấn"],
      ["Cao Bằng", "Quyết định", "943/QĐ-UBND", "QĐ-UBND", "2023-07-27", 2022, "Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng", "Trịnh Trường Huy"],
      ["Hưng Yên", "Quyết định", "2599/QĐ-UBND", "QĐ-UBND", "2023-12-05", 2023, "Ủy ban nhân dân tỉnh Hưng Yên", "Trần Quốc Văn"],
    ]);
    expect(dataset.decisions[0]!.signer?.title).toBe("KT. Chủ tịch – Phó Chủ tịch");
    expect(dataset.decisions[1]!.signer?.title).toBe("TL. Chủ tịch – Chánh Văn phòng");
    expect(dataset.decisions[4]!.signer?.title).toBe("TM. Ủy ban nhân dân – Chủ tịch");
    expect(dataset.decisions[3]!.title).toBe(
      "Phê duyệt và công bố Chỉ số chuyển đổi số của các Sở, Ban ngành, Ủy ban nhân dân các huyện, thành phố năm 2022",
    );
  });

  it("name each table's appendix, index, block and scale", () => {
    const shape = dataset.decisions.flatMap((d) => d.tables.map((t) => [t.id, t.appendix, t.index, t.block, t.group, t.maxTotal]));
    expect(shape).toEqual([
      ["bac-giang-2021-ict#1", "Phụ lục I", "ICT", "departments", "Sở, ban, ngành", 1],
      ["bac-giang-2021-ict#2", "Phụ lục II", "ICT", "districts", "Huyện, thành phố", 1],
      ["bac-giang-2021-ict#3", "Phụ lục III", "PORTAL", "departments", "Sở, ban, ngành", 100],
      ["bac-giang-2021-ict#4", "Phụ lục IV", "PORTAL", "districts", "Huyện, thành phố", 100],
      ["bac-giang-2023-dti#1", "PHỤ LỤC I", "DTI", "departments", "Sở, ngành", 1],
      ["bac-giang-2023-dti#2", "PHỤ LỤC II", "DTI", "districts", "Huyện, thành phố", 1],
      ["bac-ninh-2023-dti#1", "PHỤ LỤC 1", "DTI", "departments", "Sở, ban, ngành", 1000],
      ["bac-ninh-2023-dti#2", "PHỤ LỤC II", "DTI", "districts", "Huyện, thị xã, thành phố", 1000],
      ["cao-bang-2022-dti#1", null, "DTI", "departments", "Sở, ban, ngành", 1000],
      ["cao-bang-2022-dti#2", null, "DTI", "districts", "Huyện, thành phố", 1000],
      ["hung-yen-2023-dti#1", "PHỤ LỤC 01", "DTI", "departments_with_public_services", "Sở, ban, ngành tỉnh có dịch vụ công", 1000],
      ["hung-yen-2023-dti#2", "PHỤ LỤC 02", "DTI", "departments_without_public_services", "Sở, ban, ngành tỉnh không có dịch vụ công", 830],
      ["hung-yen-2023-dti#3", "PHỤ LỤC 03", "DTI", "districts", "Huyện, thị xã, thành phố", 1000],
    ]);
  });

  it("keep column names as printed, with typos fixed in the canonical name and maxima where printed", () => {
    const cb = table("cao-bang-2022-dti", 1).columns;
    expect(cb.map((c) => [c.printed, c.name, c.max])).toEqual([
      ["Nhận thức số", "Nhận thức số", 100],
      ["Thế chế số", "Thể chế số", 100],
      ["Nhân lực số", "Nhân lực số", 150],
      ["An toàn thông tin mạng", "An toàn thông tin mạng", 150],
      ["Chính quyền số", "Chính quyền số", 350],
      ["Xã hội số", "Xã hội số", 150],
    ]);
    const portal = table("bac-giang-2021-ict", 4).columns;
    expect(portal.at(-1)).toEqual({ name: "Chuyển đổi số", printed: "Chuyên đổi số: 5 điểm", max: 5 });
    const hy = table("hung-yen-2023-dti", 2);
    expect(hy.columns.find((c) => c.name === "Chính quyền số")).toEqual({ name: "Chính quyền số", printed: "Chính quyền số (230 điểm)", max: 230 });
    expect(hy.totalPrinted).toBe("Tổng cộng (830 điểm)");
    expect(table("bac-giang-2021-ict", 1).columns.map((c) => c.name)).toContain("Ứng dụng CNTT phục vụ dân và doanh nghiệp");
    expect(table("bac-giang-2021-ict", 1).totalPrinted).toBe("Chỉ số ứng dụng CNTT");
  });

  it("read exact values in every table", () => {
    const bg21 = (n: number) => table("bac-giang-2021-ict", n);
    expect(row(bg21(1), 1)).toMatchObject({ name: "Sở Y tế", total: 0.9469, grade: "Tốt", components: { "Hạ tầng kỹ thuật": 1, "Ứng dụng nội bộ": 0.997 } });
    expect(row(bg21(1), 13)).toMatchObject({ name: "Sở Ngoại vụ", total: 0.8496, components: { "Đảm bảo an toàn an ninh thông tin": 0.5 } });
    expect(row(bg21(1), 20)).toMatchObject({ name: "Sở Giao thông vận tải", total: 0.7613, grade: "Khá" });
    expect(row(bg21(2), 2)).toMatchObject({ name: "UBND Huyện Việt Yên", total: 0.8201, components: { "Hạ tầng kỹ thuật": 1, "Hạ tầng nhân lực": 1, "Môi trường chính sách": 0.9 } });
    expect(row(bg21(2), 10)).toMatchObject({ name: "UBND Huyện Sơn Động", total: 0.6784, components: { "Hạ tầng nhân lực": 0.553 } });
    expect(row(bg21(3), 12)).toMatchObject({ name: "Sở Ngoại vụ", total: 84.19, components: { "Tin tức, sự kiện": 7.69 } });
    expect(row(bg21(3), 19)).toMatchObject({ name: "Thanh tra tỉnh", total: 67.5, grade: "Khá" });
    expect(row(bg21(4), 1)).toMatchObject({ name: "Huyện Tân Yên", total: 90.5 });
    expect(row(bg21(4), 9)).toMatchObject({ name: "Huyện Việt Yên", total: 83.02, components: { "Tin tức, sự kiện": 9.52 } });

    expect(row(table("bac-giang-2023-dti", 1), 1)).toMatchObject({ name: "Sở Tài nguyên và Môi trường", total: 0.9029, grade: null, components: { "Nhân lực số": 0.6751 } });
    expect(row(table("bac-giang-2023-dti", 1), 14)).toMatchObject({ name: "Sở Văn hoá, Thể thao và Du lịch", total: 0.7919 });
    expect(row(table("bac-giang-2023-dti", 2), 2)).toMatchObject({ name: "Huyện Việt Yên", total: 0.7464, components: { "Hoạt động xã hội số": 0.5869 } });
    expect(row(table("bac-giang-2023-dti", 2), 8)).toMatchObject({ name: "Huyện Hiệp Hoà", total: 0.7172 });

    const bnDep = table("bac-ninh-2023-dti", 1);
    expect(row(bnDep, 2)).toMatchObject({
      name: "Sở Y tế",
      total: 875.83,
      grade: "Xuất sắc",
      components: { "Nhận thức số": 100, "Thể chế số": 100, "Hạ tầng số": 50, "Nhân lực số": 70, "An toàn thông tin mạng": 80, "Hoạt động chuyển đổi số": 475.83 },
      selfDeclared: { total: 948.46, components: { "Hạ tầng số": 100, "An toàn thông tin mạng": 100, "Hoạt động chuyển đổi số": 478.46 } },
    });
    expect(row(bnDep, 17)).toMatchObject({ name: "Sở Kế hoạch Đầu tư", total: 676.47, grade: "Kém", selfDeclared: { total: 904 } });
    expect(bnDep.average).toMatchObject({ total: 747.01, selfDeclared: { total: 901.34 } });
    expect(bnDep.hasReview).toBe(true);
    const bnDist = table("bac-ninh-2023-dti", 2);
    expect(row(bnDist, 1)).toMatchObject({ name: "UBND Thị xã Quế Võ", total: 804.25, grade: "Xuất sắc", selfDeclared: { total: 723.92 } });
    expect(row(bnDist, 8)).toMatchObject({ name: "UBND Thị xã Thuận Thành", total: 316.73, components: { "Hạ tầng số": 0 } });
    expect(bnDist.average?.total).toBe(601.8);

    expect(row(table("cao-bang-2022-dti", 1), 1)).toMatchObject({ name: "Sở Công Thương", total: 822.3, components: { "Thể chế số": 100, "Chính quyền số": 298.7 } });
    expect(row(table("cao-bang-2022-dti", 1), 13)).toMatchObject({ name: "Sở Văn hoá, Thể thao và Du lịch", total: 694.6 });
    expect(row(table("cao-bang-2022-dti", 2), 2)).toMatchObject({ name: "Huyện Bảo Lạc", total: 657.7, components: { "Kinh tế số": 72.4 } });
    const quangHoa = table("cao-bang-2022-dti", 2).rows.find((r) => r.name === "Huyện Quảng Hòa");
    expect(quangHoa).toMatchObject({ rank: null, total: null, components: {}, order: 10 });
    expect(quangHoa?.notes[0]?.kind).toBe("not_evaluated");

    expect(row(table("hung-yen-2023-dti", 1), 1)).toMatchObject({ name: "Sở Giáo dục và Đào tạo", total: 732.77, grade: "Khá", components: { "Chính quyền số": 284.77 } });
    expect(row(table("hung-yen-2023-dti", 1), 16)).toMatchObject({ name: "Sở Kế hoạch và Đầu tư", total: 547.91, grade: "Trung bình" });
    expect(row(table("hung-yen-2023-dti", 2), 1)).toMatchObject({ name: "Văn phòng Ủy ban nhân dân tỉnh", total: 647.76 });
    expect(row(table("hung-yen-2023-dti", 2), 4)).toMatchObject({ name: "Thanh tra tỉnh", total: 451.9, grade: "Trung bình" });
    expect(row(table("hung-yen-2023-dti", 3), 8)).toMatchObject({ name: "UBND huyện Tiên Lữ", total: 671.7 });
  });

  it("note the two Hưng Yên districts whose components do not add up to their total", () => {
    const notes = dataset.decisions
      .flatMap((d) => d.tables.flatMap((t) => t.rows.map((r) => ({ t: t.id, r }))))
      .filter(({ r }) => r.notes.some((n) => n.kind === "sum_mismatch"))
      .map(({ t, r }) => [t, r.name, r.notes.find((n) => n.kind === "sum_mismatch")!.difference]);
    expect(notes).toContainEqual(["hung-yen-2023-dti#3", "UBND huyện Yên Mỹ", 5]);
    expect(notes).toContainEqual(["hung-yen-2023-dti#3", "UBND huyện Văn Lâm", -3]);
    // Cao Bằng rounds components to one decimal; only differences beyond rounding are noted.
    expect(notes.filter(([t]) => t === "cao-bang-2022-dti#1").map(([, n]) => n)).toEqual(["Văn phòng UBND tỉnh", "Sở Y tế"]);
    // 0–1 indices are weighted, not sums: never noted.
    expect(notes.filter(([t]) => String(t).startsWith("bac-giang"))).toEqual([]);
  });
});

describe("unit identity", () => {
  const unit = (id: string) => dataset.units.find((u) => u.id === id);
  const yearsOf = (id: string) =>
    dataset.decisions.filter((d) => d.tables.some((t) => t.rows.some((r) => r.unitId === id))).map((d) => d.year);

  it("gives one id to each Bắc Giang unit renamed between 2021 and 2023, keeping every spelling", () => {
    expect(unit("bac-giang/so-noi-vu")?.aliases).toEqual(expect.arrayContaining(["Sở Nội Vụ", "Sở Nội vụ"]));
    expect(unit("bac-giang/viet-yen")).toMatchObject({ name: "Huyện Việt Yên", kind: "district" });
    expect(unit("bac-giang/viet-yen")?.aliases).toEqual(expect.arrayContaining(["UBND Huyện Việt Yên", "Huyện Việt Yên"]));
    expect(unit("bac-giang/so-van-hoa-the-thao-du-lich")?.aliases).toEqual(
      expect.arrayContaining(["Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hoá, Thể thao và Du lịch", "Sở Văn hóa Thể thao và Du lịch"]),
    );
    expect(unit("bac-giang/so-lao-dong-thuong-binh-xa-hoi")?.aliases).toEqual(
      expect.arrayContaining(["Sở Lao động - Thương binh và Xã hội", "Sở Lao động-Thương binh và xã hội"]),
    );
    expect(unit("bac-giang/hiep-hoa")?.aliases).toEqual(expect.arrayContaining(["UBND Huyện Hiệp Hoà", "Huyện Hiệp Hoà", "Huyện Hiệp Hòa"]));
    expect(unit("bac-giang/hiep-hoa")?.name).toBe("Huyện Hiệp Hòa");
    for (const id of ["bac-giang/so-noi-vu", "bac-giang/viet-yen", "bac-giang/hiep-hoa", "bac-giang/so-lao-dong-thuong-binh-xa-hoi", "bac-giang/bac-giang"])
      expect(yearsOf(id), id).toEqual([2021, 2023]);
  });

  it("links every Bắc Giang unit of 2023 to its 2021 row, and nothing across provinces", () => {
    const bg23 = dataset.decisions.find((d) => d.id === "bac-giang-2023-dti")!;
    for (const t of bg23.tables) for (const r of t.rows) expect(yearsOf(r.unitId), r.name).toEqual([2021, 2023]);
    expect(dataset.units).toHaveLength(115);
    expect(new Set(dataset.units.map((u) => u.id)).size).toBe(115);
    expect(dataset.units.filter((u) => u.name === "Sở Y tế").map((u) => u.province)).toEqual(["Bắc Giang", "Bắc Ninh", "Cao Bằng", "Hưng Yên"]);
  });
});

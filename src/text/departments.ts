/**
 * The 2025 reorganisation of the provinces' specialised agencies. Nghị định 45/2025/NĐ-CP
 * (28/02/2025, in force 01/03/2025), which followed the Government's restructuring by Nghị quyết
 * 176/2025/QH15, set the departments (Sở) every province has since; provinces merged their old
 * departments into them from 1 March 2025. A 2023 ranking therefore holds the predecessors of a
 * department people name today ("Sở Nông nghiệp và Môi trường" is ranked as two units).
 *
 * Sở Lao động - Thương binh và Xã hội was split: labour, wages and employment went to Sở Nội vụ (its
 * successor here), social protection to Sở Y tế and vocational training to Sở Giáo dục và Đào tạo.
 */
export interface DepartmentMerger {
  /** the department's name since the reorganisation */
  name: string;
  /** the departments it was made of, as the rankings before 2025 name them */
  predecessors: readonly string[];
  /** when the merged department started (ISO date) */
  date: string;
}

export const DEPARTMENT_MERGERS_2025: ReadonlyArray<DepartmentMerger> = [
  {
    name: "Sở Nông nghiệp và Môi trường",
    predecessors: ["Sở Nông nghiệp và Phát triển nông thôn", "Sở Tài nguyên và Môi trường"],
    date: "2025-03-01",
  },
  { name: "Sở Tài chính", predecessors: ["Sở Tài chính", "Sở Kế hoạch và Đầu tư"], date: "2025-03-01" },
  { name: "Sở Xây dựng", predecessors: ["Sở Xây dựng", "Sở Giao thông vận tải"], date: "2025-03-01" },
  { name: "Sở Nội vụ", predecessors: ["Sở Nội vụ", "Sở Lao động - Thương binh và Xã hội"], date: "2025-03-01" },
  {
    name: "Sở Khoa học và Công nghệ",
    predecessors: ["Sở Khoa học và Công nghệ", "Sở Thông tin và Truyền thông"],
    date: "2025-03-01",
  },
  { name: "Sở Dân tộc và Tôn giáo", predecessors: ["Ban Dân tộc"], date: "2025-03-01" },
];

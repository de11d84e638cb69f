import { z } from "zod";

export const SOURCE_FORMATS = ["txt", "md", "html", "docx", "xlsx", "pdf"] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/**
 * A document as lines of text: each table row one line with its cells joined by "\t", paragraphs
 * and titles on their own lines. `origins[i]` says, in Vietnamese, where line i+1 came from.
 */
export interface SourceText {
  format: SourceFormat;
  text: string;
  origins: string[];
  warnings: string[];
}

/** How much one document may hold before it is refused rather than read whole. */
export const SourceLimitsSchema = z.object({
  maxBytes: z.number().int().positive(),
  maxLines: z.number().int().positive(),
  maxChars: z.number().int().positive(),
  maxPages: z.number().int().positive(),
  /** total size of the files inside a .docx/.xlsx once unpacked */
  maxUnzippedBytes: z.number().int().positive(),
  /** how many times larger than its packed size one inner file may be */
  maxZipRatio: z.number().positive(),
  maxZipEntries: z.number().int().positive(),
});
export type SourceLimits = z.infer<typeof SourceLimitsSchema>;

export const DEFAULT_LIMITS: SourceLimits = {
  maxBytes: 32 * 1024 * 1024,
  maxLines: 1_000_000,
  maxChars: 64 * 1024 * 1024,
  maxPages: 5_000,
  maxUnzippedBytes: 400 * 1024 * 1024,
  maxZipRatio: 200,
  maxZipEntries: 10_000,
};

import { createInflateRaw } from "node:zlib";
import { SourceError } from "./errors.js";
import type { SourceLimits } from "./types.js";

/** One file inside a zip archive, as its central directory declares it. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** A 32-bit field at its maximum means "see the ZIP64 record": far beyond any decision. */
const ZIP64 = 0xffffffff;

const corrupt = (fileName: string): SourceError =>
  new SourceError("corrupt", fileName, "tệp bị hỏng hoặc không trọn vẹn (cấu trúc nén không đọc được)", "Xin mở tệp bằng Word/Excel, lưu lại rồi gửi lại.");

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The central directory: read from the end of the file, without unpacking anything. */
function zipEntries(bytes: Uint8Array, fileName: string): ZipEntry[] {
  const dv = view(bytes);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (dv.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt(fileName);
  const count = dv.getUint16(eocd + 10, true);
  let at = dv.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || dv.getUint32(at, true) !== CENTRAL) throw corrupt(fileName);
    const nameLength = dv.getUint16(at + 28, true);
    const extra = dv.getUint16(at + 30, true);
    const comment = dv.getUint16(at + 32, true);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: dv.getUint16(at + 10, true),
      compressedSize: dv.getUint32(at + 20, true),
      uncompressedSize: dv.getUint32(at + 24, true),
      localOffset: dv.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

export function zipEntryNames(bytes: Uint8Array, fileName: string): Set<string> {
  return new Set(zipEntries(bytes, fileName).map((e) => e.name));
}

function entryData(bytes: Uint8Array, entry: ZipEntry, fileName: string): Uint8Array {
  const dv = view(bytes);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || dv.getUint32(at, true) !== LOCAL) throw corrupt(fileName);
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt(fileName);
  return bytes.subarray(start, end);
}

/**
 * Unpack one entry as a stream, handing each piece to `visit`; stops (and says so) as soon as more
 * than `cap` bytes come out, so a lying size field cannot make it unpack a bomb whole.
 */
function inflate(data: Uint8Array, cap: number, visit: ((chunk: Buffer) => void) | null): Promise<{ size: number; capped: boolean }> {
  return new Promise((resolve, reject) => {
    const z = createInflateRaw();
    let size = 0;
    z.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > cap) {
        z.destroy();
        resolve({ size, capped: true });
        return;
      }
      visit?.(chunk);
    });
    z.on("end", () => resolve({ size, capped: false }));
    z.on("error", reject);
    z.end(data);
  });
}

const bomb = (fileName: string, what: string): SourceError =>
  new SourceError("too_large", fileName, `khi giải nén, ${what}; tệp có thể bị lỗi hoặc là một “bom nén”`, "Xin lưu lại tệp từ Word/Excel rồi gửi lại, hoặc gửi bản .pdf/.txt.");

/**
 * Check an Office file before a library unpacks it: few enough entries, a plausible packing ratio,
 * a bounded total, and every entry really no larger than it declares (each is unpacked as a stream
 * and counted). `visit` sees the unpacked bytes of the entries it names, piece by piece.
 */
export async function inspectZip(
  bytes: Uint8Array,
  fileName: string,
  limits: SourceLimits,
  visit?: { wants: (name: string) => boolean; chunk: (name: string, chunk: Buffer) => void },
): Promise<ZipEntry[]> {
  const entries = zipEntries(bytes, fileName);
  if (entries.length > limits.maxZipEntries) throw bomb(fileName, `tệp chứa ${entries.length} tệp con`);
  const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
  let total = 0;
  for (const e of entries) {
    if (e.compressedSize === ZIP64 || e.uncompressedSize === ZIP64) throw bomb(fileName, `“${e.name}” vượt quá 4 GB`);
    total += e.uncompressedSize;
    if (total > limits.maxUnzippedBytes) throw bomb(fileName, `nội dung vượt quá ${mb(limits.maxUnzippedBytes)}`);
    if (e.uncompressedSize > 1024 * 1024 && e.uncompressedSize > e.compressedSize * limits.maxZipRatio)
      throw bomb(fileName, `“${e.name}” nở ra gấp ${Math.round(e.uncompressedSize / Math.max(1, e.compressedSize))} lần`);
  }
  for (const e of entries) {
    const data = entryData(bytes, e, fileName);
    const seen = visit?.wants(e.name) ? (chunk: Buffer) => visit.chunk(e.name, chunk) : null;
    if (e.method === 0) {
      if (e.compressedSize !== e.uncompressedSize) throw corrupt(fileName);
      seen?.(Buffer.from(data));
      continue;
    }
    if (e.method !== 8) throw corrupt(fileName);
    let result: { size: number; capped: boolean };
    try {
      result = await inflate(data, e.uncompressedSize, seen);
    } catch {
      throw corrupt(fileName);
    }
    if (result.capped) throw bomb(fileName, `“${e.name}” lớn hơn kích thước nó khai báo`);
  }
  return entries;
}

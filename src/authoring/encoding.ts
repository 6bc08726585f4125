// Decoding the files Windows editors save: UTF-8 (with or without BOM), UTF-16 (Notepad's
// "Unicode") and GBK (the Chinese ANSI code page). `powers fmt` re-encodes the last two as UTF-8.
import { isUtf8 } from 'node:buffer';

/** The encoding a file was found in. */
export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gbk';

/** Decodes a file's bytes; undefined when they are none of the encodings above. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: SourceEncoding } | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (isUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  if (looksUtf16le(bytes)) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  try {
    return { text: new TextDecoder('gbk', { fatal: true }).decode(bytes), encoding: 'gbk' };
  } catch {
    return undefined;
  }
}

/** UTF-16LE without a BOM: ASCII characters leave every other byte zero. */
function looksUtf16le(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return false;
  let zeros = 0;
  for (let i = 1; i < Math.min(bytes.length, 400); i += 2) if (bytes[i] === 0) zeros++;
  return zeros * 4 > Math.min(bytes.length, 400) / 2;
}

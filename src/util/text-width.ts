// Terminal display width: CJK and full-width characters take two columns. Used to align tables,
// calendars and help text that mix Chinese and ASCII.

/** Whether a code point is shown two columns wide. */
export function isWide(cp: number): boolean {
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3)
    || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60)
    || (cp >= 0xffe0 && cp <= 0xffe6);
}

/** Display width in a terminal, ignoring colour escape sequences. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(/\x1b\[[0-9;]*m/g, '')) width += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return width;
}

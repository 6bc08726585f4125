// Text that came from a user's files (YAML values, file and folder names) is shown, never obeyed:
// control characters could forge GitHub workflow commands or drive the terminal (colours, cursor,
// title), and bidi overrides could make a line read differently from what it is. Each such
// character is written visibly as `\uXXXX`, so the clerk still sees that it is there.

// C0 (tab and line ends included), DEL, C1, the bidi marks, embeddings, overrides and isolates,
// and the Unicode line/paragraph separators.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `s` with every control or bidi-override character replaced by its visible `\uXXXX` escape. */
export function visible(s: string): string {
  return s.replace(INVISIBLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

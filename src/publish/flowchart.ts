// The flowchart (流程图) of a power as geometry: boxes, text lines and arrows with fixed numbers,
// laid out here once so that the SVG partial only draws what it is given (and escapes the text).
// One column, top to bottom, narrow enough (400 units) to stay legible when scaled to a phone
// and to fit an A4 page. Text widths are estimated (a CJK character is 1 em, Latin about 0.6 em);
// the estimate only needs to be safe, never exact, because the boxes leave room.

/** The subset of a step the chart draws. */
export interface FlowchartStep {
  number: number;
  name: string;
  postLabel: string;
  /** The step's time limit with its unit ("3 个工作日", "30 日"), or null when not filled in. */
  daysText: string | null;
  supervision: string | null;
  isDisclosed: boolean;
}

/** One line of text in the chart. */
export interface ChartText {
  x: number;
  y: number;
  text: string;
  /** CSS class: fc-title (step name), fc-meta, fc-super (supervision point). */
  cls: string;
}

/** One box (a step, or the start/end terminals). */
export interface ChartBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** fc-step | fc-step fc-supervised | fc-terminal. */
  cls: string;
  /** Corner radius: terminals are pills. */
  rx: number;
  lines: ChartText[];
  /** The 公开 badge of a disclosure point. */
  badge: { x: number; y: number; width: number; height: number; textX: number; textY: number; text: string } | null;
  /** The ◆ marker of a supervision point, drawn on the box's left edge. */
  marker: { points: string } | null;
}

/** An arrow between two boxes. */
export interface ChartArrow {
  x: number;
  y1: number;
  y2: number;
  /** Arrow head polygon. */
  head: string;
}

/** A laid-out flowchart: what templates/partials/flowchart.hbs draws. */
export interface FlowchartView {
  width: number;
  height: number;
  /** For aria-label and <title>. */
  title: string;
  /** A one-sentence text equivalent of the chart (for <desc>). */
  description: string;
  boxes: ChartBox[];
  arrows: ChartArrow[];
  hasSupervision: boolean;
  hasDisclosure: boolean;
}

const WIDTH = 400;
const BOX_X = 20;
const BOX_W = 360;
const PAD_X = 14;
const PAD_TOP = 10;
const PAD_BOTTOM = 10;
const LINE = 21;
const GAP = 30;
const TERMINAL_H = 34;
const TITLE_SIZE = 15;
const META_SIZE = 13;
const BADGE_W = 44;
const BADGE_H = 22;

/** Estimated width of one character, in em: CJK, full-width forms, Hangul and kana are a full em. */
function charEm(c: number): number {
  return c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000) ? 1 : 0.62;
}

/** Estimated width of `text` at `size` px. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i)!;
    if (c > 0xffff) i++;
    em += charEm(c);
  }
  return em * size;
}

/** Splits `text` into lines no wider than `max` px at `size` px (by character: Chinese has no spaces). */
export function wrapText(text: string, size: number, max: number, maxLines = 4): string[] {
  const lines: string[] = [];
  const maxEm = max / size;
  const flat = text.replace(/\s+/g, ' ');
  let start = 0;
  let em = 0;
  for (let i = 0; i < flat.length; i++) {
    const c = flat.codePointAt(i)!;
    const w = charEm(c);
    if (i > start && em + w > maxEm) {
      lines.push(flat.slice(start, i));
      start = c === 0x20 ? i + 1 : i;
      em = c === 0x20 ? 0 : w;
    } else {
      em += w;
    }
    if (c > 0xffff) i++;
  }
  if (start < flat.length) lines.push(flat.slice(start));
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    let last = kept[maxLines - 1];
    while (last.length > 0 && textWidth(`${last}…`, size) > max) last = last.slice(0, -1);
    kept[maxLines - 1] = `${last}…`;
    return kept;
  }
  return lines.length ? lines : [''];
}

const r1 = (n: number): number => Math.round(n * 10) / 10;

function terminal(y: number, text: string): ChartBox {
  const width = 120;
  const x = BOX_X + (BOX_W - width) / 2;
  return {
    x, y, width, height: TERMINAL_H, cls: 'fc-terminal', rx: TERMINAL_H / 2,
    lines: [{ x: x + width / 2, y: r1(y + TERMINAL_H / 2 + 5), text, cls: 'fc-terminal-text' }],
    badge: null, marker: null,
  };
}

function arrow(y1: number, y2: number): ChartArrow {
  const x = BOX_X + BOX_W / 2;
  return { x, y1, y2: y2 - 7, head: `${x - 5},${y2 - 8} ${x + 5},${y2 - 8} ${x},${y2}` };
}

/** Lays out the chart of `steps` (named `name` for its title). */
export function layoutFlowchart(name: string, steps: readonly FlowchartStep[]): FlowchartView {
  const boxes: ChartBox[] = [];
  const arrows: ChartArrow[] = [];
  let y = 10;
  boxes.push(terminal(y, '开始'));
  y += TERMINAL_H;
  for (const step of steps) {
    arrows.push(arrow(y, y + GAP));
    y += GAP;
    const textMax = BOX_W - 2 * PAD_X;
    const titleMax = step.isDisclosed ? textMax - BADGE_W - 8 : textMax;
    const lines: { text: string; cls: string; size: number }[] = [];
    for (const l of wrapText(`${step.number}. ${step.name}`, TITLE_SIZE, titleMax, 2)) lines.push({ text: l, cls: 'fc-title', size: TITLE_SIZE });
    for (const l of wrapText(`承办：${step.postLabel}`, META_SIZE, textMax, 2)) lines.push({ text: l, cls: 'fc-meta', size: META_SIZE });
    lines.push({ text: `时限：${step.daysText ?? '未填写'}`, cls: 'fc-meta', size: META_SIZE });
    if (step.supervision !== null) {
      for (const l of wrapText(`监督点：${step.supervision}`, META_SIZE, textMax, 2)) lines.push({ text: l, cls: 'fc-super', size: META_SIZE });
    }
    const height = PAD_TOP + lines.length * LINE + PAD_BOTTOM;
    const texts = lines.map((l, i): ChartText => ({ x: BOX_X + PAD_X, y: r1(y + PAD_TOP + i * LINE + 15), text: l.text, cls: l.cls }));
    boxes.push({
      x: BOX_X, y, width: BOX_W, height,
      cls: step.supervision !== null ? 'fc-step fc-supervised' : 'fc-step',
      rx: 4,
      lines: texts,
      badge: step.isDisclosed ? {
        x: BOX_X + BOX_W - BADGE_W - 8, y: y + 8, width: BADGE_W, height: BADGE_H,
        textX: BOX_X + BOX_W - 8 - BADGE_W / 2, textY: y + 8 + 16, text: '公开',
      } : null,
      marker: step.supervision !== null ? { points: `${BOX_X},${y + height / 2 - 8} ${BOX_X + 8},${y + height / 2} ${BOX_X},${y + height / 2 + 8} ${BOX_X - 8},${y + height / 2}` } : null,
    });
    y += height;
  }
  arrows.push(arrow(y, y + GAP));
  y += GAP;
  boxes.push(terminal(y, '办结'));
  y += TERMINAL_H + 10;

  const parts = steps.map((s) => {
    const notes = [s.daysText, s.postLabel, s.supervision ? `监督点：${s.supervision}` : null, s.isDisclosed ? '公开' : null];
    return `${s.name}（${notes.filter((n) => n !== null).join('，')}）`;
  });
  return {
    width: WIDTH,
    height: r1(y),
    title: `${name} 流程图`,
    description: steps.length ? `共 ${steps.length} 个环节：${parts.join(' → ')}` : '未登记流程环节',
    boxes,
    arrows,
    hasSupervision: steps.some((s) => s.supervision !== null),
    hasDisclosure: steps.some((s) => s.isDisclosed),
  };
}

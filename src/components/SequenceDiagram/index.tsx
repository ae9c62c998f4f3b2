import type {CSSProperties, ReactNode} from 'react';
import styles from './styles.module.css';

export type Message = {
  from: string;
  to: string;
  label: string;
  /** A reply: drawn dashed, like a return in UML. */
  reply?: boolean;
};

export type SequenceDiagramProps = {
  /** Short name of what the diagram shows, read out by screen readers and shown as the caption. */
  title: string;
  participants: string[];
  messages: Message[];
};

type Sizes = {column: number; margin: number; actorFont: number; labelFont: number; lineHeight: number};

// Two drawings of the same diagram: a wide one, and a narrow one for phones whose labels sit on
// their own line across the whole width. CSS shows the one that fits the column, so the text is
// never drawn smaller than about 12 px (the font sizes below are the sizes at scale 1).
const wideSizes: Sizes = {column: 190, margin: 12, actorFont: 15, labelFont: 13, lineHeight: 16};
const narrowSizes: Sizes = {column: 116, margin: 8, actorFont: 13, labelFont: 13, lineHeight: 16};
/** The smallest a label may be drawn, in CSS pixels: the SVG never shrinks below this. */
const smallestText = 12;
/** A generous average glyph width (in em) of the site's sans-serif font, for wrapping at build time. */
const glyphEm = 0.62;

/** Splits text into lines of at most `max` estimated pixels, breaking after spaces or slashes. */
function wrap(text: string, fontSize: number, max: number): string[] {
  const perLine = Math.max(4, Math.floor(max / (fontSize * glyphEm)));
  const words = text.match(/[^\s/]+\/?|\/|\s+/g) ?? [text];
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (/^\s+$/.test(word)) {
      if (line) line += ' ';
      continue;
    }
    if (line && (line + word).length > perLine) {
      lines.push(line.trimEnd());
      line = '';
    }
    // A single word longer than a line is cut where it must be.
    let rest = word;
    while (rest.length > perLine) {
      lines.push(rest.slice(0, perLine));
      rest = rest.slice(perLine);
    }
    line += rest;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

type Drawing = {width: number; height: number; body: ReactNode};

function draw(id: string, participants: string[], messages: Message[], s: Sizes, labelsAcross: boolean): Drawing {
  const x = (name: string) => s.margin + s.column * participants.indexOf(name) + s.column / 2;
  const width = s.margin * 2 + s.column * participants.length;
  const actorLines = participants.map((p) => wrap(p, s.actorFont, s.column - 28));
  const headerHeight = Math.max(...actorLines.map((l) => l.length)) * (s.actorFont + 3) + 20;
  let y = headerHeight + 12;
  const rows = messages.map((m, i) => {
    const x1 = x(m.from);
    const x2 = x(m.to);
    // Wide: the label spans its arrow and may overhang it. Narrow: it may use the whole width.
    const room = labelsAcross ? width - 2 * s.margin : Math.max(Math.abs(x2 - x1) + s.column * 0.6, s.column);
    const lines = wrap(`${i + 1}. ${m.label}`, s.labelFont, room);
    const longest = Math.max(...lines.map((l) => l.length)) * s.labelFont * glyphEm;
    // Centred over the arrow, moved in where it would run past an edge.
    const half = Math.min(longest, width - 2 * s.margin) / 2;
    const cx = Math.min(Math.max((x1 + x2) / 2, s.margin + half), width - s.margin - half);
    const top = y + s.lineHeight;
    y = top + (lines.length - 1) * s.lineHeight + 10;
    const arrowY = y;
    y += 20;
    return {m, x1, x2, lines, cx, top, arrowY};
  });
  const height = y + s.margin;
  const body = (
    <>
      {participants.map((p, i) => (
        <g key={p}>
          <line className={styles.lifeline} x1={x(p)} x2={x(p)} y1={headerHeight} y2={height - s.margin} />
          <rect className={styles.actor} x={x(p) - s.column / 2 + 6} y={6} width={s.column - 12} height={headerHeight - 6} rx="6" />
          <text className={styles.actorText} style={{fontSize: s.actorFont}} x={x(p)} y={6 + (headerHeight - 6 - actorLines[i].length * (s.actorFont + 3)) / 2 + s.actorFont} textAnchor="middle">
            {actorLines[i].map((line, j) => (
              <tspan key={j} x={x(p)} dy={j === 0 ? 0 : s.actorFont + 3}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
      {rows.map(({m, x1, x2, lines, cx, top, arrowY}, i) => (
        <g key={i}>
          <line
            className={m.reply ? styles.reply : styles.message}
            x1={x1}
            x2={x2 + (x2 > x1 ? -2 : 2)}
            y1={arrowY}
            y2={arrowY}
            markerEnd={`url(#${id}-arrow)`}
          />
          <text className={styles.label} style={{fontSize: s.labelFont}} x={cx} y={top} textAnchor="middle">
            {lines.map((line, j) => (
              <tspan key={j} x={cx} dy={j === 0 ? 0 : s.lineHeight}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
    </>
  );
  return {width, height, body};
}

// Renders to static SVG during the build: no diagram library reaches the reader's browser,
// and colours come from CSS variables so the diagram follows the light/dark theme.
export default function SequenceDiagram({title, participants, messages}: SequenceDiagramProps): ReactNode {
  for (const m of messages) {
    for (const name of [m.from, m.to]) {
      if (!participants.includes(name)) throw new Error(`SequenceDiagram "${title}": unknown participant "${name}"`);
    }
  }
  const id = `seq-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  const wide = draw(id, participants, messages, wideSizes, false);
  const narrow = draw(id, participants, messages, narrowSizes, true);
  const minWidth = (d: Drawing, s: Sizes) => `${Math.ceil((d.width * smallestText) / s.labelFont)}px`;
  const sizes = {
    '--wide-ratio': `${wide.width} / ${wide.height}`,
    '--wide-min-width': minWidth(wide, wideSizes),
    '--narrow-ratio': `${narrow.width} / ${narrow.height}`,
    '--narrow-min-width': minWidth(narrow, narrowSizes),
    '--narrow-max-width': `${Math.round(narrow.width * 1.25)}px`,
  } as CSSProperties;

  return (
    <figure className={styles.figure}>
      {/* Scrolls sideways only on the narrowest phones; the site's scroll cue marks it. */}
      <div className={styles.scroller} data-scroll-cue>
        <svg className={styles.svg} style={sizes} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-steps`}>
          <title id={`${id}-title`}>{title}</title>
          <defs>
            <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" className={styles.arrowHead} />
            </marker>
          </defs>
          <svg className={styles.wide} viewBox={`0 0 ${wide.width} ${wide.height}`} width="100%" height="100%" data-drawing="wide">
            {wide.body}
          </svg>
          <svg className={styles.narrow} viewBox={`0 0 ${narrow.width} ${narrow.height}`} width="100%" height="100%" data-drawing="narrow">
            {narrow.body}
          </svg>
        </svg>
      </div>
      <figcaption className={styles.caption}>{title}</figcaption>
      <ol id={`${id}-steps`} className={styles.steps}>
        {messages.map((m, i) => (
          <li key={i}>{`${m.from} → ${m.to}: ${m.label}`}</li>
        ))}
      </ol>
    </figure>
  );
}

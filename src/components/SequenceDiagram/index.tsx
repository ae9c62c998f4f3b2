import type {ReactNode} from 'react';
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

const column = 190;
const headerHeight = 44;
const row = 52;
const margin = 12;

// Renders to static SVG during the build: no diagram library reaches the reader's browser,
// and colours come from CSS variables so the diagram follows the light/dark theme.
export default function SequenceDiagram({title, participants, messages}: SequenceDiagramProps): ReactNode {
  const x = (name: string) => {
    const i = participants.indexOf(name);
    if (i < 0) throw new Error(`SequenceDiagram "${title}": unknown participant "${name}"`);
    return margin + column * i + column / 2;
  };
  const width = margin * 2 + column * participants.length;
  const height = headerHeight + row * (messages.length + 1) + margin;
  const id = `seq-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

  return (
    <figure className={styles.figure}>
      <div className={styles.scroller}>
        <svg
          className={styles.svg}
          viewBox={`0 0 ${width} ${height}`}
          style={{minWidth: Math.min(width, 150 * participants.length)}}
          role="img"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-steps`}>
          <title id={`${id}-title`}>{title}</title>
          <defs>
            <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" className={styles.arrowHead} />
            </marker>
          </defs>
          {participants.map((p) => (
            <g key={p}>
              <line className={styles.lifeline} x1={x(p)} x2={x(p)} y1={headerHeight} y2={height - margin} />
              <rect className={styles.actor} x={x(p) - column / 2 + 8} y={margin / 2} width={column - 16} height={headerHeight - margin / 2} rx="6" />
              <text className={styles.actorText} x={x(p)} y={headerHeight / 2 + 8} textAnchor="middle">
                {p}
              </text>
            </g>
          ))}
          {messages.map((m, i) => {
            const y = headerHeight + row * (i + 1);
            const x1 = x(m.from);
            const x2 = x(m.to);
            return (
              <g key={i}>
                <line
                  className={m.reply ? styles.reply : styles.message}
                  x1={x1}
                  x2={x2 + (x2 > x1 ? -2 : 2)}
                  y1={y}
                  y2={y}
                  markerEnd={`url(#${id}-arrow)`}
                />
                <text className={styles.label} x={(x1 + x2) / 2} y={y - 8} textAnchor="middle">
                  {`${i + 1}. ${m.label}`}
                </text>
              </g>
            );
          })}
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

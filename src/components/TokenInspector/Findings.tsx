import type {ReactNode} from 'react';
import styles from './styles.module.css';

export type FindingItem = {
  /** What kind of finding, read first: "Error 110: ", "Watch out: ", "Note: ". */
  prefix: string;
  title: string;
  reason: string;
  fix: string;
  /** Attributes that name the finding for scripts and tests, e.g. {'data-finding': '110'}. */
  data: Record<string, string>;
};

/** The findings of a diagnosis: what is wrong, why, and the fix, one item each. */
export function Findings({items}: {items: FindingItem[]}): ReactNode {
  return (
    <ul className={styles.findings}>
      {items.map((f, i) => (
        <li key={i} {...f.data}>
          <strong>
            {f.prefix}
            {f.title}.
          </strong>{' '}
          {f.reason} <span className={styles.fix}>Fix: {f.fix}</span>
        </li>
      ))}
    </ul>
  );
}

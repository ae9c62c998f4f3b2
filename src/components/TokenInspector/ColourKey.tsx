import type {ReactNode} from 'react';
import clsx from 'clsx';
import {partLabels, type Part} from './parts';
import styles from './styles.module.css';

/** The legend of the colours the token views use, one entry per part shown. */
export function ColourKey({parts}: {parts: Part[]}): ReactNode {
  return (
    <ul className={styles.legend} aria-label="Colour key">
      {parts.map((part) => (
        <li key={part}>
          <span className={clsx(styles.swatch, styles[`part-${part}`])} aria-hidden="true">
            ■
          </span>{' '}
          {partLabels[part]}
        </li>
      ))}
    </ul>
  );
}


import type {ReactNode} from 'react';
import type {DecodedToken} from '@site/src/token';
import {ColourKey} from './ColourKey';
import type {Part} from './parts';
import styles from './styles.module.css';

/** The token string split into its visible parts, coloured like the byte view below. */
export function ColouredToken({text, token}: {text: string; token: DecodedToken}): ReactNode {
  const parts: [Part, string][] =
    token.version === '007'
      ? [
          ['version', text.slice(0, 3)],
          ['body', text.slice(3)],
        ]
      : [
          ['version', text.slice(0, 3)],
          ['appId', text.slice(3, 35)],
          ['body', text.slice(35)],
        ];
  return (
    <div className={styles.block}>
      <h3 className={styles.subTitle}>The token</h3>
      <p className={styles.explain}>
        {token.version === '007'
          ? 'A 007 token is the version “007” followed by base64 of compressed (zlib) content; the content is decoded below.'
          : 'A 006 token is the version “006”, the App ID in clear, then base64 of the content.'}
      </p>
      <pre className={styles.tokenText} data-coloured-token tabIndex={0} aria-label="Token, by part">
        {parts.map(([part, t]) => (
          <span key={part} className={styles[`part-${part}`]} data-part={part}>
            {t}
          </span>
        ))}
      </pre>
      <ColourKey parts={parts.map(([part]) => part)} />
    </div>
  );
}


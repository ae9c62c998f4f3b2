import type {ReactNode} from 'react';
import type {DecodedToken} from '@site/src/token';
import {ColourKey} from './ColourKey';
import {partOf, type Part} from './parts';
import styles from './styles.module.css';
import fieldStyles from '../ui/field.module.css';

function hex(bytes: Uint8Array, from: number, length: number): string {
  let out = '';
  for (let i = from; i < from + length && i < bytes.length; i++) out += bytes[i].toString(16).padStart(2, '0') + ' ';
  return out.trim();
}

/** Rows of the field table: a real token has a few dozen fields; a crafted one may have thousands. */
const TABLE_ROWS = 200;

/** Every field of the content with its bytes, coloured by kind, like jwt.io's header/payload/signature. */
export function ByteLayout({token}: {token: DecodedToken}): ReactNode {
  const seen = new Set<Part>();
  for (const entry of token.layout) seen.add(partOf(entry.field));
  return (
    <details className={styles.block} open>
      <summary className={styles.subTitle}>Inside the token: {token.content.length} bytes, field by field</summary>
      <p className={styles.byteView} data-byte-view>
        {token.layout.map((entry) => {
          const part = partOf(entry.field);
          return (
            <span key={`${entry.field}-${entry.offset}`} className={styles[`part-${part}`]} title={entry.field}>
              {hex(token.content, entry.offset, entry.length)}{' '}
            </span>
          );
        })}
      </p>
      <ColourKey parts={[...seen]} />
      <details>
        <summary className={styles.tableSummary}>Every field as a table</summary>
        <div className={styles.tableScroll} data-scroll-cue>
          <table className={styles.layoutTable}>
            <caption className={fieldStyles.visuallyHidden}>Fields of the decoded content</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Offset</th>
                <th scope="col">Bytes (hex)</th>
              </tr>
            </thead>
            <tbody>
              {token.layout.slice(0, TABLE_ROWS).map((entry) => (
                <tr key={`${entry.field}-${entry.offset}`} data-layout-field={entry.field}>
                  <th scope="row" className={styles[`part-${partOf(entry.field)}`]}>
                    {entry.field}
                  </th>
                  <td>{entry.offset}</td>
                  <td className={styles.hexCell}>{hex(token.content, entry.offset, Math.min(entry.length, 40))}{entry.length > 40 ? ' …' : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {token.layout.length > TABLE_ROWS && (
            <p className={styles.explain}>
              The first {TABLE_ROWS} of {token.layout.length} fields; the byte view above shows them all.
            </p>
          )}
        </div>
      </details>
    </details>
  );
}


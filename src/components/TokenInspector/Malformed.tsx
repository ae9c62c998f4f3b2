import type {ReactNode} from 'react';
import type {DecodeError} from '@site/src/token';
import styles from './styles.module.css';

/** Each stage of decoding, as the reader knows it. */
export const stageLabels: Record<DecodeError['part'], string> = {
  input: 'the pasted text',
  prefix: 'the version prefix',
  base64: 'the base64 text',
  zlib: 'the compressed data',
  field: 'a field inside the token',
  trailing: 'bytes after the end',
};

/** Where decoding failed, pointed at in the text when the error has a character position. */
export function Malformed({text, error}: {text: string | undefined; error: DecodeError}): ReactNode {
  const at = (error.part === 'prefix' || error.part === 'base64') && error.offset !== undefined && text !== undefined ? error.offset : null;
  return (
    <div className={styles.malformed} role="alert" data-decode-error={error.part}>
      <p className={styles.malformedTitle}>This is not a token the inspector can read.</p>
      <p>
        Problem in {stageLabels[error.part]}
        {error.fieldNumber ? ` (field ${error.fieldNumber}${error.field ? `, ${error.field}` : ''})` : error.field ? ` (${error.field})` : ''}
        {at !== null ? `, at character ${at + 1}` : error.part !== 'field' && error.offset !== undefined ? `, at byte ${error.offset}` : ''}: {error.message}
      </p>
      {at !== null && text !== undefined && (
        <p className={styles.pointer}>
          <code>
            {at > 24 ? '…' : ''}
            {text.slice(Math.max(0, at - 24), at)}
            <mark>{text[at] ?? '␄'}</mark>
            {text.slice(at + 1, at + 25)}
            {text.length > at + 25 ? '…' : ''}
          </code>
        </p>
      )}
    </div>
  );
}


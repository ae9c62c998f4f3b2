import type {ReactNode} from 'react';
import clsx from 'clsx';
import type {VerifyResult} from '@site/src/token';
import {Field} from '../ui/Field';
import styles from './styles.module.css';

/** The App Certificate field and what the signature check found. */
export function Signature({
  id,
  certificate,
  onCertificate,
  result,
}: {
  id: string;
  certificate: string;
  onCertificate: (v: string) => void;
  /** The signature check, null without a certificate. */
  result: VerifyResult | null;
}): ReactNode {
  const certError = result && result.status === 'unchecked' && result.field === 'appCertificate' ? result.message : null;
  return (
    <div className={styles.block}>
      <h3 className={styles.subTitle}>Signature</h3>
      <Field
        id={`${id}-certificate`}
        label="App Certificate"
        value={certificate}
        onChange={onCertificate}
        secret
        error={certError}
        hint="To check the signature. It stays in this page: never sent, never saved."
        inputProps={{'data-field': 'certificate'} as never}
      />
      {result && !certError && (
        <p
          className={clsx(styles.verdictLine, result.status === 'valid' ? styles.ok : result.status === 'invalid' ? styles.bad : styles.warn)}
          role="status"
          data-signature={result.status}>
          {result.status === 'valid' ? '✓ Signature valid. ' : result.status === 'invalid' ? '✗ Signature invalid. ' : 'Signature not checked. '}
          {result.message}
        </p>
      )}
    </div>
  );
}


import {useState, type ReactNode, type InputHTMLAttributes} from 'react';
import clsx from 'clsx';
import styles from './field.module.css';

type FieldProps = {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  /** Shown under the input while the value is valid. */
  hint?: ReactNode;
  /** The validation message for the current value; the input is marked invalid while set. */
  error?: string | null;
  /** A likely mistake that does not block the result (e.g. a lifetime over 24 hours). */
  warning?: string | null;
  /**
   * Masked with a show/hide toggle; never autocompleted or spell-checked (spell checkers may send
   * text away). A text input masked by CSS, not type=password: browsers offer to save whatever is
   * typed into a password field, and an App Certificate must not end up in a password manager.
   */
  secret?: boolean;
  /** Extra controls after the input (e.g. preset buttons). */
  after?: ReactNode;
  inputProps?: Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'type'>;
  multiline?: boolean;
  className?: string;
};

/**
 * A labelled text field with its hint and its inline error tied to it through
 * aria-describedby, so a screen reader announces what is wrong with this very field.
 */
export function Field({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  warning,
  secret,
  after,
  inputProps,
  multiline,
  className,
}: FieldProps): ReactNode {
  const [shown, setShown] = useState(false);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const warningId = `${id}-warning`;
  const shownWarning = error ? null : warning;
  const describedBy = [error ? errorId : null, shownWarning ? warningId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    spellCheck: false,
    autoCapitalize: 'off',
    autoCorrect: 'off',
    className: clsx(styles.input, error && styles.inputInvalid, secret && !shown && styles.secretInput),
  } as const;
  return (
    <div className={clsx(styles.field, className)}>
      <label className={styles.label} htmlFor={id}>
        {label}
      </label>
      <div className={styles.inputRow}>
        {multiline ? (
          <textarea {...common} {...(inputProps as object)} rows={4} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input
            {...common}
            type="text"
            autoComplete="off"
            // Extension password managers look at more than the type: tell them to leave it alone too.
            data-1p-ignore={secret ? true : undefined}
            data-lpignore={secret ? 'true' : undefined}
            {...inputProps}
            onChange={(e) => onChange(e.target.value)}
          />
        )}
        {secret && (
          <button
            type="button"
            className={clsx('button button--secondary button--sm', styles.toggle)}
            aria-pressed={shown}
            aria-controls={id}
            onClick={() => setShown((s) => !s)}>
            {shown ? 'Hide' : 'Show'}
            <span className={styles.visuallyHidden}> {typeof label === 'string' ? label : 'value'}</span>
          </button>
        )}
        {after}
      </div>
      {error && (
        <p id={errorId} className={styles.error} data-field-error>
          {error}
        </p>
      )}
      {shownWarning && (
        <p id={warningId} className={styles.warning} data-field-warning>
          {shownWarning}
        </p>
      )}
      {hint && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
    </div>
  );
}

import {useEffect, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import styles from './field.module.css';

type CopyButtonProps = {
  /** What to copy, read at click time. */
  text: string | (() => string);
  /** Visible label, e.g. "Copy token". */
  children: ReactNode;
  className?: string;
  disabled?: boolean;
};

async function writeClipboard(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    await navigator.clipboard.writeText(text);
    return;
  }
  // Older browsers and non-secure contexts: copy through a temporary, off-screen text area.
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy refused');
}

/** Copies text and says so in a polite live region, so screen reader users hear it too. */
export function CopyButton({text, children, className, disabled}: CopyButtonProps): ReactNode {
  const [status, setStatus] = useState<'' | 'copied' | 'failed'>('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = async () => {
    try {
      await writeClipboard(typeof text === 'function' ? text() : text);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus(''), 2500);
  };
  return (
    <>
      <button
        type="button"
        className={clsx('button button--primary button--sm', className)}
        disabled={disabled}
        onClick={copy}>
        {children}
      </button>
      <span role="status" className={clsx(styles.copyStatus, status === 'failed' && styles.error)}>
        {status === 'copied' ? 'Copied.' : status === 'failed' ? 'Copy failed: select the text and copy it by hand.' : ''}
      </span>
    </>
  );
}

import {useEffect, useState, type ReactNode} from 'react';
import type {DecodeResult} from '@site/src/token';
import styles from './styles.module.css';

type Props = {id: string; decoded: DecodeResult; appId: string; certificate: string};
type Body = (props: Props) => ReactNode;

/**
 * "Will this token work with Agora Chat?": an SDK login as one user, or a RESTful API call. Open
 * from the start when the token carries the Chat service. Its inside loads once the section is
 * open, so that the inspector's first load stays within its JavaScript budget.
 */
export function ChatCheck(props: Props): ReactNode {
  const {decoded} = props;
  const hasChat = decoded.ok && decoded.token.version === '007' && decoded.token.services.some((s) => s.type === 5);
  const [open, setOpen] = useState(hasChat);
  const [ChatCheckBody, setBody] = useState<Body | null>(null);
  useEffect(() => {
    if (open && !ChatCheckBody) void import('./ChatCheckBody').then((m) => setBody(() => m.ChatCheckBody));
  }, [open, ChatCheckBody]);
  return (
    <details className={styles.block} open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-chat-check>
      <summary className={styles.subTitle}>Will this token work with Agora Chat?</summary>
      {ChatCheckBody ? <ChatCheckBody {...props} /> : open && <p className={styles.explain}>Loading the Chat checks…</p>}
    </details>
  );
}

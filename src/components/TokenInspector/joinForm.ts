// What the reader says their client joins with: the inspector's signature and verdict checks read it.
import {parseUidText} from '@site/src/token';

export type JoinForm = {appId: string; channel: string; user: string; userKind: 'uid' | 'account'; publish: boolean};

/** The user the client joins with: a uid read strictly (digits only), else the text for the validator to explain. */
export function joinUser(form: JoinForm): number | string {
  if (form.userKind === 'account') return form.user;
  const parsed = parseUidText(form.user);
  return parsed.ok ? parsed.uid : form.user;
}


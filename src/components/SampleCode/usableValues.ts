// Which of the reader's values may go into a sample, by the engine's validators. Loaded only once
// the reader has values (they exist only after a playground on this visit), so a page of samples
// ships no validators to readers who have typed nothing.
import {validateAppId, validateExpire, validateTokenAccount, validateTokenChannel, validateUid} from '@site/src/token';
import type {ReaderValues} from '../readerValues';
import {placeholderNames, type PlaceholderName} from './fill';

/** For each placeholder, the reader's value as it goes into code, or null when missing or invalid. */
export type UsableValues = Record<PlaceholderName, string | null>;

function seconds(value: string): string | null {
  const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  const issue = validateExpire(n, 'tokenExpire');
  return issue && issue.severity === 'error' ? null : String(n);
}

/** The reader's value for one placeholder, or null when it is missing or invalid. */
function valueFor(key: PlaceholderName, reader: ReaderValues): string | null {
  switch (key) {
    case 'appId':
      return validateAppId(reader.appId) ? null : reader.appId;
    case 'channel':
      // A "*" wildcard channel is a valid token channel; an empty one keeps the sample's name,
      // which may also sit in a URL path.
      return reader.channel === '' || validateTokenChannel(reader.channel)?.severity === 'error' ? null : reader.channel;
    case 'uid': {
      if (reader.userKind !== 'uid' || !/^\d+$/.test(reader.user.trim())) return null;
      return validateUid(Number(reader.user.trim())) ? null : String(Number(reader.user.trim()));
    }
    case 'account':
      return reader.userKind === 'account' && validateTokenAccount(reader.user)?.severity !== 'error' ? reader.user : null;
    case 'user':
      return reader.userKind === 'uid' ? valueFor('uid', reader) : valueFor('account', reader);
    case 'role':
      return reader.role;
    case 'tokenLifetime':
      return seconds(reader.tokenLifetime);
    case 'privilegeLifetime':
      return seconds(reader.privilegeLifetime);
  }
}

export function usableValues(reader: ReaderValues): UsableValues {
  return Object.fromEntries(placeholderNames.map((name) => [name, valueFor(name, reader)])) as UsableValues;
}

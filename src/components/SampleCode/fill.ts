// Fills a sample file with the reader's values. The page says which literal text in the file
// stands for which value; ./usableValues.ts decides which of the reader's values are usable (an
// invalid value is never written into code someone will copy).
import type {UsableValues} from './usableValues';

type RoleText = {publisher: string; subscriber: string};

/**
 * Where a value sits in the file: the literal text itself (`'demo'`), or, when the same literal
 * stands for several values (both lifetimes are often 3600), the literal inside a longer,
 * unique context: `{within: 'tokenExpire = 3600', text: '3600'}`.
 */
export type Spot = string | {within: string; text: string};

export type Placeholders = Partial<{
  appId: Spot | Spot[];
  channel: Spot | Spot[];
  /** Replaced only while the reader builds uid tokens. */
  uid: Spot | Spot[];
  /** Replaced only while the reader builds user-account tokens. */
  account: Spot | Spot[];
  /** Replaced by the uid or the account, whichever the reader uses. */
  user: Spot | Spot[];
  /**
   * The role as the file writes it, e.g. `RtcRole.PUBLISHER`: for a subscriber the word
   * "publisher" in it becomes "subscriber" in the same letter case. Or both spellings explicitly.
   */
  role: string | RoleText | (string | RoleText)[];
  tokenLifetime: Spot | Spot[];
  privilegeLifetime: Spot | Spot[];
}>;

/**
 * The convention the site's samples follow (`<SampleCode fill …/>`): App ID and certificate
 * from the environment (`APP_ID=... APP_CERTIFICATE=...` in the run line), channel `demo`,
 * uid `1234`, both lifetimes 3600 seconds, and the publisher role as each language spells it.
 */
export const standardPlaceholders: Placeholders = {
  appId: {within: 'APP_ID=...', text: '...'},
  channel: 'demo',
  uid: '1234',
  tokenLifetime: ['tokenExpire = 3600', 'token_expire = 3600', '$tokenExpire = 3600', 'TokenExpire = 3600', 'token_expire: u32 = 3600'].map((within) => ({within, text: '3600'})),
  privilegeLifetime: ['privilegeExpire = 3600', 'privilege_expire = 3600', '$privilegeExpire = 3600', 'PrivilegeExpire = 3600', 'privilege_expire: u32 = 3600'].map((within) => ({within, text: '3600'})),
  role: ['RtcRole.PUBLISHER', 'Role_Publisher', 'RolePublisher', 'Role.ROLE_PUBLISHER', 'ROLE_PUBLISHER', 'kRolePublisher', 'RtcRole::PUBLISHER', 'RtcTokenBuilder2::ROLE_PUBLISHER', 'RtcRole.Publisher'],
};

export type PlaceholderName = keyof Placeholders;

const labels: Record<PlaceholderName, string> = {
  appId: 'App ID',
  channel: 'channel',
  uid: 'uid',
  account: 'user account',
  user: 'user',
  role: 'role',
  tokenLifetime: 'token lifetime',
  privilegeLifetime: 'privilege lifetime',
};

/** Every placeholder a sample can have. */
export const placeholderNames = Object.keys(labels) as PlaceholderName[];

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9_]/.test(ch);
}

/** "RtcRole.PUBLISHER" → "RtcRole.SUBSCRIBER", "RolePublisher" → "RoleSubscriber". */
export function swapRoleWord(text: string, to: 'publisher' | 'subscriber'): string {
  const from = to === 'subscriber' ? 'publisher' : 'subscriber';
  return text.replace(new RegExp(from, 'gi'), (m) =>
    m === m.toUpperCase() ? to.toUpperCase() : m[0] === m[0].toUpperCase() ? to[0].toUpperCase() + to.slice(1) : to,
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

type Rule = {key: keyof Placeholders; within: string; text: string; value: string};

function isRoleText(x: unknown): x is RoleText {
  return typeof x === 'object' && x !== null && 'publisher' in x;
}

/**
 * The sample text with every placeholder the reader has a valid value for replaced, and the
 * names of the values that were filled in. All placeholders are replaced in one pass, so a
 * value that happens to equal another placeholder's literal is never replaced twice. Without
 * reader values the file is unchanged.
 */
export function fillSample(source: string, placeholders: Placeholders, usable: UsableValues | null): {text: string; applied: string[]} {
  if (!usable) return {text: source, applied: []};
  const rules = new Map<string, Rule>();
  for (const key of Object.keys(placeholders) as (keyof Placeholders)[]) {
    const value = usable[key];
    const given = placeholders[key];
    if (given === undefined || value === null) continue;
    for (const spot of Array.isArray(given) ? given : [given]) {
      if (key === 'role') {
        const role = value as 'publisher' | 'subscriber';
        const spelled: RoleText = isRoleText(spot)
          ? spot
          : {publisher: swapRoleWord(spot as string, 'publisher'), subscriber: swapRoleWord(spot as string, 'subscriber')};
        if (spelled.publisher) rules.set(spelled.publisher, {key, within: spelled.publisher, text: spelled.publisher, value: spelled[role]});
      } else if (typeof spot === 'string') {
        if (spot) rules.set(spot, {key, within: spot, text: spot, value});
      } else if (!isRoleText(spot) && spot.within && spot.within.includes(spot.text)) {
        rules.set(spot.within, {key, within: spot.within, text: spot.text, value});
      }
    }
  }
  if (rules.size === 0) return {text: source, applied: []};
  // Longest context first, so "demo-room" wins over "demo".
  const contexts = [...rules.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(contexts.map(escapeRegExp).join('|'), 'g');
  const used = new Set<keyof Placeholders>();
  const text = source.replace(pattern, (match: string, offset: number) => {
    const whole =
      !(isWordChar(match[0]) && isWordChar(source[offset - 1])) &&
      !(isWordChar(match[match.length - 1]) && isWordChar(source[offset + match.length]));
    if (!whole) return match;
    const rule = rules.get(match)!;
    used.add(rule.key);
    return match === rule.text ? rule.value : match.split(rule.text).join(rule.value);
  });
  const applied = (Object.keys(placeholders) as (keyof Placeholders)[]).filter((k) => used.has(k)).map((k) => labels[k]);
  return {text, applied};
}

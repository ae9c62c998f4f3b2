// Turns what people paste into a bare token string, recording every change as a note:
// whitespace, quotes, JSON responses, URL encoding, URL-safe base64 and missing padding.
// Changes to the token text itself (not to what was pasted around it) are also recorded as
// repairs: the client sends the string as it has it, and Agora rejects a changed token.
import {recogniseLegacyKey} from './legacy';

/**
 * A change to the token's own characters, which Agora would not have undone. What caused it and
 * how to send the token intact are in repairs.ts (explainRepair), which only diagnoses need.
 */
export interface TokenRepair {
  kind: 'plus-as-space' | 'percent-encoded' | 'json-escaped-slash' | 'json-unicode-escape' | 'line-breaks' | 'spaces' | 'url-safe-base64' | 'padding';
}

/** Outcome of cleaning: the token text and a note per change, or the reason nothing usable was found. */
export type CleanResult =
  | {ok: true; text: string; cleaned: string[]; repairs: TokenRepair[]}
  | {ok: false; message: string; cleaned: string[]; repairs: TokenRepair[]};

// A token that needs no cleaning (the common case): skip every step below.
const CLEAN_TOKEN = /^00[67][A-Za-z0-9+/]+={0,2}$/;
const TOKEN_IN_TEXT = /00[67](?:[A-Za-z0-9+/_%-]|\\\/|\\u00[0-9a-fA-F]{2}){8,}={0,2}/;
const QUOTES: Array<[string, string]> = [['"', '"'], ["'", "'"], ['`', '`'], ['\u201c', '\u201d'], ['\u2018', '\u2019']];
/** Deeper than any token server's response; past it the JSON is not searched (and not recursed into). */
const MAX_JSON_DEPTH = 32;
/** JSON values looked at before giving up: a response is a handful of fields. */
const MAX_JSON_VALUES = 10_000;

/** Strings that start like a token, with their JSON path; walks without recursion, to a bounded depth and size. */
function findTokensInJson(root: unknown): {found: Array<{path: string; token: string}>; tooDeep: boolean} {
  const found: Array<{path: string; token: string}> = [];
  const stack: Array<{value: unknown; path: string; depth: number}> = [{value: root, path: '', depth: 0}];
  let tooDeep = false;
  let seen = 0;
  while (stack.length > 0 && seen++ < MAX_JSON_VALUES) {
    const {value, path, depth} = stack.pop() as {value: unknown; path: string; depth: number};
    if (typeof value === 'string') {
      if (/^\s*00[67]/.test(value)) found.push({path, token: value});
    } else if (value && typeof value === 'object') {
      if (depth >= MAX_JSON_DEPTH) {
        tooDeep = true;
        continue;
      }
      const entries = Array.isArray(value) ? value.map((v, i) => [`${path}[${i}]`, v] as const) : Object.entries(value).map(([k, v]) => [path ? `${path}.${k}` : k, v] as const);
      // Reversed onto the stack, so fields come out in document order.
      for (let i = entries.length - 1; i >= 0; i--) stack.push({value: entries[i][1], path: entries[i][0], depth: depth + 1});
    }
  }
  return {found, tooDeep};
}

/** Extracts and normalises a token from pasted text (never throws). */
export function cleanTokenInput(input: unknown): CleanResult {
  const cleaned: string[] = [];
  const repairs: TokenRepair[] = [];
  const repaired = (kind: TokenRepair['kind'], note: string) => {
    repairs.push({kind});
    cleaned.push(note);
  };
  if (typeof input !== 'string') return {ok: false, message: `Expected the token as text; got ${input === null ? 'null' : typeof input}.`, cleaned, repairs};
  if (input.length < 4096 && CLEAN_TOKEN.test(input)) return {ok: true, text: input, cleaned, repairs};
  let text = input.trim();
  if (text !== input) cleaned.push('Removed whitespace around the token.');
  if (text.length === 0) return {ok: false, message: 'The input is empty: paste a token that starts with 007 (or 006 for legacy tokens).', cleaned, repairs};
  if (text.length > 200_000) return {ok: false, message: `The input is ${text.length} characters long; a token is at most a few kilobytes. Paste a single token.`, cleaned, repairs};

  if (text.startsWith('{') || text.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (parsed !== undefined) {
      const {found, tooDeep} = findTokensInJson(parsed);
      if (found.length === 0) {
        return {
          ok: false,
          message: tooDeep
            ? `The input is JSON nested more than ${MAX_JSON_DEPTH} levels deep, and no string value above that depth starts with 007 or 006. A token server's response holds the token a level or two down: paste that response, or the token alone.`
            : 'The input is JSON, but none of its string values starts with 007 or 006.',
          cleaned,
          repairs,
        };
      }
      text = found[0].token.trim();
      cleaned.push(`Took the token from the JSON field "${found[0].path}".`);
      if (found.length > 1) cleaned.push(`The JSON holds ${found.length} tokens (${found.map((f) => f.path).join(', ')}); decoded the first.`);
    }
  }

  for (let again = true; again; ) {
    again = false;
    for (const [open, close] of QUOTES) {
      if (text.length >= 2 && text.startsWith(open) && text.endsWith(close)) {
        text = text.slice(open.length, text.length - close.length).trim();
        cleaned.push(`Removed the surrounding ${open}${close} quotes.`);
        again = true;
      }
    }
  }

  // A legacy dynamic key is hex and digits, where "006" or "007" can occur by chance: keep it whole.
  if (!/^00\d/.test(text) && !recogniseLegacyKey(text)) {
    const match = TOKEN_IN_TEXT.exec(text);
    if (match) {
      text = match[0];
      cleaned.push('Took the token out of the surrounding text.');
    }
  }

  // JSON text read without a JSON parser: PHP's json_encode writes "/" as "\/" by default.
  if (/\\\//.test(text)) {
    text = text.replace(/\\\//g, '/');
    repaired('json-escaped-slash', 'Replaced the JSON-escaped slashes "\\/" with "/".');
  }
  if (/\\u00(2[bBfF]|3[dD])/.test(text)) {
    text = text.replace(/\\u00(2[bBfF]|3[dD])/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    repaired('json-unicode-escape', 'Replaced JSON \\u escapes (\\u002B, \\u002F, \\u003D) with their characters.');
  }

  if (/%(2B|2F|3D)/i.test(text)) {
    try {
      text = decodeURIComponent(text);
      repaired('percent-encoded', 'Decoded URL percent-encoding (%2B, %2F, %3D).');
    } catch {
      // Leave it: the base64 step reports the stray '%' with its position.
    }
  }

  if (/[\r\n\t]/.test(text)) {
    text = text.replace(/[\r\n\t]+/g, '');
    repaired('line-breaks', 'Removed line breaks inside the token.');
  }
  if (text.includes(' ')) {
    if (!text.includes('+')) {
      text = text.replace(/ /g, '+');
      repaired('plus-as-space', 'Replaced spaces with "+": a URL or form decoder turns "+" into a space, so put the token in a request body or percent-encode it.');
    } else {
      text = text.replace(/ /g, '');
      repaired('spaces', 'Removed spaces inside the token.');
    }
  }
  return {ok: true, text, cleaned, repairs};
}

/** Standard base64 from URL-safe base64 or missing padding, with notes of what changed. */
export function normalizeBase64(body: string, cleaned: string[], repairs: TokenRepair[] = []): string {
  let out = body;
  if (/[-_]/.test(out)) {
    out = out.replace(/-/g, '+').replace(/_/g, '/');
    cleaned.push('Converted URL-safe base64 ("-" and "_") to standard base64 ("+" and "/").');
    repairs.push({kind: 'url-safe-base64'});
  }
  if (!out.includes('=') && out.length % 4 > 1) {
    out += '='.repeat(4 - (out.length % 4));
    cleaned.push('Added the missing "=" padding at the end.');
    repairs.push({kind: 'padding'});
  }
  return out;
}

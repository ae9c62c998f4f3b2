// Turns what people paste into a bare token string, recording every change as a note:
// whitespace, quotes, JSON responses, URL encoding, URL-safe base64 and missing padding.

/** Outcome of cleaning: the token text and a note per change, or the reason nothing usable was found. */
export type CleanResult = {ok: true; text: string; cleaned: string[]} | {ok: false; message: string; cleaned: string[]};

// A token that needs no cleaning (the common case): skip every step below.
const CLEAN_TOKEN = /^00[67][A-Za-z0-9+/]+={0,2}$/;
const TOKEN_IN_TEXT = /00[67][A-Za-z0-9+/_%-]{8,}={0,2}/;
const QUOTES: Array<[string, string]> = [['"', '"'], ["'", "'"], ['`', '`'], ['\u201c', '\u201d'], ['\u2018', '\u2019']];

function findTokenInJson(value: unknown, path: string, out: Array<{path: string; token: string}>): void {
  if (typeof value === 'string') {
    if (/^\s*00[67]/.test(value)) out.push({path, token: value});
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => findTokenInJson(v, `${path}[${i}]`, out));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) findTokenInJson(v, path ? `${path}.${k}` : k, out);
  }
}

/** Extracts and normalises a token from pasted text (never throws). */
export function cleanTokenInput(input: unknown): CleanResult {
  const cleaned: string[] = [];
  if (typeof input !== 'string') return {ok: false, message: `Expected the token as text; got ${input === null ? 'null' : typeof input}.`, cleaned};
  if (input.length < 4096 && CLEAN_TOKEN.test(input)) return {ok: true, text: input, cleaned};
  let text = input.trim();
  if (text !== input) cleaned.push('Removed whitespace around the token.');
  if (text.length === 0) return {ok: false, message: 'The input is empty: paste a token that starts with 007 (or 006 for legacy tokens).', cleaned};
  if (text.length > 200_000) return {ok: false, message: `The input is ${text.length} characters long; a token is at most a few kilobytes. Paste a single token.`, cleaned};

  if (text.startsWith('{') || text.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (parsed !== undefined) {
      const found: Array<{path: string; token: string}> = [];
      findTokenInJson(parsed, '', found);
      if (found.length === 0) return {ok: false, message: 'The input is JSON, but none of its string values starts with 007 or 006.', cleaned};
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

  if (!/^00\d/.test(text)) {
    const match = TOKEN_IN_TEXT.exec(text);
    if (match) {
      text = match[0];
      cleaned.push('Took the token out of the surrounding text.');
    }
  }

  if (/%(2B|2F|3D)/i.test(text)) {
    try {
      text = decodeURIComponent(text);
      cleaned.push('Decoded URL percent-encoding (%2B, %2F, %3D).');
    } catch {
      // Leave it: the base64 step reports the stray '%' with its position.
    }
  }

  if (/[\r\n\t]/.test(text)) {
    text = text.replace(/[\r\n\t]+/g, '');
    cleaned.push('Removed line breaks inside the token.');
  }
  if (text.includes(' ')) {
    if (!text.includes('+')) {
      text = text.replace(/ /g, '+');
      cleaned.push('Replaced spaces with "+": a URL or form decoder turns "+" into a space, so put the token in a request body or percent-encode it.');
    } else {
      text = text.replace(/ /g, '');
      cleaned.push('Removed spaces inside the token.');
    }
  }
  return {ok: true, text, cleaned};
}

/** Standard base64 from URL-safe base64 or missing padding, with notes of what changed. */
export function normalizeBase64(body: string, cleaned: string[]): string {
  let out = body;
  if (/[-_]/.test(out)) {
    out = out.replace(/-/g, '+').replace(/_/g, '/');
    cleaned.push('Converted URL-safe base64 ("-" and "_") to standard base64 ("+" and "/").');
  }
  if (!out.includes('=') && out.length % 4 > 1) {
    out += '='.repeat(4 - (out.length % 4));
    cleaned.push('Added the missing "=" padding at the end.');
  }
  return out;
}

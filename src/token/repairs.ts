// Why a token's own characters were changed on their way, and how to send it intact: one
// explanation per kind of repair that cleanTokenInput makes. Only the diagnoses read these, so a
// page that only decodes tokens does not ship them.
import type {TokenRepair} from './clean';

/** What happened to the token on its way (`cause`), in the reader's terms, and how to send it intact (`fix`). */
export interface RepairExplanation {
  cause: string;
  fix: string;
}

const REPAIRS: Record<TokenRepair['kind'], RepairExplanation> = {
  'json-escaped-slash': {
    cause: 'every "/" arrived as "\\/": the token was taken out of JSON text (PHP\'s json_encode escapes slashes) without a JSON parser',
    fix: 'read the response with a JSON parser (JSON.parse, response.json()), which turns "\\/" back into "/"; or build the JSON with JSON_UNESCAPED_SLASHES',
  },
  'json-unicode-escape': {
    cause: '"+", "/" or "=" arrived as a JSON \\u escape: the token was taken out of JSON text without a JSON parser',
    fix: 'read the response with a JSON parser (JSON.parse, response.json()), which turns the escapes back into characters',
  },
  'percent-encoded': {
    cause: 'the token is still percent-encoded (%2B, %2F, %3D): it was encoded for a URL and never decoded',
    fix: 'decode it once where it is read from the URL (URLSearchParams or decodeURIComponent), or send it in a JSON body instead of a URL',
  },
  'line-breaks': {
    cause: 'the token was split over several lines (wrapped by an e-mail, a terminal, a log viewer or an editor)',
    fix: 'copy it from the raw response or a file, on one line, and keep it on one line in configuration files',
  },
  'plus-as-space': {
    cause: 'every "+" became a space: the token went through a URL query or form without encoding, and the decoder read "+" as a space',
    fix: 'percent-encode it when you put it in a URL (encodeURIComponent, URLSearchParams), or send it in a JSON body',
  },
  'spaces': {
    cause: 'spaces were inserted into the token (a copy from a wrapped or formatted view)',
    fix: 'copy the token from the raw response, without spaces',
  },
  'url-safe-base64': {
    cause: 'the token is in URL-safe base64 ("-" and "_" instead of "+" and "/"): something re-encoded it on the way',
    fix: 'pass the token exactly as the builder returned it; to put it in a URL, percent-encode it instead of changing its alphabet',
  },
  'padding': {
    cause: 'the "=" padding at the end was cut off (a copy that stopped early, or code that strips "=")',
    fix: 'keep the whole token, including the "=" signs at its end',
  },
};

/** The cause and fix of a repair that decodeToken (cleanTokenInput) reported. */
export function explainRepair(repair: TokenRepair): RepairExplanation {
  return REPAIRS[repair.kind];
}

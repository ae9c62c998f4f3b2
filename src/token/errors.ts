// Typed errors and issue records. Builders throw TokenInputError; validators and decoders
// return plain records so that UI code can show them next to the field they concern.

/** How serious a validation finding is: errors block building, warnings explain a likely mistake. */
export type Severity = 'error' | 'warning';

/** One finding about one input field: which field, which rule, the offending value, and a sentence. */
export interface FieldIssue {
  /** Parameter name as the builders spell it, e.g. `appId`, `uid`, `tokenExpire`. */
  field: string;
  /** Short machine-readable rule id, e.g. `hex32`, `charset`, `range`, `lifetime`. */
  rule: string;
  /** The value that was checked, as given. */
  value: unknown;
  severity: Severity;
  /** A complete sentence: what is wrong, what is allowed, how to fix it. */
  message: string;
}

/** Thrown by every builder when an input breaks a rule; `issues` lists every error found. */
export class TokenInputError extends Error {
  readonly field: string;
  readonly rule: string;
  readonly value: unknown;
  readonly issues: FieldIssue[];

  constructor(issues: FieldIssue[]) {
    const first = issues[0];
    super(first ? first.message : 'Invalid token input.');
    this.name = 'TokenInputError';
    this.field = first?.field ?? '';
    this.rule = first?.rule ?? '';
    this.value = first?.value;
    this.issues = issues;
  }
}

/**
 * Thrown inside the decoders when a token announces more entries than they read (a guard against
 * crafted tokens, which can announce 65,535 of anything in a few bytes); decodeToken reports it
 * as a DecodeError of part `field`.
 */
export class CountError extends Error {
  constructor(
    readonly field: string,
    readonly offset: number,
    count: number,
    max: number,
    what: string,
    real: string,
  ) {
    super(`The token announces ${count} ${what} in ${field}; ${real}, and the decoder reads at most ${max}. This is not a token an Agora builder made: it was altered or crafted.`);
    this.name = 'CountError';
  }
}

/** Which stage of decoding failed. */
export type DecodePart = 'input' | 'prefix' | 'base64' | 'zlib' | 'field' | 'trailing';

/** Why a token could not be decoded: the part, a sentence, and where it happened. */
export interface DecodeError {
  part: DecodePart;
  message: string;
  /** For `field`/`trailing`: field path such as `services[0].uid`. */
  field?: string;
  /** For `field`: 1-based number of the field in reading order ("field N"). */
  fieldNumber?: number;
  /** Byte offset in the uncompressed content (field, trailing) or character position (prefix, base64). */
  offset?: number;
}

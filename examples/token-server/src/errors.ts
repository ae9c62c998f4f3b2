/**
 * Errors the server turns into JSON responses. Each one names what was wrong and how to fix
 * it, because the person reading it is usually a developer looking at a failed fetch.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    /** Stable machine-readable code, e.g. `invalid_parameter`. */
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }

  toJSON(): Record<string, unknown> {
    return {status: this.status, error: this.code, message: this.message};
  }
}

/** A request field broke a rule: 400, with the field and the rule in the body. */
export class ValidationError extends HttpError {
  constructor(
    readonly field: string,
    readonly rule: string,
    message: string,
  ) {
    super(400, 'invalid_parameter', message);
    this.name = 'ValidationError';
  }

  override toJSON(): Record<string, unknown> {
    return {status: this.status, error: this.code, field: this.field, rule: this.rule, message: this.message};
  }
}

/** The server cannot start: missing or malformed configuration. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

// Byte-level helpers shared by the encoder and the decoders: little-endian writer/reader,
// UTF-8, hex and base64. Plain Uint8Array code so it runs in browsers, workers and Node alike.

// Created on first use, so that importing the engine does no work.
let encoder: TextEncoder | undefined;
let lenientDecoder: TextDecoder | undefined;
let strictDecoder: TextDecoder | undefined;

/** UTF-8 bytes of a string (lone surrogates become U+FFFD, as Node's Buffer.from does). */
export function utf8(text: string): Uint8Array {
  return (encoder ??= new TextEncoder()).encode(text);
}

/** Number of UTF-8 bytes a string occupies in a token. */
export function utf8Length(text: string): number {
  return utf8(text).length;
}

/** Decodes UTF-8; `valid` is false when the bytes were not well-formed UTF-8. */
export function fromUtf8(bytes: Uint8Array): {text: string; valid: boolean} {
  // Token strings are nearly always short ASCII: skip the decoder's per-call cost for them.
  if (bytes.length <= 256) {
    let ascii = true;
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] > 127) {
        ascii = false;
        break;
      }
    }
    if (ascii) return {text: String.fromCharCode.apply(null, bytes as unknown as number[]), valid: true};
  }
  try {
    return {text: (strictDecoder ??= new TextDecoder('utf-8', {fatal: true})).decode(bytes), valid: true};
  } catch {
    return {text: (lenientDecoder ??= new TextDecoder('utf-8')).decode(bytes), valid: false};
  }
}

const HEX = '0123456789abcdef';

/** Lower-case hex of bytes. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i] >> 4] + HEX[bytes[i] & 15];
  return out;
}

/** Bytes of an even-length hex string (no validation beyond what parseInt does). */
export function fromHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.substr(i * 2, 2), 16);
  return out;
}

/**
 * Standard, padded base64 (what Node's `Buffer#toString('base64')` produces). `btoa` is in every
 * runtime the engine targets; it takes one character per byte, built in slices because
 * `fromCharCode.apply` has an argument limit.
 */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000) as unknown as number[]);
  return btoa(binary);
}

/** Result of strict base64 decoding: bytes, or the position and reason of the first problem. */
export type Base64Result = {ok: true; bytes: Uint8Array} | {ok: false; position: number; reason: string};

/**
 * Decodes standard base64 with optional padding. Anything else (characters outside the
 * alphabet, misplaced '=', an impossible length) is reported with its position, counted from
 * `from`: where the text starts in the string it came from (a token, after its prefix).
 */
export function fromBase64(text: string, from = 0): Base64Result {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61 /* = */) end--;
  const padding = text.length - end;
  if (padding > 2) return {ok: false, position: from + end, reason: `it ends with ${padding} "=" characters; base64 uses at most 2`};
  if (padding > 0 && text.length % 4 !== 0) {
    return {ok: false, position: from + end, reason: 'its "=" padding does not make the length a multiple of 4'};
  }
  if (end % 4 === 1) {
    return {ok: false, position: from + end - 1, reason: 'its length is impossible for base64 (one character too many or too few: the token was probably cut off or has an extra character)'};
  }
  const body = text.slice(0, end);
  // atob would also skip whitespace: find every character outside the alphabet first, to name it.
  const bad = /[^A-Za-z0-9+/]/.exec(body);
  if (bad) {
    const at = from + bad.index;
    return {ok: false, position: at, reason: `character ${bad[0] === '=' ? '"="' : JSON.stringify(bad[0])} at position ${at} is not a base64 character`};
  }
  // Unpadded input is fine for atob; bits left over in the last character are ignored, as by Node.
  const binary = atob(body);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < out.length; i++) out[i] = binary.charCodeAt(i);
  return {ok: true, bytes: out};
}

/** Concatenates byte arrays. */
export function concat(parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Little-endian writer for the token's binary layout. Bytes gather in a plain array: a token is a
 * few hundred bytes, so growing a typed array by hand would only add code.
 */
export class ByteWriter {
  private out: number[] = [];

  u16(value: number): this {
    this.out.push(value & 0xff, (value >>> 8) & 0xff);
    return this;
  }

  u32(value: number): this {
    return this.u16(value).u16(value >>> 16);
  }

  /** Two's-complement 16-bit value (range checked by the caller). */
  i16(value: number): this {
    return this.u16(value & 0xffff);
  }

  /** u16 length then the bytes. */
  bytes(value: Uint8Array): this {
    this.u16(value.length);
    return this.raw(value);
  }

  /** u16 length then UTF-8. */
  string(value: string): this {
    return this.bytes(utf8(value));
  }

  raw(value: Uint8Array): this {
    for (let i = 0; i < value.length; i++) this.out.push(value[i]);
    return this;
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.out);
  }
}

/** One labelled field of a decoded token: where it sits in the uncompressed bytes. */
export interface LayoutEntry {
  /** Field path, e.g. `issueTs` or `services[0].channelName`. */
  field: string;
  /** Byte offset in the uncompressed content. */
  offset: number;
  /** Length in bytes (for strings: the 2-byte length prefix plus the text). */
  length: number;
}

/** Raised by ByteReader when a field runs past the end; decoders turn it into a DecodeError. */
export class ShortReadError extends Error {
  constructor(
    readonly field: string,
    readonly offset: number,
    readonly needed: number,
    readonly available: number,
  ) {
    super(`${field} needs ${needed} byte(s) at offset ${offset} but only ${available} remain`);
    this.name = 'ShortReadError';
  }
}

/** Little-endian reader that records the position of every field it reads. */
export class ByteReader {
  pos = 0;
  readonly layout: LayoutEntry[] = [];

  constructor(readonly buf: Uint8Array) {}

  get remaining(): number {
    return this.buf.length - this.pos;
  }

  private take(field: string, n: number, recordFrom = this.pos, record = true): number {
    if (this.pos + n > this.buf.length) throw new ShortReadError(field, this.pos, n, this.buf.length - this.pos);
    const at = this.pos;
    this.pos += n;
    if (record) this.layout.push({field, offset: recordFrom, length: this.pos - recordFrom});
    return at;
  }

  u16(field: string): number {
    const at = this.take(field, 2);
    return this.buf[at] | (this.buf[at + 1] << 8);
  }

  u32(field: string): number {
    const at = this.take(field, 4);
    return (this.buf[at] | (this.buf[at + 1] << 8) | (this.buf[at + 2] << 16) | (this.buf[at + 3] << 24)) >>> 0;
  }

  i16(field: string): number {
    const v = this.u16(field);
    return v >= 0x8000 ? v - 0x10000 : v;
  }

  /** u16 length then that many bytes; the layout entry covers both. */
  bytes(field: string): Uint8Array {
    const start = this.pos;
    const lengthAt = this.take(`${field} (length)`, 2, start, false);
    const length = this.buf[lengthAt] | (this.buf[lengthAt + 1] << 8);
    const at = this.take(field, length, start);
    return this.buf.subarray(at, at + length);
  }
}

import {ValidationError} from './errors.js';

export type Params = Record<string, string>;

type Route<H> = {method: string; pattern: string; segments: string[]; handler: H};

export type Match<H> =
  | {kind: 'found'; handler: H; params: Params}
  /** The path exists but not for this method. */
  | {kind: 'method'; allow: string[]}
  /** No such path; `hints` lists the patterns that share its first segment. */
  | {kind: 'none'; hints: string[]};

/** Splits `/a/b/` into `["a", "b"]`: a route matches with or without its trailing slash. */
export function splitPath(path: string): string[] {
  let end = path.length;
  if (end > 1 && path.charCodeAt(end - 1) === 47 /* / */) end--;
  return path.slice(1, end).split('/');
}

function decode(segment: string, name: string): string {
  if (segment.indexOf('%') < 0) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new ValidationError(name, 'valid percent-encoding', `${name} has a broken %-escape. Encode it with encodeURIComponent() before putting it in the URL.`);
  }
}

/**
 * A minimal router: literal segments and `:params`, matched by segment count. A framework
 * would add more per-request work than the token itself costs, and readers can read this one.
 */
export class Router<H> {
  private readonly routes: Route<H>[] = [];

  add(method: string, pattern: string, handler: H): this {
    this.routes.push({method, pattern, segments: splitPath(pattern), handler});
    return this;
  }

  match(method: string, path: string): Match<H> {
    const parts = splitPath(path);
    const allow: string[] = [];
    for (const route of this.routes) {
      if (!sameShape(route.segments, parts)) continue;
      if (route.method !== method) {
        allow.push(route.method);
        continue;
      }
      const params: Params = {};
      route.segments.forEach((s, i) => {
        if (s.charCodeAt(0) === 58 /* : */) params[s.slice(1)] = decode(parts[i], s.slice(1));
      });
      return {kind: 'found', handler: route.handler, params};
    }
    if (allow.length > 0) return {kind: 'method', allow};
    const hints = this.routes.filter((r) => r.segments[0] === parts[0]).map((r) => `${r.method} ${r.pattern}`);
    return {kind: 'none', hints};
  }

  /** Every route as `METHOD /pattern`, for the 404 message. */
  list(): string[] {
    return this.routes.map((r) => `${r.method} ${r.pattern}`);
  }
}

function sameShape(segments: string[], parts: string[]): boolean {
  if (segments.length !== parts.length) return false;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    if (s.charCodeAt(0) !== 58 && s !== parts[i]) return false;
  }
  return true;
}

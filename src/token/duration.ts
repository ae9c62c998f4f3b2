// Durations in words, for the engine's messages and the views alike: one formatter.

const UNITS: [number, string][] = [
  [86400, 'd'],
  [3600, 'h'],
  [60, 'min'],
  [1, 's'],
];

/**
 * "2 h 5 min", "45 s", "3 d 4 h": the two largest non-zero units of a span of seconds (its sign
 * is ignored). Two years and more read as years: such spans are mistakes worth naming roughly.
 */
export function formatDuration(seconds: number): string {
  let rest = Math.max(0, Math.round(Math.abs(seconds)));
  if (rest >= 63072000) return `${Math.round(rest / 31557600)} years`;
  if (rest === 0) return '0 s';
  const parts: string[] = [];
  for (const [size, name] of UNITS) {
    if (rest >= size && parts.length < 2) {
      parts.push(`${Math.floor(rest / size)} ${name}`);
      rest %= size;
    } else if (parts.length > 0) {
      break;
    }
  }
  return parts.join(' ');
}

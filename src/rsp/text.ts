/** Small text helpers shared by the session modules (hex, logging, XML). */

/** One byte as two hex digits (errno, signal, exit code). */
export function hex2(n: number): string {
  return (n & 0xff).toString(16).padStart(2, '0');
}

export function xmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Bytes for a log line: printable ASCII as is, the rest as `\xNN`, cut at `max`. */
export function printable(b: Uint8Array, max = 200): string {
  let s = '';
  for (let i = 0; i < b.length && i < max; i++) {
    const c = b[i]!;
    s += c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : `\\x${c.toString(16).padStart(2, '0')}`;
  }
  return b.length > max ? `${s}...(${b.length} bytes)` : s;
}

export function describe(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}

/** `JSON.stringify` replacer for events that carry bigints. */
export function bigintJson(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? `0x${value.toString(16)}` : value;
}

// Saving and restoring an object's state by field name. A device's state is the list of
// its fields that hold it (a StateSpec, data in board-parts.ts); this file copies them out
// of the object and back into it, and checks a saved state against the running machine's
// before anything is written (same fields, same kinds, same array types and lengths).
//
// What a field may hold: numbers, booleans, strings, bigints, null, typed arrays, IrqLines
// (saved as their level), arrays and plain objects of these, and Maps (the flash pages).
// Copies never share memory with the machine (typed arrays are sliced out of it).

import { IrqLine } from '../irq/line.ts';

/** A saved value: plain data that v8.serialize writes and reads back unchanged. */
export type StateValue =
  | number
  | boolean
  | string
  | bigint
  | null
  | undefined
  | ArrayBufferView
  | StateValue[]
  | Map<StateValue, StateValue>
  | { [key: string]: StateValue };

/** The saved fields of one object, by name. */
export type FieldsState = Record<string, StateValue>;

/**
 * How an object's fields are saved. `fields` are saved and must match the running
 * machine's shape on restore; `loose` are saved as any plain data (a halt reason, a pending
 * event, loaded flash pages); `rebuilt` are not saved: wiring, configuration, caches that
 * are invalidated on restore, statistics and per-run scratch. The three lists together name
 * every property the object has (a test checks it, so new state cannot be forgotten).
 */
export interface StateSpec {
  readonly fields: readonly string[];
  readonly loose?: readonly string[];
  readonly rebuilt: readonly string[];
}

type Bag = Record<string, unknown>;

/** A deep copy of a field's value that shares nothing with the machine. */
export function copyValue(v: unknown, path: string): StateValue {
  if (v === null || v === undefined || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string' || typeof v === 'bigint') return v;
  if (v instanceof IrqLine) return v.asserted;
  if (ArrayBuffer.isView(v)) return (v as unknown as { slice(): ArrayBufferView }).slice();
  if (Array.isArray(v)) return v.map((x, i) => copyValue(x, `${path}[${i}]`));
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [copyValue(k, path), copyValue(x, `${path}.${String(k)}`)]));
  if (Object.getPrototypeOf(v) === Object.prototype) {
    const out: Record<string, StateValue> = {};
    for (const [k, x] of Object.entries(v)) out[k] = copyValue(x, `${path}.${k}`);
    return out;
  }
  throw new Error(`snapshot: ${path} holds a ${(v as object).constructor?.name ?? typeof v}, which is not plain state`);
}

/** Saves the `fields` and `loose` fields of `obj`. */
export function saveFields(obj: object, spec: StateSpec, path: string): FieldsState {
  const o = obj as Bag;
  const out: FieldsState = {};
  for (const f of [...spec.fields, ...(spec.loose ?? [])]) {
    if (!(f in o)) throw new Error(`snapshot: ${path} has no field ${f}`);
    out[f] = copyValue(o[f], `${path}.${f}`);
  }
  return out;
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (ArrayBuffer.isView(v)) return `${v.constructor.name}[${(v as unknown as ArrayLike<number>).length}]`;
  if (Array.isArray(v)) return `array[${v.length}]`;
  if (v instanceof Map) return 'map';
  return typeof v;
}

/**
 * Why `value` cannot stand for `like` (the running machine's state of the same part), or
 * null when it can: the same kinds all the way down, typed arrays of the same type and
 * length, objects with the same keys.
 */
export function shapeMismatch(like: StateValue, value: unknown, path: string): string | null {
  const a = kindOf(like);
  const b = kindOf(value);
  if (a !== b) return `${path}: ${b} where ${a} was expected`;
  if (Array.isArray(like)) {
    const arr = value as unknown[];
    for (let i = 0; i < like.length; i++) {
      const m = shapeMismatch(like[i], arr[i], `${path}[${i}]`);
      if (m !== null) return m;
    }
  } else if (like !== null && typeof like === 'object' && !ArrayBuffer.isView(like) && !(like instanceof Map)) {
    const obj = value as Bag;
    const keys = Object.keys(like);
    if (Object.keys(obj).length !== keys.length) return `${path}: fields ${Object.keys(obj).join(',')} where ${keys.join(',')} were expected`;
    for (const k of keys) {
      if (!(k in obj)) return `${path}: no field ${k}`;
      const m = shapeMismatch((like as Record<string, StateValue>)[k], obj[k], `${path}.${k}`);
      if (m !== null) return m;
    }
  }
  return null;
}

/** Why `value` is not plain state (a loose field read from a file), or null. */
export function notPlain(value: unknown, path: string): string | null {
  try {
    copyValue(value, path);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

/** Writes a saved value into field `f` of `o` (arrays, typed arrays and Maps in place). */
function restoreValue(o: Bag, f: string, v: StateValue): void {
  const cur = o[f];
  if (cur instanceof IrqLine) cur.restoreLevel(v as boolean);
  else if (ArrayBuffer.isView(cur)) (cur as unknown as { set(a: ArrayLike<number>): void }).set(v as unknown as ArrayLike<number>);
  else if (Array.isArray(cur) && cur.length > 0 && cur[0] instanceof IrqLine) (v as boolean[]).forEach((level, i) => (cur[i] as IrqLine).restoreLevel(level));
  else if (Array.isArray(cur)) cur.splice(0, cur.length, ...(copyValue(v, f) as StateValue[])); // in place: others may hold the array
  else if (cur instanceof Map) {
    cur.clear();
    for (const [k, x] of v as Map<StateValue, StateValue>) cur.set(k, copyValue(x, f));
  } else o[f] = copyValue(v, f);
}

/** Writes saved fields back into `obj` (checked beforehand with shapeMismatch). */
export function restoreFields(obj: object, spec: StateSpec, state: FieldsState): void {
  const o = obj as Bag;
  for (const f of [...spec.fields, ...(spec.loose ?? [])]) restoreValue(o, f, state[f]);
}

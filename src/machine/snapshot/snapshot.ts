// Whole-machine snapshots in memory: saveMachineState copies every PE, the GIC, the timers,
// the UARTs, flash and RAM (board-parts.ts says what of each); restoreMachineState checks a
// snapshot completely against the running board and only then writes it back. The file
// format (snapshot-file.ts) is separate, so that in-memory checkpoints can use the same
// two functions.
//
// Layers above the board (the VM awareness of src/zvm, which keeps vCPU registers the
// hardware no longer holds) add their state as extensions registered for the board. A
// snapshot's extension state that no extension claims at restore time is kept for one
// registered later (`-loadvm` restores before the GDB server makes its awareness).

import type { VirtBoard } from '../board/virt.ts';
import { FlashRom, boardFlash } from '../board/flash.ts';
import { VIRT_MAP } from '../board/memory-map.ts';
import { boardParts } from './board-parts.ts';
import { applyRam, captureRam, ramImageMismatch, type RamImage } from './ram-image.ts';
import { copyValue, notPlain, restoreFields, saveFields, shapeMismatch, type FieldsState, type StateValue } from './state-fields.ts';

/** What a snapshot can only be restored into: a board built with the same options. */
export interface BoardIdentity {
  ramSize: number;
  smp: number;
  cpu: string;
  virtualization: boolean;
  gicVersion: number;
  uarts: number;
}

/** The machine's state apart from RAM (saveBoardState). */
export interface BoardState {
  readonly identity: BoardIdentity;
  /** Instructions retired by all PEs when it was taken. */
  readonly retired: number;
  /** The saved fields of every board part, by path (board-parts.ts). */
  readonly parts: Record<string, FieldsState>;
  /** The flash window's loaded 64 KiB pages, or null when the board had no flash mapped. */
  readonly flash: Map<number, Uint8Array> | null;
  /** Extension states by extension name. */
  readonly extensions: Record<string, StateValue>;
}

export interface Snapshot extends BoardState {
  readonly ram: RamImage;
}

/** State kept above the board (e.g. VM awareness), saved and restored with it. */
export interface SnapshotExtension {
  readonly name: string;
  save(): StateValue;
  /** Why `state` (read from a file) cannot be restored, or null. */
  check(state: unknown): string | null;
  /** Restores a checked state; undefined: the snapshot has none (start afresh from the PEs). */
  restore(state: StateValue | undefined): void;
}

/** A snapshot that cannot be restored into this board (nothing was changed). */
export class SnapshotError extends Error {}

const extensions = new WeakMap<VirtBoard, Map<string, SnapshotExtension>>();
/** Extension states of the last restore that no extension claimed yet. */
const unclaimed = new WeakMap<VirtBoard, Record<string, StateValue>>();

/** Registers `ext` with the board's snapshots; a state left by an earlier restore is restored into it now. */
export function addSnapshotExtension(board: VirtBoard, ext: SnapshotExtension): void {
  let m = extensions.get(board);
  if (m === undefined) extensions.set(board, (m = new Map()));
  m.set(ext.name, ext);
  const left = unclaimed.get(board);
  if (left !== undefined && ext.name in left) {
    const state = left[ext.name];
    delete left[ext.name];
    if (ext.check(state) === null) ext.restore(state);
  }
}

export function removeSnapshotExtension(board: VirtBoard, name: string): void {
  extensions.get(board)?.delete(name);
}

const listeners = new WeakMap<VirtBoard, Set<() => void>>();

/** Calls `fn` after every restore into `board` (extensions restored); returns the unsubscriber. */
export function onMachineRestored(board: VirtBoard, fn: () => void): () => void {
  let set = listeners.get(board);
  if (set === undefined) listeners.set(board, (set = new Set()));
  set.add(fn);
  return () => set.delete(fn);
}

export function boardIdentity(board: VirtBoard): BoardIdentity {
  const c = board.config;
  return { ramSize: c.ramSize, smp: c.smp, cpu: c.cpu, virtualization: c.virtualization, gicVersion: 3, uarts: board.uarts.length };
}

function flashOf(board: VirtBoard): FlashRom | undefined {
  const d = board.bus.findRegion(VIRT_MAP.flash.base)?.device;
  return d instanceof FlashRom ? d : undefined;
}

/** Copies the whole machine's state. */
export function saveMachineState(board: VirtBoard): Snapshot {
  return { ...saveBoardState(board), ram: captureRam(board.bus.ram) };
}

/** Copies the machine's state apart from RAM (reverse execution keeps RAM its own way). */
export function saveBoardState(board: VirtBoard): BoardState {
  const parts: Record<string, FieldsState> = {};
  for (const p of boardParts(board)) parts[p.path] = saveFields(p.obj, p.spec, p.path);
  const flash = flashOf(board);
  const ext: Record<string, StateValue> = {};
  for (const e of extensions.get(board)?.values() ?? []) ext[e.name] = copyValue(e.save(), e.name);
  return {
    identity: boardIdentity(board),
    retired: board.retired,
    parts,
    flash: flash === undefined ? null : (saveFields(flash, { fields: ['pages'], rebuilt: [] }, 'flash').pages as Map<number, Uint8Array>),
    extensions: ext,
  };
}

/** How two board identities differ, in words, or null. */
export function identityMismatch(saved: BoardIdentity, board: BoardIdentity): string | null {
  const diffs: string[] = [];
  for (const k of Object.keys(board) as (keyof BoardIdentity)[]) {
    if (saved[k] !== board[k]) diffs.push(`${k} ${String(saved[k])} (this board: ${String(board[k])})`);
  }
  return diffs.length === 0 ? null : `it was saved on another board configuration: ${diffs.join(', ')}`;
}

function flashMismatch(flash: unknown): string | null {
  if (flash === null) return null;
  if (!(flash instanceof Map)) return 'flash: not a page map';
  for (const [k, v] of flash) {
    if (!Number.isInteger(k) || k < 0 || k * 0x1_0000 >= VIRT_MAP.flash.size || !(v instanceof Uint8Array) || v.length !== 0x1_0000) return `flash: bad page ${String(k)}`;
  }
  return null;
}

/** Why `snap` cannot be restored into `board`, or null: everything is checked, nothing changed. */
export function snapshotMismatch(board: VirtBoard, snap: Snapshot): string | null {
  const id = identityMismatch(snap.identity, boardIdentity(board));
  if (id !== null) return id;
  const parts = boardParts(board);
  if (typeof snap.parts !== 'object' || snap.parts === null) return 'no machine state';
  const names = new Set(parts.map((p) => p.path));
  for (const k of Object.keys(snap.parts)) if (!names.has(k)) return `it holds a part ${k} this board does not have`;
  for (const p of parts) {
    const s = snap.parts[p.path];
    if (s === undefined) return `it lacks the state of ${p.path}`;
    const fieldsOnly = { fields: p.spec.fields, rebuilt: [] };
    const m = shapeMismatch(saveFields(p.obj, fieldsOnly, p.path), Object.fromEntries(p.spec.fields.map((f) => [f, (s as FieldsState)[f]])), p.path);
    if (m !== null) return m;
    for (const f of p.spec.loose ?? []) {
      if (!(f in s)) return `${p.path}: no field ${f}`;
      const bad = notPlain(s[f], `${p.path}.${f}`);
      if (bad !== null) return bad;
    }
    if (Object.keys(s).length !== p.spec.fields.length + (p.spec.loose?.length ?? 0)) return `${p.path}: unexpected fields`;
  }
  const ram = ramImageMismatch(snap.ram, board.bus.ramSize);
  if (ram !== null) return ram;
  const flash = flashMismatch(snap.flash);
  if (flash !== null) return flash;
  for (const e of extensions.get(board)?.values() ?? []) {
    if (!(e.name in snap.extensions)) continue;
    const m = e.check(snap.extensions[e.name]);
    if (m !== null) return `${e.name}: ${m}`;
  }
  return null;
}

export interface RestoreOptions {
  /**
   * The caller's promise that RAM is zero outside these physical [start, end) ranges (a
   * board just made, with its images loaded: BootState.loaded), so that the rest of RAM
   * need not be read.
   */
  readonly ramWrittenOnly?: readonly [number, number][];
}

/**
 * Makes the machine what it was when `snap` was taken. Throws a SnapshotError, changing
 * nothing, when the snapshot does not fit this board. Caches (TLBs, decoded and compiled
 * code) are invalidated; the debugger's breakpoints and watchpoints stay.
 */
export function restoreMachineState(board: VirtBoard, snap: Snapshot, options: RestoreOptions = {}): void {
  const why = snapshotMismatch(board, snap);
  if (why !== null) throw new SnapshotError(why);
  const base = board.bus.ramBase;
  restoreBoardState(board, snap, () => {
    applyRam(board.bus.ram, snap.ram, options.ramWrittenOnly?.map(([s, e]) => [s - base, e - base]));
    board.bus.invalidateCode();
  });
}

/**
 * Restores a state saveBoardState took of this board (unchecked: the caller made it).
 * `restoreRam` makes RAM what it was then and invalidates the decoded code of what it
 * changed (Bus.invalidateCode, Bus.pageRewritten).
 */
export function restoreBoardState(board: VirtBoard, snap: BoardState, restoreRam: () => void): void {
  restoreRam();
  // A board without flash then: one mapped since is emptied (it cannot be unmapped).
  const flash = snap.flash !== null ? boardFlash(board.bus) : flashOf(board);
  if (flash !== undefined) restoreFields(flash, { fields: ['pages'], rebuilt: [] }, { pages: snap.flash ?? new Map() });
  const parts = boardParts(board);
  for (const p of parts) restoreFields(p.obj, p.spec, snap.parts[p.path]);
  for (const cpu of board.cpus) {
    cpu.mmu.tlb.invalidateAll();
    cpu.controlsChanged(); // the regime, the FP trap target and the fetch key, from the registers
    cpu.selfDebug.update(); // which guest breakpoints, watchpoints and step are armed
  }
  // controlsChanged also brought the PMU's lazy counts up to date (an equivalent state, but
  // not the same numbers): write the saved fields back once more.
  for (const p of parts) restoreFields(p.obj, p.spec, snap.parts[p.path]);
  const left: Record<string, StateValue> = { ...snap.extensions };
  for (const e of extensions.get(board)?.values() ?? []) {
    e.restore(left[e.name]);
    delete left[e.name];
  }
  unclaimed.set(board, left);
  for (const fn of listeners.get(board) ?? []) fn();
}

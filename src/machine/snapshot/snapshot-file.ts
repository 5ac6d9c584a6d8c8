// The snapshot file (`savevm`/`loadvm`, `-loadvm`): a versioned container for a Snapshot.
//
//   offset 0   8 bytes   magic "ZVMSNAP\n"
//          8   u32 LE    format version (SNAPSHOT_FILE_VERSION)
//         12   u32 LE    header length H
//         16   H bytes   header: JSON (board identity, images hash, sections)
//       16+H   32 bytes  SHA-256 of the header
//   then the sections the header lists (offset from the end of the digest, stored length,
//   decoded size), each one
//   zlib stream (its Adler-32 checks the data): "state" (v8.serialize of the registers and
//   devices), "ram.pages" (the page numbers) and "ram.N" (the non-zero pages, in chunks
//   compressed in parallel on libuv's thread pool).
//
// Reading checks everything (magic, version, header digest, board identity, section
// bounds, every stream, the decoded sizes, the state's shape) before the caller restores
// anything; each problem is a SnapshotError with a one-line message. Writing goes to
// FILE.tmp, then renames it over FILE.

import { createHash } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { deserialize, serialize } from 'node:v8';
import { deflate, inflate } from 'node:zlib';
import { promisify } from 'node:util';
import { RAM_PAGE, type RamImage } from './ram-image.ts';
import { identityMismatch, SnapshotError, type BoardIdentity, type Snapshot } from './snapshot.ts';
import type { FieldsState, StateValue } from './state-fields.ts';

export const SNAPSHOT_MAGIC = Buffer.from('ZVMSNAP\n', 'latin1');
export const SNAPSHOT_FILE_VERSION = 2;
/** Uncompressed bytes of RAM per compressed chunk. */
const RAM_CHUNK = 4 << 20;
/** zlib level: 1 (fastest) was measured best for RAM (tools/snapshot-bench.ts). */
const LEVEL = 1;
const MAX_HEADER = 1 << 20;
const MAX_STATE = 256 << 20;

const deflateAsync = promisify(deflate);
const inflateAsync = promisify(inflate);

interface Section {
  name: string;
  /** From the end of the header's digest. */
  offset: number;
  /** Bytes stored in the file. */
  length: number;
  /** Bytes once inflated. */
  size: number;
}

export interface SnapshotHeader {
  format: 'zvm-gdbserver machine snapshot';
  identity: BoardIdentity;
  /** SHA-256 of the images the board was started with, when the saver knew them. */
  images: string | null;
  retired: number;
  created: string;
  sections: Section[];
}

/** Encodes `snap` as the bytes of a snapshot file. */
export async function encodeSnapshot(snap: Snapshot, images: string | null = null): Promise<Buffer[]> {
  const state = serialize({ retired: snap.retired, parts: snap.parts, flash: snap.flash, extensions: snap.extensions });
  const raw: { name: string; data: Uint8Array }[] = [
    { name: 'state', data: state },
    { name: 'ram.pages', data: new Uint8Array(snap.ram.pages.buffer, snap.ram.pages.byteOffset, snap.ram.pages.byteLength) },
  ];
  for (let at = 0, i = 0; at < snap.ram.data.length; at += RAM_CHUNK, i++) raw.push({ name: `ram.${i}`, data: snap.ram.data.subarray(at, at + RAM_CHUNK) });
  const packed = await Promise.all(raw.map((s) => deflateAsync(s.data, { level: LEVEL })));
  const sections: Section[] = [];
  let offset = 0;
  raw.forEach((s, i) => {
    sections.push({ name: s.name, offset, length: packed[i].length, size: s.data.length });
    offset += packed[i].length;
  });
  const h: SnapshotHeader = {
    format: 'zvm-gdbserver machine snapshot',
    identity: snap.identity,
    images,
    retired: snap.retired,
    created: new Date().toISOString(),
    sections,
  };
  const json = Buffer.from(JSON.stringify(h), 'utf8');
  const fixed = Buffer.alloc(16);
  SNAPSHOT_MAGIC.copy(fixed, 0);
  fixed.writeUInt32LE(SNAPSHOT_FILE_VERSION, 8);
  fixed.writeUInt32LE(json.length, 12);
  return [fixed, json, createHash('sha256').update(json).digest(), ...packed];
}

/** Writes `snap` to `path` (through `path`.tmp, renamed into place). Returns the file size. */
export async function writeSnapshotFile(path: string, snap: Snapshot, images: string | null = null): Promise<number> {
  const parts = await encodeSnapshot(snap, images);
  const tmp = `${path}.tmp`;
  await rm(tmp, { force: true }); // a leftover (or a link planted there) is not written through
  const fh = await open(tmp, 'wx');
  let bytes = 0;
  try {
    for (const p of parts) {
      await fh.write(p);
      bytes += p.length;
    }
    await fh.sync();
  } catch (e) {
    await fh.close();
    await rm(tmp, { force: true });
    throw e;
  }
  await fh.close();
  await rename(tmp, path);
  return bytes;
}

function fail(what: string): never {
  throw new SnapshotError(what);
}

/** Checks the fixed part and the header of a snapshot file's bytes. */
export function readSnapshotHeader(file: Buffer): SnapshotHeader {
  if (file.length < 16 || !file.subarray(0, 8).equals(SNAPSHOT_MAGIC)) fail('not a zvm-gdbserver snapshot file');
  const version = file.readUInt32LE(8);
  if (version !== SNAPSHOT_FILE_VERSION) fail(`snapshot format version ${version}; this zvm-gdbserver reads version ${SNAPSHOT_FILE_VERSION}`);
  const len = file.readUInt32LE(12);
  if (len > MAX_HEADER || 16 + len + 32 > file.length) fail('the file is truncated (in its header)');
  const json = file.subarray(16, 16 + len);
  if (!createHash('sha256').update(json).digest().equals(file.subarray(16 + len, 16 + len + 32))) fail('the header is corrupt (checksum mismatch)');
  let h: SnapshotHeader;
  try {
    h = JSON.parse(json.toString('utf8')) as SnapshotHeader;
  } catch {
    fail('the header is corrupt (not JSON)');
  }
  if (h.format !== 'zvm-gdbserver machine snapshot' || typeof h.identity !== 'object' || !Array.isArray(h.sections)) fail('the header is incomplete');
  for (const s of h.sections) {
    if (typeof s.name !== 'string' || ![s.offset, s.length, s.size].every((n) => Number.isSafeInteger(n) && n >= 0)) fail('the header lists a bad section');
    if (16 + len + 32 + s.offset + s.length > file.length) fail(`the file is truncated (section ${s.name} ends past its end)`);
    s.offset += 16 + len + 32;
  }
  return h;
}

async function inflateSection(file: Buffer, s: Section, limit: number): Promise<Buffer> {
  if (s.size > limit) fail(`section ${s.name} is too large (${s.size} bytes)`);
  let data: Buffer;
  try {
    data = await inflateAsync(file.subarray(s.offset, s.offset + s.length), { maxOutputLength: Math.max(1, s.size) });
  } catch (e) {
    fail(`section ${s.name} is corrupt (${(e as Error).message})`);
  }
  if (data.length !== s.size) fail(`section ${s.name} is corrupt (${data.length} bytes where ${s.size} were written)`);
  return data;
}

/**
 * Decodes a snapshot file's bytes completely. `board`, when given, is the identity of the
 * board it is for: another one is refused before anything is inflated.
 */
export async function decodeSnapshot(file: Buffer, board?: BoardIdentity): Promise<{ snap: Snapshot; header: SnapshotHeader }> {
  const h = readSnapshotHeader(file);
  if (board !== undefined) {
    const m = identityMismatch(h.identity, board);
    if (m !== null) fail(m);
  }
  const ramSize = h.identity.ramSize;
  if (!Number.isSafeInteger(ramSize) || ramSize <= 0 || ramSize % RAM_PAGE !== 0) fail('the header names a bad RAM size');
  const byName = new Map(h.sections.map((s) => [s.name, s]));
  const need = (name: string) => byName.get(name) ?? fail(`section ${name} is missing`);
  const ramChunks = h.sections.filter((s) => /^ram\.\d+$/.test(s.name));
  ramChunks.forEach((s, i) => s.name === `ram.${i}` || fail('the RAM sections are out of order'));
  const [state, pagesRaw, ...chunks] = await Promise.all([
    inflateSection(file, need('state'), MAX_STATE),
    inflateSection(file, need('ram.pages'), (ramSize / RAM_PAGE) * 4),
    ...ramChunks.map((s) => inflateSection(file, s, RAM_CHUNK)),
  ]);
  if (pagesRaw.length % 4 !== 0) fail('section ram.pages is corrupt');
  const pages = new Uint32Array(pagesRaw.length / 4);
  new Uint8Array(pages.buffer).set(pagesRaw);
  const total = chunks.reduce((n, c) => n + c.length, 0);
  if (total !== pages.length * RAM_PAGE) fail(`RAM sections hold ${total} bytes for ${pages.length} pages`);
  const data = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    data.set(c, at);
    at += c.length;
  }
  let s: { retired: number; parts: Record<string, FieldsState>; flash: Map<number, Uint8Array> | null; extensions: Record<string, StateValue> };
  try {
    s = deserialize(state) as typeof s;
  } catch (e) {
    fail(`section state is corrupt (${(e as Error).message})`);
  }
  if (typeof s !== 'object' || s === null || typeof s.parts !== 'object' || typeof s.extensions !== 'object') fail('section state is incomplete');
  const ram: RamImage = { size: ramSize, pages, data };
  return { snap: { identity: h.identity, retired: s.retired, parts: s.parts, flash: s.flash ?? null, ram, extensions: s.extensions }, header: h };
}

/** Reads and decodes a snapshot file; every problem is a one-line SnapshotError. */
export async function readSnapshotFile(path: string, board?: BoardIdentity): Promise<{ snap: Snapshot; header: SnapshotHeader }> {
  let file: Buffer;
  try {
    file = await readFile(path);
  } catch (e) {
    fail(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  return decodeSnapshot(file, board);
}

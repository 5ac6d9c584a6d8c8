// The host memory of one board: guest RAM plus the PE state that compiled WebAssembly code
// reads and writes (general registers, the condition flags, the software TLBs, the
// self-modifying-code marks), all in one WebAssembly.Memory, so that code compiled by the
// execution tier (cpu/wasm-tier.ts) reaches every one of them with a single load or store.
//
// Layout: [0, HEADER): areas handed out by allocate() (PE state, TLB arrays, code-line
// marks); [ramOffset, ramOffset + ramSize): guest RAM. A 32-bit WebAssembly memory stops at
// 4 GiB: RAM larger than what fits beside the header (about 4,060 MiB) lives in plain
// ArrayBuffers instead, and the PEs then run on the JavaScript tier (wasmMemory is null).
//
// The memory is shared (its buffer a SharedArrayBuffer, never detached): V8 compiles every
// access to a typed array over a plain WebAssembly memory with a detach check, which made
// the interpreter 30% slower on bench.elf (48 vs 68 MIPS) with the registers there. Only
// one thread ever touches it.

const WASM_PAGE = 65536;
/** Bytes for allocate(): the PE areas, then the code-line marks (one byte per 256 bytes of RAM). */
const PE_AREAS = 16 << 20;
/** The largest WebAssembly memory (65,536 pages) minus one page of slack. */
const WASM_MAX_BYTES = 4 * 1024 * 1024 * 1024 - WASM_PAGE;

export class MachineMemory {
  /** The memory compiled code imports, or null when RAM does not fit in one (see above). */
  readonly wasmMemory: WebAssembly.Memory | null;
  /** Size of wasmMemory in 64 KiB pages (0 without one). */
  readonly wasmPages: number;
  /** The buffer that allocate() hands out views of (wasmMemory's when there is one). */
  readonly buffer: ArrayBufferLike;
  /** The buffer holding RAM, and RAM's byte offset in it. */
  readonly ramBuffer: ArrayBufferLike;
  readonly ramOffset: number;
  private next = 64; // offset 0 stays unused: a zero offset is never a valid area
  private readonly limit: number;

  constructor(readonly ramSize: number) {
    const header = align(PE_AREAS + Math.ceil(ramSize / 256), WASM_PAGE);
    if (align(header + ramSize, WASM_PAGE) <= WASM_MAX_BYTES) {
      const pages = Math.ceil((header + ramSize) / WASM_PAGE);
      this.wasmMemory = new WebAssembly.Memory({ initial: pages, maximum: pages, shared: true });
      this.wasmPages = pages;
      this.buffer = this.wasmMemory.buffer;
      this.ramBuffer = this.buffer;
      this.ramOffset = header;
    } else {
      this.wasmMemory = null;
      this.wasmPages = 0;
      this.buffer = new ArrayBuffer(header);
      this.ramBuffer = new ArrayBuffer(ramSize);
      this.ramOffset = 0;
    }
    this.limit = header;
  }

  /**
   * A zeroed area of `bytes` bytes aligned to `alignment`, in wasmMemory when there is one:
   * its byte offset in `buffer`; -1 when the header is full (the caller then keeps its state
   * in its own arrays, out of compiled code's reach). Areas are never freed.
   */
  allocate(bytes: number, alignment = 8): number {
    const at = align(this.next, alignment);
    if (at + bytes > this.limit) return -1;
    this.next = at + bytes;
    return at;
  }
}

function align(v: number, a: number): number {
  return Math.ceil(v / a) * a;
}

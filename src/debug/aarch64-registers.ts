// The AArch64 register view GDB sees: the target description (org.gnu.gdb.aarch64.core
// and .fpu) and the mapping from GDB register numbers to PE state.

import type { Cpu } from '../machine/cpu/cpu.ts';
import { out } from '../machine/cpu/bits.ts';
import { SYSREG, SYSREGS } from '../machine/cpu/sysregs.ts';
import { GIC_SIDE_EFFECT_READS } from '../machine/gic/sysregs.ts';
import type { HostContext, Vcpu, VcpuSnapshot } from '../zvm/awareness.ts';

export const REG = {
  X0: 0,
  SP: 31,
  PC: 32,
  CPSR: 33,
  V0: 34,
  FPSR: 66,
  FPCR: 67,
} as const;

/** Registers of the core and fpu features (the `g` block is the core part). */
export const REGISTER_COUNT = 68;

/**
 * The system registers GDB sees, generated from the one system-register table: every row
 * but the `*_EL12` aliases, write-only rows, reads with side effects (GIC acknowledges) and
 * the names the fpu feature already has. Numbered from REGISTER_COUNT in table order.
 */
const DEBUG_SYSREGS: readonly { name: string; row: number; readOnly: boolean }[] = SYSREGS.flatMap((r, row) =>
  r.aliasOf !== undefined || r.access === 'wo' || GIC_SIDE_EFFECT_READS.has(r.name) || r.name === 'FPCR' || r.name === 'FPSR'
    ? []
    : [{ name: r.name.toLowerCase(), row, readOnly: r.access === 'ro' }],
);

/**
 * The system register GDB register `n` names. Each has two numbers: its own (lower case,
 * group "system") and, after all of those, its QEMU spelling (`SP_EL0`, `VBAR_EL1`: what
 * users of QEMU's gdbstub and Linux's GDB scripts type, e.g. `$lx_current()` reads `$SP_EL0`).
 */
function debugSysreg(n: number): (typeof DEBUG_SYSREGS)[number] | undefined {
  const i = n - REGISTER_COUNT;
  return i < 0 ? undefined : DEBUG_SYSREGS[i < DEBUG_SYSREGS.length ? i : i - DEBUG_SYSREGS.length];
}

/** Size in bytes of GDB register `n`. */
export function registerSize(n: number): number {
  if (n < REG.CPSR) return 8;
  if (n === REG.CPSR) return 4;
  if (n < REG.FPSR) return 16;
  if (n < REGISTER_COUNT) return 4;
  return debugSysreg(n) === undefined ? 0 : 8;
}

/**
 * The EL2 registers that describe a vCPU's last exit to the hypervisor (its syndrome). A VM's
 * thread shows them as its snapshot captured them at that exit, read-only.
 */
const EXIT_RECORD = new Set(['esr_el2', 'far_el2', 'hpfar_el2']);

/** Whether GDB register `n` is one of a vCPU's exit-record registers (ESR/FAR/HPFAR_EL2). */
export function isExitRecordRegister(n: number): boolean {
  const r = debugSysreg(n);
  return r !== undefined && EXIT_RECORD.has(r.name);
}

/** A register a guest can name (not an EL2/EL3 register nor an EL2 host's `*_EL12`/`*_EL02` alias), or its exit record. */
const inGuestView = (name: string): boolean => !/_el(2|3|12|02)$/.test(name) || EXIT_RECORD.has(name);

/**
 * The system registers (`vm`: only those of a guest's view); numbers are the same in both.
 * The QEMU spellings are a group of their own, so `info registers system` lists each once,
 * and GDB does not save and restore them twice around an inferior call.
 */
function sysregFeature(vm: boolean): string {
  const n = DEBUG_SYSREGS.length;
  const regs = DEBUG_SYSREGS.flatMap((r, i) =>
    vm && !inGuestView(r.name)
      ? []
      : [
          `  <reg name="${r.name}" bitsize="64" type="uint64" regnum="${REGISTER_COUNT + i}" group="system"/>`,
          `  <reg name="${r.name.toUpperCase()}" bitsize="64" type="uint64" regnum="${REGISTER_COUNT + n + i}" group="qemu_names" save-restore="no"/>`,
        ],
  );
  return `<?xml version="1.0"?>
<!DOCTYPE feature SYSTEM "gdb-target.dtd">
<feature name="org.zvm.aarch64.sysregs">
${regs.join('\n')}
</feature>
`;
}

function coreFeature(): string {
  const regs: string[] = [];
  for (let i = 0; i <= 30; i++) regs.push(`  <reg name="x${i}" bitsize="64" type="int" regnum="${i}"/>`);
  regs.push('  <reg name="sp" bitsize="64" type="data_ptr" regnum="31"/>');
  regs.push('  <reg name="pc" bitsize="64" type="code_ptr" regnum="32"/>');
  regs.push('  <reg name="cpsr" bitsize="32" type="cpsr_flags" regnum="33"/>');
  return `<?xml version="1.0"?>
<!DOCTYPE feature SYSTEM "gdb-target.dtd">
<feature name="org.gnu.gdb.aarch64.core">
  <flags id="cpsr_flags" size="4">
    <field name="SP" start="0" end="0"/>
    <field name="EL" start="2" end="3"/>
    <field name="nRW" start="4" end="4"/>
    <field name="F" start="6" end="6"/>
    <field name="I" start="7" end="7"/>
    <field name="A" start="8" end="8"/>
    <field name="D" start="9" end="9"/>
    <field name="V" start="28" end="28"/>
    <field name="C" start="29" end="29"/>
    <field name="Z" start="30" end="30"/>
    <field name="N" start="31" end="31"/>
  </flags>
${regs.join('\n')}
</feature>
`;
}

function fpuFeature(): string {
  const regs: string[] = [];
  for (let i = 0; i < 32; i++) regs.push(`  <reg name="v${i}" bitsize="128" type="aarch64v" regnum="${REG.V0 + i}"/>`);
  return `<?xml version="1.0"?>
<!DOCTYPE feature SYSTEM "gdb-target.dtd">
<feature name="org.gnu.gdb.aarch64.fpu">
  <vector id="v2d" type="ieee_double" count="2"/>
  <vector id="v2u" type="uint64" count="2"/>
  <vector id="v2i" type="int64" count="2"/>
  <vector id="v4f" type="ieee_single" count="4"/>
  <vector id="v4u" type="uint32" count="4"/>
  <vector id="v4i" type="int32" count="4"/>
  <vector id="v8u" type="uint16" count="8"/>
  <vector id="v8i" type="int16" count="8"/>
  <vector id="v16u" type="uint8" count="16"/>
  <vector id="v16i" type="int8" count="16"/>
  <vector id="v1u" type="uint128" count="1"/>
  <vector id="v1i" type="int128" count="1"/>
  <union id="vnd"><field name="f" type="v2d"/><field name="u" type="v2u"/><field name="s" type="v2i"/></union>
  <union id="vns"><field name="f" type="v4f"/><field name="u" type="v4u"/><field name="s" type="v4i"/></union>
  <union id="vnh"><field name="u" type="v8u"/><field name="s" type="v8i"/></union>
  <union id="vnb"><field name="u" type="v16u"/><field name="s" type="v16i"/></union>
  <union id="vnq"><field name="u" type="v1u"/><field name="s" type="v1i"/></union>
  <union id="aarch64v"><field name="d" type="vnd"/><field name="s" type="vns"/><field name="h" type="vnh"/><field name="b" type="vnb"/><field name="q" type="vnq"/></union>
${regs.join('\n')}
  <reg name="fpsr" bitsize="32" type="int" regnum="${REG.FPSR}"/>
  <reg name="fpcr" bitsize="32" type="int" regnum="${REG.FPCR}"/>
</feature>
`;
}

const targetXml = (sysregs: string) => `<?xml version="1.0"?>
<!DOCTYPE target SYSTEM "gdb-target.dtd">
<target>
  <architecture>aarch64</architecture>
  <xi:include href="aarch64-core.xml"/>
  <xi:include href="aarch64-fpu.xml"/>
  <xi:include href="${sysregs}"/>
</target>
`;

const SHARED: Record<string, string> = {
  'aarch64-core.xml': coreFeature(),
  'aarch64-fpu.xml': fpuFeature(),
  'zvm-sysregs.xml': sysregFeature(false),
  'zvm-sysregs-guest.xml': sysregFeature(true),
};

/**
 * The target description file `annex` for a thread of the board or hypervisor ('host': every
 * system register, EL2 included) or of a VM ('guest': the EL1/EL0 registers a guest sees).
 */
export function targetDescription(annex: string, view: 'host' | 'guest' = 'host'): string | undefined {
  if (annex === 'target.xml') return targetXml(view === 'guest' ? 'zvm-sysregs-guest.xml' : 'zvm-sysregs.xml');
  return SHARED[annex];
}

/** Reads GDB register `n` of `cpu` into `dst` (little-endian); returns bytes written. */
export function readRegister(cpu: Cpu, n: number, dst: Uint8Array, at: number): number {
  const view = new DataView(dst.buffer, dst.byteOffset);
  if (n <= REG.CPSR) return readCore(view, at, n, cpu.x, cpu.pcLo, cpu.pcHi, n === REG.CPSR ? cpu.getPstate() : 0);
  if (n < REG.FPSR) {
    const v = n - REG.V0;
    for (let w = 0; w < 4; w++) view.setInt32(at + 4 * w, cpu.vreg[4 * v + w], true);
    return 16;
  }
  if (n === REG.FPSR || n === REG.FPCR) {
    view.setUint32(at, Number(cpu.sys.get(n === REG.FPSR ? 'FPSR' : 'FPCR')), true);
    return 4;
  }
  const sysreg = debugSysreg(n);
  if (sysreg !== undefined) {
    const lo = cpu.sys.readIndex(sysreg.row);
    view.setInt32(at, lo, true);
    view.setInt32(at + 4, out.hi, true);
    return 8;
  }
  return 0;
}

/** Writes GDB register `n` from `src` at `at`; returns false for unknown registers. */
export function writeRegister(cpu: Cpu, n: number, src: Uint8Array, at: number): boolean {
  const view = new DataView(src.buffer, src.byteOffset);
  if (n <= REG.SP) {
    const i = n === REG.SP ? 32 : n;
    cpu.x[2 * i] = view.getInt32(at, true);
    cpu.x[2 * i + 1] = view.getInt32(at + 4, true);
    return true;
  }
  if (n === REG.PC) {
    cpu.pcLo = view.getInt32(at, true);
    cpu.pcHi = view.getInt32(at + 4, true);
    return true;
  }
  if (n === REG.CPSR) {
    cpu.setPstate(view.getUint32(at, true));
    return true;
  }
  if (n < REG.FPSR) {
    const v = n - REG.V0;
    for (let w = 0; w < 4; w++) cpu.vreg[4 * v + w] = view.getInt32(at + 4 * w, true);
    return true;
  }
  if (n === REG.FPSR || n === REG.FPCR) {
    cpu.sys.set(n === REG.FPSR ? 'FPSR' : 'FPCR', BigInt(view.getUint32(at, true)));
    return true;
  }
  const sysreg = debugSysreg(n);
  if (sysreg !== undefined && !sysreg.readOnly) {
    cpu.sys.writeIndex(sysreg.row, view.getInt32(at, true), view.getInt32(at + 4, true));
    return true;
  }
  return false;
}

// ---- vCPUs that are not running: their snapshot (src/zvm/awareness.ts) ---------------

const FPSR_ROW = SYSREG.FPSR;
const FPCR_ROW = SYSREG.FPCR;

/** Reads GDB register `n` (x0-x30, SP, PC, CPSR) of a hypervisor's context saved at its ERET into a guest. */
export function readHostRegister(h: HostContext, n: number, dst: Uint8Array, at: number): number {
  return readCore(new DataView(dst.buffer, dst.byteOffset), at, n, h.x, h.pcLo, h.pcHi, h.pstate);
}

/** x0-x30, SP (`x` in the PE's layout: two int32 halves each, SP at 32), PC or CPSR. */
function readCore(view: DataView, at: number, n: number, x: Int32Array, pcLo: number, pcHi: number, pstate: number): number {
  if (n <= REG.SP) {
    const i = n === REG.SP ? 32 : n;
    view.setInt32(at, x[2 * i], true);
    view.setInt32(at + 4, x[2 * i + 1], true);
    return 8;
  }
  if (n === REG.PC) {
    view.setInt32(at, pcLo, true);
    view.setInt32(at + 4, pcHi, true);
    return 8;
  }
  view.setUint32(at, pstate >>> 0, true);
  return 4;
}

/** Reads GDB register `n` of a vCPU's snapshot into `dst`; returns bytes written. */
export function readSnapshotRegister(s: VcpuSnapshot, n: number, dst: Uint8Array, at: number): number {
  const view = new DataView(dst.buffer, dst.byteOffset);
  if (n <= REG.CPSR) return readCore(view, at, n, s.x, s.pcLo, s.pcHi, s.pstate);
  if (n < REG.FPSR) {
    const v = n - REG.V0;
    for (let w = 0; w < 4; w++) view.setInt32(at + 4 * w, s.vreg[4 * v + w], true);
    return 16;
  }
  if (n === REG.FPSR || n === REG.FPCR) {
    view.setInt32(at, s.sys[2 * (n === REG.FPSR ? FPSR_ROW : FPCR_ROW)], true);
    return 4;
  }
  const sysreg = debugSysreg(n);
  if (sysreg !== undefined) {
    // The stored value (registers computed on read, e.g. counters, show what was stored).
    view.setInt32(at, s.sys[2 * sysreg.row], true);
    view.setInt32(at + 4, s.sys[2 * sysreg.row + 1], true);
    return 8;
  }
  return 0;
}

/** Writes GDB register `n` of a vCPU that is not running (applied when it next enters). */
export function writeSnapshotRegister(v: Vcpu, n: number, src: Uint8Array, at: number): boolean {
  const view = new DataView(src.buffer, src.byteOffset);
  if (n <= REG.SP) {
    v.writeX(n === REG.SP ? 32 : n, view.getInt32(at, true), view.getInt32(at + 4, true));
    return true;
  }
  if (n === REG.PC) {
    v.writePC(view.getInt32(at, true), view.getInt32(at + 4, true));
    return true;
  }
  if (n === REG.CPSR) {
    v.writePstate(view.getUint32(at, true));
    return true;
  }
  if (n < REG.FPSR) {
    const words = [0, 1, 2, 3].map((w) => view.getInt32(at + 4 * w, true));
    v.writeV(n - REG.V0, words);
    return true;
  }
  if (n === REG.FPSR || n === REG.FPCR) {
    v.writeSys(n === REG.FPSR ? FPSR_ROW : FPCR_ROW, view.getInt32(at, true), 0);
    return true;
  }
  const sysreg = debugSysreg(n);
  if (sysreg !== undefined && !sysreg.readOnly) {
    v.writeSys(sysreg.row, view.getInt32(at, true), view.getInt32(at + 4, true));
    return true;
  }
  return false;
}

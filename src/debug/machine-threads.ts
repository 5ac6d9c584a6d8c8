// How GDB sees the board: process 1 is the board/hypervisor (threads = PEs), and every VM
// is a process of its own (threads = its vCPUs). Shared by the target and its helpers.

import type { VirtBoard } from '../machine/board/virt.ts';
import type { Cpu } from '../machine/cpu/cpu.ts';
import type { StopEvent, ThreadId } from '../rsp/target.ts';
import type { Vcpu, Vm, VmAwareness } from '../zvm/awareness.ts';

export const MACHINE_PID = 1;
/** The pid of the first VM seen; the next ones follow in discovery order. */
export const FIRST_VM_PID = 2;

/** A thread resolved: a PE of process 1, or a vCPU of a VM process. */
export type Resolved = { readonly kind: 'pe'; readonly cpu: Cpu } | { readonly kind: 'vcpu'; readonly vm: Vm; readonly vcpu: Vcpu };

/** The stop of one thread with a signal. */
export type SignalStop = Extract<StopEvent, { kind: 'signal' }>;

/** What the target's helpers (non-stop mode, monitor commands) use of it in common. */
export interface MachineView {
  readonly board: VirtBoard;
  /** VM awareness (boards with EL2); null: process 1 only. */
  readonly awareness: VmAwareness | null;
  pidOf(vm: Vm): number;
  /** The PE or vCPU of a thread (it becomes the current thread); throws if there is none. */
  resolve(thread: ThreadId): Resolved;
  /** Looks at the PEs for new VMs, names them and retires the deleted ones. */
  refreshVms(): void;
  /** Resets the board (CPU 0 restarts at the image entry point). */
  resetBoard(): void;
}

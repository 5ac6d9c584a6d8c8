// The VM awareness in a machine snapshot. Its books cannot be re-derived from the hardware:
// a vCPU that is not running exists only as the registers captured at its last exit (the
// hypervisor keeps its own copy in a layout we do not read), and VM numbering (GDB's
// process ids) is discovery order. So the VMs and vCPUs are saved with their snapshots and
// pending register writes, and restored as new objects in the same order.

import type { SnapshotExtension } from '../machine/snapshot/snapshot.ts';
import { restoreFields, saveFields, shapeMismatch, type FieldsState, type StateSpec, type StateValue } from '../machine/snapshot/state-fields.ts';
import { Vcpu, Vm, type VmAwareness } from './awareness.ts';

const VM_SPEC: StateSpec = { fields: ['ordinal', 'baddr', 'vttbrLo', 'vttbrHi', 'vtcrLo', 'gone'], loose: ['name'], rebuilt: ['vcpus', 'byMpidr'] };
const VCPU_SPEC: StateSpec = {
  fields: ['mpidr', 'pe', 'lastPe', 'exits', 'dirtyX', 'dirtyV', 'dirtySys', 'dirtyPc', 'dirtyPstate', 'dirty'],
  rebuilt: ['vm', 'snapshot'],
};
const SNAPSHOT_SPEC: StateSpec = { fields: ['x', 'vreg', 'sys', 'pcLo', 'pcHi', 'pstate', 'valid'], rebuilt: [] };

interface VcpuState {
  vcpu: FieldsState;
  regs: FieldsState;
}
interface VmState {
  vm: FieldsState;
  vcpus: VcpuState[];
}

/** A vCPU of no VM, whose saved fields give the shape a file's must have. */
const templateVm = new Vm(0, 0);
const templateVcpu = templateVm.vcpuFor(0, null);
const VM_TEMPLATE = saveFields(templateVm, { fields: VM_SPEC.fields, rebuilt: [] }, 'vm');
const VCPU_TEMPLATE = saveFields(templateVcpu, VCPU_SPEC, 'vcpu');
const REGS_TEMPLATE = saveFields(templateVcpu.snapshot, SNAPSHOT_SPEC, 'vcpu.snapshot');

function checkState(state: unknown, pes: number): string | null {
  if (!Array.isArray(state)) return 'not a list of VMs';
  for (const [i, s] of (state as VmState[]).entries()) {
    if (typeof s !== 'object' || s === null || !Array.isArray(s.vcpus)) return `VM ${i}: incomplete`;
    const fields = Object.fromEntries(VM_SPEC.fields.map((f) => [f, s.vm?.[f]]));
    const m = shapeMismatch(VM_TEMPLATE, fields, `vm${i}`);
    if (m !== null) return m;
    if (s.vm.ordinal !== i) return `VM ${i}: numbered ${String(s.vm.ordinal)}`;
    if (s.vm.name !== undefined && typeof s.vm.name !== 'string') return `VM ${i}: bad name`;
    for (const [k, v] of s.vcpus.entries()) {
      const m2 = shapeMismatch(VCPU_TEMPLATE, v?.vcpu, `vm${i}.vcpu${k}`) ?? shapeMismatch(REGS_TEMPLATE, v?.regs, `vm${i}.vcpu${k}.snapshot`);
      if (m2 !== null) return m2;
      const pe = v.vcpu.pe as number;
      if (!Number.isInteger(pe) || pe < -1 || pe >= pes) return `vm${i}.vcpu${k}: on PE ${pe}`;
    }
  }
  return null;
}

/** Whether a saved awareness state (checked) has VM `ordinal` with a vCPU of affinity index `index`. */
export function savedVcpuExists(state: StateValue | undefined, ordinal: number, index: number): boolean {
  const vm = (state as unknown as VmState[] | undefined)?.[ordinal];
  return vm !== undefined && vm.vm.gone !== true && vm.vcpus.some((v) => ((v.vcpu.mpidr as number) & 0xff_ffff) === index);
}

/** The awareness as a snapshot extension of its board. */
export function awarenessExtension(aw: VmAwareness): SnapshotExtension {
  return {
    name: 'zvm.awareness',
    save: (): StateValue =>
      aw.vms.map((vm) => ({
        vm: saveFields(vm, VM_SPEC, vm.label),
        vcpus: vm.vcpus.map((v) => ({ vcpu: saveFields(v, VCPU_SPEC, vm.vcpuName(v)), regs: saveFields(v.snapshot, SNAPSHOT_SPEC, vm.vcpuName(v)) })),
      })) as unknown as StateValue,
    check: (state) => checkState(state, aw.cpus.length),
    restore: (state) => {
      if (state === undefined) {
        // A snapshot without a debugger's books: start them afresh from what the PEs run.
        aw.replaceBooks([]);
        aw.scan();
        return;
      }
      const vms = (state as unknown as VmState[]).map((s) => {
        const vm = new Vm(s.vm.ordinal as number, s.vm.baddr as number);
        restoreFields(vm, VM_SPEC, s.vm);
        for (const v of s.vcpus) {
          const vcpu: Vcpu = vm.vcpuFor(v.vcpu.mpidr as number, null);
          restoreFields(vcpu, { fields: VCPU_SPEC.fields.filter((f) => f !== 'mpidr'), rebuilt: [] }, v.vcpu);
          restoreFields(vcpu.snapshot, SNAPSHOT_SPEC, v.regs);
        }
        return vm;
      });
      aw.replaceBooks(vms);
    },
  };
}

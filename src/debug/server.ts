// Runs the board under a GDB server, like QEMU's -s/-gdb: without -S the board runs at
// once and stops when GDB's first packet arrives; with -S it waits for GDB to resume it. As with QEMU,
// GDB's detach lets the board run on freely; unlike QEMU, so does a last connection that
// just drops (--halt-on-disconnect keeps it stopped for the next one). GDB's kill resets
// the board and holds it until `run`. The process ends when the board powers off and no
// debugger is left attached.

import type { BootState } from '../machine/board/boot.ts';
import { describeEvent, type VirtBoard } from '../machine/board/virt.ts';
import { serveTcp } from '../rsp/index.ts';
import { logger } from '../log.ts';
import { MachineTarget } from './machine-target.ts';
import { VmAwareness } from '../zvm/awareness.ts';
import { HypervisorVmTable } from '../zvm/symbols.ts';
import { HypervisorShell } from '../zvm/shell.ts';
import { readFileSync } from 'node:fs';
import { ExecutableFiles, type VmElfSpec } from './executables.ts';
import { addSnapshotExtension, removeSnapshotExtension } from '../machine/snapshot/snapshot.ts';
import { awarenessExtension } from '../zvm/awareness-state.ts';
import type { RecordReplay } from '../machine/replay/record-replay.ts';

/** What the GDB server is told by its caller (the CLI builds it from its options). */
export interface GdbServerConfig {
  host: string;
  port: number;
  /** -S: the CPUs stay stopped until GDB resumes them; else the board runs at once. */
  waitForDebugger: boolean;
  /** The hypervisor's image (its ELF names VMs and is process 1's program), if given. */
  kernel?: string;
  /** The programs of the VMs, by name prefix. */
  vmElfs: readonly VmElfSpec[];
  /** Log every packet (debug log level). */
  logPackets: boolean;
  /** The directory `monitor trace save NAME` writes to (default: $ZVM_OUTPUT_DIR, else
   *  `zvm-output` in the working directory). */
  outputDir?: string;
  /** GDB connections served at once (default: serveTcp's). */
  maxConnections?: number;
  /** SHA-256 of the boot images, recorded by `monitor savevm`. */
  imagesHash?: () => string | null;
  /** Resets the board and loads its images again (GDB's kill/run, monitor reset, a guest's reset). */
  restartSystem?: () => boolean;
  /** When the last connection drops without detaching, the board stays stopped (QEMU
   *  7.2's way) instead of running on. */
  haltOnDisconnect?: boolean;
  /** MiB the reverse-execution checkpoints may hold (0: none, reverse execution off). */
  reverseMemoryMb?: number;
  /** -icount rr: the run's inputs are recorded or replayed (GDB's writes and steps are inputs). */
  recorder?: RecordReplay;
}

/** A console the server flushes after each run slice (a serial backend of the CLI). */
export interface ConsoleOutput {
  flush(): void;
}

const log = logger('debug');

export async function startGdbServer(board: VirtBoard, serials: readonly ConsoleOutput[], boot: BootState, opts: GdbServerConfig): Promise<number> {
  const { host, port } = opts;
  let finish: (code: number) => void = () => {};
  const finished = new Promise<number>((resolve) => (finish = resolve));
  let exitCode: number | null = null;

  // VMs as processes need EL2; the awareness hooks cost nothing on boards without it.
  const awareness = board.config.virtualization ? new VmAwareness(board.cpus) : null;
  awareness?.enable();
  // The awareness's books go into machine snapshots (a -loadvm's are restored into it now).
  if (awareness !== null) addSnapshotExtension(board, awarenessExtension(awareness));
  let vmTable: HypervisorVmTable | undefined;
  let shell: HypervisorShell | undefined;
  if (awareness !== null && opts.kernel !== undefined) {
    try {
      const elf = readFileSync(opts.kernel);
      vmTable = HypervisorVmTable.fromElf(elf);
      shell = HypervisorShell.fromElf(elf);
    } catch {
      vmTable = undefined; // names are optional: VMs are then vm0, vm1...
    }
  }
  let executables: ExecutableFiles;
  try {
    executables = new ExecutableFiles(opts.kernel, opts.vmElfs);
  } catch (e) {
    process.stderr.write(`zvm-gdbserver: ${(e as Error).message}\n`);
    return 1;
  }
  process.once('exit', () => executables.dispose());
  const target = new MachineTarget(board, boot, {
    executableOf: (vmName) => (vmName === null ? executables.forHypervisor() : executables.forVm(vmName)),
    afterSlice: () => {
      for (const s of serials) s.flush();
    },
    outputDir: opts.outputDir,
    imagesHash: opts.imagesHash,
    restartSystem: opts.restartSystem,
    reverseMemoryMb: opts.reverseMemoryMb,
    recorder: opts.recorder,
    onFinished: (ev) => {
      exitCode = ev.kind === 'poweroff' ? 0 : 1;
      if (ev.kind !== 'poweroff') process.stderr.write(`zvm-gdbserver: ${describeEvent(ev)}\n`);
      if (server.sessions.size === 0) finish(exitCode);
    },
  }, awareness, vmTable, shell);

  let server: Awaited<ReturnType<typeof serveTcp>>;
  try {
    server = await serveTcp(target, {
      host,
      port,
      logger: logger('rsp'),
      debug: opts.logPackets,
      maxConnections: opts.maxConnections,
      // The board stops for a debugger when its first packet comes, not at the connection:
      // a port probe (connect, close) must not leave the whole system halted.
      onFirstPacket: () => target.stopFreeRun(),
      onSession: (session) => {
        void session.closed.then(() => {
          if (server.sessions.size > 0) return;
          if (target.hasExited || exitCode !== null) finish(exitCode ?? 0);
          else if (!opts.haltOnDisconnect && session.sentPackets) target.releaseAfterDisconnect();
        });
      },
    });
  } catch (e) {
    process.stderr.write(`zvm-gdbserver: cannot listen for GDB on ${host}:${port}: ${(e as Error).message}\n`);
    return 1;
  }
  process.stderr.write(
    `zvm-gdbserver: waiting for GDB on ${server.host}:${server.port}${opts.waitForDebugger ? ' (CPUs stopped until GDB resumes them)' : ''}\n` +
      `  connect with: gdb-multiarch -ex 'target extended-remote ${server.host}:${server.port}'\n`,
  );
  log.info(`GDB server on ${server.host}:${server.port}`);
  if (!opts.waitForDebugger) target.startFreeRun();
  const code = await finished;
  awareness?.disable();
  removeSnapshotExtension(board, 'zvm.awareness');
  executables.dispose();
  await server.close();
  return code;
}

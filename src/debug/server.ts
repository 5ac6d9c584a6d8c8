// Placeholder until the protocol library lands: see issue 2.
import type { VirtBoard } from '../machine/board/virt.ts';
import type { SerialBackend } from '../cli/serial.ts';
import type { Options } from '../cli/qemu-options.ts';

export async function startGdbServer(_b: VirtBoard, _s: SerialBackend[], _e: bigint, _o: Options): Promise<number> {
  throw new Error('GDB server not wired yet');
}

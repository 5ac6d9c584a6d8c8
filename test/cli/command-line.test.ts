// QEMU's command line as scripts and test harnesses write it (ZVM's auto_zvm.sh among
// them), met where a user meets it: the real CLI process. Image placement is checked
// against qemu-system-aarch64 where QEMU is installed.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConsoleSession } from '../../tools/console-session.ts';
import { freePort, RawRsp } from '../helpers/gdb.ts';
import { parseOptions } from '../../src/cli/qemu-options.ts';
import { guestElf } from '../helpers/guests.ts';
import { BOARD_ARGS, CLI_PATH, QEMU_SYSTEM, describeRun, haveQemu, runProcess } from '../helpers/qemu.ts';

const dir = mkdtempSync(join(tmpdir(), 'zvm-cmdline-'));
const cli = (args: readonly string[]) => runProcess(process.execPath, [CLI_PATH, ...args], { timeoutMs: 120_000 });
const qemu = (args: readonly string[]) => runProcess(QEMU_SYSTEM, [...args, '-monitor', 'none'], { timeoutMs: 60_000 });
const cliSession = (args: readonly string[]) => new ConsoleSession(process.execPath, [CLI_PATH, ...args]);

/** The crc guest's last line: it ran to the end and powered off. */
const CRC_DONE = 'crc: done';

/** Expects exit status 1 and a single line on stderr matching `message`. */
async function expectOneLineError(args: readonly string[], message: RegExp): Promise<void> {
  const r = await cli(args);
  expect(r.code, describeRun('cli', r)).toBe(1);
  expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);
  expect(r.stderr).toMatch(message);
}

/** Runs `args` on ours and, where installed, on QEMU: both end with status 0 printing `expected`. */
async function expectAsQemu(args: readonly string[], expected: string): Promise<void> {
  const ours = await cli(args);
  expect(ours.code, describeRun('cli', ours)).toBe(0);
  expect(ours.stdout).toBe(expected);
  if (haveQemu()) {
    const ref = await qemu(args);
    expect(ref.code, describeRun('qemu', ref)).toBe(0);
    expect(ref.stdout.replace(/\r/g, '')).toBe(expected);
  }
}

/** Assembles and links `source` (cross binutils) with `ldArgs`; returns the ELF path. */
function buildElf(name: string, source: string, ldArgs: readonly string[]): string {
  const src = join(dir, `${name}.s`);
  writeFileSync(src, source);
  execFileSync('aarch64-linux-gnu-as', ['-o', join(dir, `${name}.o`), src]);
  const elf = join(dir, `${name}.elf`);
  execFileSync('aarch64-linux-gnu-ld', [...ldArgs, '-o', elf, join(dir, `${name}.o`)]);
  return elf;
}

/** The start of each test program: x1 = the PL011's data register. */
const PROLOGUE = `
.globl _start
_start:
  movz x1, #0x0900, lsl #16
`;

/** Prints a newline on the PL011 and powers off by PSCI over HVC (the board at EL1). */
const EPILOGUE = `
1: mov w2, #'\\n'
  str w2, [x1]
  movz w0, #0x0008
  movk w0, #0x8400, lsl #16
  hvc #0
  b .
`;

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('option names and errors', () => {
  it.each([
    [['-net', 'user', '-kernel', 'x'], /^zvm-gdbserver: -net user: no network device is emulated \(use -net none\)$/m],
    [['--net', 'user', '-kernel', 'x'], /--net user: no network device/],
    [['-frobnicate', '-kernel', 'x'], /unknown option '-frobnicate'/],
    [['-kernel', 'x', 'disk.img'], /^zvm-gdbserver: disk\.img: a disk image \(QEMU's positional argument\) is not emulated; give the program with -kernel$/m],
    [['-M', 'pc', '-kernel', 'x'], /^zvm-gdbserver: -M pc: only the 'virt' board/m],
    [['-machine', 'pc', '-kernel', 'x'], /^zvm-gdbserver: -machine pc: only the 'virt' board/m],
    [['-nic', 'user,model=virtio', '-kernel', 'x'], /-nic user,model=virtio: no network device/],
    [['-accel', 'kvm', '-kernel', 'x'], /-accel kvm: only tcg/],
    [['-log', 'bogus', '-kernel', 'x'], /-log bogus: expected one of error, warn, info, debug/],
    [['--log', 'bogus', '-kernel', 'x'], /--log bogus: expected one of/],
    [['-smp', 'cpus=4,sockets=2', '-kernel', 'x'], /-smp cpus=4,sockets=2: the topology \(2 CPUs\) does not match cpus=4/],
    [['-serial', 'chardev:nope', '-kernel', 'x'], /-serial chardev:nope: no -chardev with id=nope/],
    [['-serial', 'stdio', '-serial', 'pty', '-kernel', 'x'], /-serial pty: pseudo-terminals are not supported; use -serial tcp::PORT,server,wait=off/],
    [['-chardev', 'stdio,id=con', '-serial', 'chardev:con', '-mon', 'chardev=con', '-kernel', 'x'], /chardev 'con' is used by 2 devices: give it mux=on/],
    [['-chardev', 'stdio,id=con,mux=on', '-mon', 'chardev=con,mode=control', '-kernel', 'x'], /only mode=readline/],
    // QEMU: "cannot use stdio by multiple character devices".
    [['-chardev', 'stdio,id=con,mux=on', '-serial', 'chardev:con', '-kernel', 'x'], /stdio is used by chardev 'con' and by the default monitor: share one chardev \(mux=on, -mon chardev=con\) or give -monitor none/],
  ])('%j gives a one-line error naming the option as typed', async (args, message) => {
    await expectOneLineError(args, message);
  }, 120_000);
});

describe('-cpu properties', () => {
  it('runs with properties that match the model (max,sve=off,pauth=off)', async () => {
    const elf = await guestElf('crc-O2');
    const r = await cli(['-M', 'virt', '-cpu', 'max,sve=off,pauth=off,pmu=on', '-nographic', '-kernel', elf]);
    expect(r.code, describeRun('cli', r)).toBe(0);
    expect(r.stdout.trimEnd().endsWith(CRC_DONE)).toBe(true);
    expect(r.stderr).toBe('');
  }, 120_000);

  it.each([
    ['max,sve=on', /-cpu max,sve=on: SVE is not emulated \(the max model here has sve=off\)/],
    ['max,sve256=on', /-cpu max,sve256=on: SVE is not emulated/],
    ['max,mte=on', /-cpu max,mte=on: MTE is not emulated/],
    ['max,pauth=on', /pointer authentication \(FEAT_PAuth\) is not emulated/],
    ['cortex-a53,pmu=off', /-cpu cortex-a53,pmu=off: the PMU cannot be removed/],
    ['max,frob=on', /-cpu max,frob=on: unknown CPU property 'frob'/],
  ])('refuses %s with a one-line error', async (spec, message) => {
    await expectOneLineError(['-M', 'virt', '-cpu', spec, '-kernel', 'x'], message);
  }, 120_000);

  it.each([
    [['-cpu', 'help'], /^Available CPUs:\n {2}cortex-a53\n {2}cortex-a55\n {2}max\n$/],
    [['-M', 'help'], /^Supported machines are:\nvirt +QEMU virt board/],
    [['-machine', 'help'], /^Supported machines are:\nvirt /],
  ])('%j lists what is available and exits 0', async (args, list) => {
    const r = await cli(args);
    expect(r.code, describeRun('cli', r)).toBe(0);
    expect(r.stdout).toMatch(list);
  }, 60_000);
});

describe('compatibility options that change nothing here', () => {
  it('accepts -net none -nic none -accel tcg -smp cpus=1,sockets=1,cores=1,threads=1 -pidfile, and notes -d/-D in one line', async () => {
    const elf = await guestElf('crc-O2');
    const pidfile = join(dir, 'compat.pid');
    const r = await cli([
      ...BOARD_ARGS, '-net', 'none', '-nic', 'none', '-accel', 'tcg', '-smp', 'cpus=1,sockets=1,cores=1,threads=1',
      '-pidfile', pidfile, '-d', 'in_asm,int', '-D', join(dir, 'qemu.log'), '-kernel', elf,
    ]);
    expect(r.code, describeRun('cli', r)).toBe(0);
    expect(r.stdout.trimEnd().endsWith(CRC_DONE)).toBe(true);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^zvm-gdbserver: -d in_asm,int: QEMU's debug logs are not produced here/)]);
    expect(existsSync(pidfile), 'the pid file is removed on exit, as QEMU does').toBe(false);
  }, 120_000);
});

describe('resets, -no-reboot and -icount', () => {
  it('ends the run with status 0 when the guest resets the board under -no-reboot, as QEMU', async () => {
    const elf = buildElf('reset', `${PROLOGUE}  mov w2, #'R'
  str w2, [x1]
  movz w0, #0x0009
  movk w0, #0x8400, lsl #16
  hvc #0
  b .
`, ['-Ttext=0x40080000', '-e', '_start']);
    await expectAsQemu([...BOARD_ARGS, '-no-reboot', '-kernel', elf], 'R');
  }, 120_000);

  // Each boot counts in a word of its image and in RAM no image covers, prints the image's
  // count and resets the board, until the RAM count reaches 3. A reset loads the images
  // again (QEMU's ROM reset), so the image's count restarts from 0 each time: "111".
  it('loads the images again when the guest resets the board, as QEMU', async () => {
    const elf = buildElf('reload', `${PROLOGUE}  movz x5, #0x4400, lsl #16
  ldr w6, [x5]
  add w6, w6, #1
  str w6, [x5]
  adr x3, counter
  ldr w4, [x3]
  add w4, w4, #1
  str w4, [x3]
  add w2, w4, #'0'
  str w2, [x1]
  movz w0, #0x0009
  cmp w6, #3
  b.lt 2f
  movz w0, #0x0008
2: movk w0, #0x8400, lsl #16
  hvc #0
  b .
counter: .word 0
`, ['-Ttext=0x40080000', '-e', '_start']);
    await expectAsQemu([...BOARD_ARGS, '-kernel', elf], '111');
  }, 120_000);

  it('accepts -icount and -rtc, noting that time counts instructions here', async () => {
    const elf = await guestElf('crc-O2');
    const r = await cli([...BOARD_ARGS, '-icount', 'shift=4,align=off,sleep=off', '-rtc', 'clock=vm', '-kernel', elf]);
    expect(r.code, describeRun('cli', r)).toBe(0);
    expect(r.stdout.trimEnd().endsWith(CRC_DONE)).toBe(true);
    expect(r.stderr.trim().split('\n')).toEqual(['zvm-gdbserver: -icount shift=4,align=off,sleep=off: time here always counts instructions (one 62.5 MHz counter tick per instruction)']);
  }, 120_000);

  it('refuses an -icount shift other than ours (4: 16 ns per instruction) with one line', async () => {
    const r = await cli([...BOARD_ARGS, '-icount', 'shift=5', '-kernel', 'none.elf']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      "zvm-gdbserver: -icount shift=5: time here is one 62.5 MHz counter tick (16 ns) per instruction, QEMU's shift=4 (or auto); other shifts are not emulated",
    ]);
  });
});

describe('Ctrl-C on a terminal', () => {
  // The CLI on a pseudo-terminal (python's pty module copies our pipe to it), running a
  // guest that spins forever.
  const onTerminal = (args: readonly string[]) =>
    new ConsoleSession('python3', ['-c', 'import pty, sys; sys.exit(pty.spawn(sys.argv[1:]) >> 8)', process.execPath, CLI_PATH, ...args]);
  /** Waits until the console reads the terminal (raw mode): the monitor answers Ctrl-A c; back to the console. */
  const ready = async (con: ConsoleSession) => {
    con.type('\x01c');
    await con.waitFor('(qemu) ', 60_000);
    con.type('\x01c');
  };
  const spin = () => {
    const file = join(dir, 'spin.bin');
    writeFileSync(file, Buffer.from([0x00, 0x00, 0x00, 0x14])); // b .
    return file;
  };

  it('ends the process on a -chardev stdio (signal=on, as QEMU)', async () => {
    const con = onTerminal([...BOARD_ARGS, '-chardev', 'stdio,id=con,mux=on', '-serial', 'chardev:con', '-mon', 'chardev=con', '-kernel', spin()]);
    try {
      await ready(con);
      con.type('\x03');
      await con.waitFor('terminating on Ctrl-C (signal=off passes it to the guest)', 60_000);
    } finally {
      await con.close();
    }
  }, 120_000);

  it('passes Ctrl-C to the guest with signal=off; Ctrl-A x quits', async () => {
    const con = onTerminal([...BOARD_ARGS, '-chardev', 'stdio,id=con,mux=on,signal=off', '-serial', 'chardev:con', '-mon', 'chardev=con', '-kernel', spin()]);
    try {
      await ready(con);
      con.type('\x03');
      await new Promise((r) => setTimeout(r, 2000));
      expect(con.exited).toBeNull();
      expect(con.output).not.toContain('terminating');
      con.type('\x01x');
      await con.waitFor('terminated by Ctrl-A x', 60_000);
    } finally {
      await con.close();
    }
  }, 120_000);
});

describe('character devices', () => {
  it('sends the console to -chardev file,path=F through -serial chardev:ID', async () => {
    const elf = await guestElf('crc-O2');
    const out = join(dir, 'console.txt');
    const r = await cli([...BOARD_ARGS, '-chardev', `file,id=log,path=${out}`, '-serial', 'chardev:log', '-kernel', elf]);
    expect(r.code, describeRun('cli', r)).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'latin1').trimEnd().endsWith(CRC_DONE)).toBe(true);
  }, 120_000);

  it('names the chardev option when its backend cannot be opened', async () => {
    const elf = await guestElf('crc-O2');
    const missing = join(dir, 'no-such-dir', 'console.txt');
    await expectOneLineError([...BOARD_ARGS, '-chardev', `file,id=log,path=${missing}`, '-serial', 'chardev:log', '-kernel', elf], /^zvm-gdbserver: -chardev file,id=log,path=.*console\.txt: ENOENT/m);
    const port = await freePort(); // nothing listens there
    await expectOneLineError([...BOARD_ARGS, '-chardev', `socket,id=s,host=127.0.0.1,port=${port}`, '-serial', 'chardev:s', '-kernel', elf], /^zvm-gdbserver: -chardev socket,id=s,host=127\.0\.0\.1,port=\d+: connect ECONNREFUSED/m);
  }, 120_000);

  it.each([
    ['-nodefaults', ['-nodefaults']],
    ['-chardev null', ['-chardev', 'null,id=n', '-serial', 'chardev:n']],
  ])('runs without a console under %s', async (_what, extra) => {
    const elf = await guestElf('crc-O2');
    const r = await cli([...BOARD_ARGS, ...extra, '-kernel', elf]);
    expect(r.code, describeRun('cli', r)).toBe(0);
    expect(r.stdout).toBe('');
  }, 120_000);

  /** A TCP client of the monitor: what it printed, and lines to send. */
  class MonitorClient {
    text = '';
    private readonly socket: net.Socket;
    constructor(port: number) {
      this.socket = net.connect(port, '127.0.0.1');
      this.socket.on('data', (d) => (this.text += d.toString('latin1')));
    }
    async waitFor(re: RegExp): Promise<void> {
      const deadline = Date.now() + 60_000;
      while (!re.test(this.text)) {
        if (Date.now() > deadline) throw new Error(`monitor never printed ${re}; got:\n${this.text}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    send(line: string): void {
      this.socket.write(`${line}\n`);
    }
    close(): void {
      this.socket.destroy();
    }
  }
  const monitorArgs = (port: number) => ['-chardev', `socket,id=mon,host=127.0.0.1,port=${port},server=on,wait=off`, '-mon', 'chardev=mon,mode=readline'];

  it('serves the monitor on a TCP socket chardev: info cpus while stopped by -S, then cont runs the guest', async () => {
    const elf = await guestElf('crc-O2');
    const port = await freePort();
    const con = cliSession([...BOARD_ARGS, ...monitorArgs(port), '-smp', 'cpus=2,sockets=1,cores=2,threads=1', '-S', '-kernel', elf]);
    let mon: MonitorClient | undefined;
    try {
      await con.waitFor("CPUs stopped (-S): type 'cont' in the monitor to start them", 60_000);
      expect(con.output).not.toContain('crc');
      mon = new MonitorClient(port);
      await mon.waitFor(/\(qemu\) $/);
      mon.send('info cpus');
      // Two CPUs from the -smp topology; the second waits for PSCI CPU_ON.
      await mon.waitFor(/\* CPU #0: pc=0x40000000 EL1 on\r\n {2}CPU #1: pc=0x0 EL1 \(powered off\)\r\n\(qemu\) $/);
      mon.send('cont');
      await con.waitFor(CRC_DONE, 120_000);
    } finally {
      mon?.close();
      await con.close();
    }
  }, 240_000);

  it("stops and resumes the CPUs with the monitor's stop and cont", async () => {
    // Prints '.' forever, with a delay loop between dots.
    const elf = buildElf('dots', `${PROLOGUE}  mov w2, #'.'
0: str w2, [x1]
  movz x3, #0x4, lsl #16
1: subs x3, x3, #1
  b.ne 1b
  b 0b
`, ['-Ttext=0x40080000', '-e', '_start']);
    const port = await freePort();
    const con = cliSession([...BOARD_ARGS, ...monitorArgs(port), '-kernel', elf]);
    let mon: MonitorClient | undefined;
    try {
      await con.waitFor('....', 60_000); // running, so the monitor's socket listens
      mon = new MonitorClient(port);
      await mon.waitFor(/\(qemu\) $/);
      mon.send('stop');
      await mon.waitFor(/stop\r\n\(qemu\) $/);
      const stopped = con.output.length;
      await new Promise((r) => setTimeout(r, 1500));
      expect(con.output.length, 'no instruction runs while stopped').toBe(stopped);
      mon.send('cont');
      await con.waitFor('....', 60_000, stopped);
      mon.send('quit');
      const deadline = Date.now() + 60_000;
      while (con.exited === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(con.exited).toBe(0);
    } finally {
      mon?.close();
      await con.close();
    }
  }, 240_000);
});

describe('-S without a GDB server', () => {
  it('is refused when nothing could start the CPUs', async () => {
    const elf = await guestElf('crc-O2');
    await expectOneLineError([...BOARD_ARGS, '-monitor', 'none', '-S', '-kernel', elf], /^zvm-gdbserver: -S: nothing would start the CPUs: add -s or -gdb tcp::PORT/m);
    // The default monitor on stdio, but stdin gives no input (here: closed).
    await expectOneLineError([...BOARD_ARGS, '-S', '-kernel', elf], /-S: nothing can start the CPUs \(the monitor gets no input\)/);
  }, 120_000);

  it('explains how to continue and starts on the monitor\'s cont (Ctrl-A c on the console)', async () => {
    const elf = await guestElf('crc-O2');
    const con = cliSession([...BOARD_ARGS, '-S', '-kernel', elf]);
    try {
      await con.waitFor("CPUs stopped (-S): type 'cont' in the monitor (Ctrl-A c switches the console to it) to start them", 60_000);
      con.type('\x01c');
      await con.waitFor('(qemu) ', 30_000);
      expect(con.output).not.toContain('crc');
      con.type('cont\r');
      await con.waitFor(CRC_DONE, 120_000);
    } finally {
      await con.close();
    }
  }, 240_000);
});

describe('images placed where QEMU places them', () => {
  // A raw program that checks where it runs and what x0 points at: "@" when loaded at
  // 0x4008_0000, "D" when x0 holds a device tree (FDT magic), "X" when that is at
  // 0x4400_0000 (RAM base + RAM / 2 with 128 MiB, where QEMU puts it without an initrd).
  const rawSource = `
.globl _start
_start:
  adr x3, _start
  movz x4, #0x4008, lsl #16
  movz x1, #0x0900, lsl #16
  cmp x3, x4
  b.ne 1f
  mov w2, #'@'
  str w2, [x1]
  ldr w5, [x0]
  movz w6, #0x0dd0
  movk w6, #0xedfe, lsl #16
  cmp w5, w6
  b.ne 1f
  mov w2, #'D'
  str w2, [x1]
  movz x4, #0x4400, lsl #16
  cmp x0, x4
  b.ne 1f
  mov w2, #'X'
  str w2, [x1]
${EPILOGUE}`;

  it('loads a raw -kernel at RAM + 0x80000 with x0 = the DTB at RAM + 64 MiB, as QEMU', async () => {
    const elf = buildElf('raw', rawSource, ['-Ttext=0x40080000', '-e', '_start']);
    const raw = join(dir, 'raw.bin');
    execFileSync('aarch64-linux-gnu-objcopy', ['-O', 'binary', elf, raw]);
    await expectAsQemu([...BOARD_ARGS, '-kernel', raw], '@DX\n');
  }, 120_000);

  // An ELF whose first segment is its headers at 0x40_0000 (in the flash window), as the
  // default linker layout makes: QEMU loads that segment into flash; the program reads it.
  it('loads an ELF segment that lies in flash (the headers at 0x400000), as QEMU', async () => {
    const script = join(dir, 'headers.ld');
    writeFileSync(
      script,
      'ENTRY(_start)\nPHDRS { headers PT_LOAD FILEHDR PHDRS; text PT_LOAD; }\n' +
        'SECTIONS { . = 0x400000 + SIZEOF_HEADERS; .rodata : { *(.rodata) } :headers .text 0x40080000 : { *(.text) } :text }\n',
    );
    const elf = buildElf('flash', `
.section .rodata
  .word 1
.text
.globl _start
_start:
  movz x1, #0x0900, lsl #16
  movz x3, #0x40, lsl #16
  ldr w5, [x3]
  movz w6, #0x457f
  movk w6, #0x464c, lsl #16
  cmp w5, w6
  b.ne 1f
  mov w2, #'E'
  str w2, [x1]
${EPILOGUE}`, ['-T', script]);
    expect(execFileSync('aarch64-linux-gnu-readelf', ['-lW', elf]).toString()).toMatch(/LOAD +0x000000 0x0000000000400000 /);
    await expectAsQemu([...BOARD_ARGS, '-kernel', elf], 'E\n');
  }, 120_000);

  it('refuses images that overlap (a loader over the kernel, two loaders), as QEMU', async () => {
    const elf = await guestElf('crc-O2');
    const blob = join(dir, 'blob.bin');
    writeFileSync(blob, Buffer.alloc(0x100, 0x5a));
    const cases: [string[], RegExp][] = [
      [['-kernel', elf, '-device', `loader,file=${blob},addr=0x40000000,force-raw=on`], /-device loader,file=.*blob\.bin: 0x40000000-0x400000ff overlaps -kernel .*crc-O2\.elf at 0x40000000-/],
      [
        ['-kernel', elf, '-device', `loader,file=${blob},addr=0x44000000`, '-device', `loader,file=${blob},addr=0x44000080`],
        /-device loader,file=.*blob\.bin: 0x44000080-0x4400017f overlaps -device loader,file=.*blob\.bin at 0x44000000-0x440000ff/,
      ],
    ];
    for (const [args, message] of cases) {
      await expectOneLineError([...BOARD_ARGS, ...args], message);
      if (haveQemu()) {
        const ref = await qemu([...BOARD_ARGS, ...args]);
        expect(ref.code, describeRun('qemu', ref)).not.toBe(0);
        expect(ref.stderr).toMatch(/overlap/);
      }
    }
  }, 240_000);
});

describe('GDB server options', () => {
  it('--max-connections N: the connection beyond N gets a refusal GDB prints', async () => {
    const elf = await guestElf('crc-O2');
    const port = await freePort();
    const con = cliSession([...BOARD_ARGS, '-gdb', `tcp::${port}`, '-S', '--max-connections', '1', '-kernel', elf]);
    const clients: RawRsp[] = [];
    try {
      await con.waitFor('waiting for GDB', 60_000);
      const first = await RawRsp.connect(port);
      clients.push(first);
      first.sendPacket('qSupported:multiprocess+');
      await first.expect(/\$[^#]*PacketSize[^#]*#[0-9a-f]{2}/, 30_000);
      const second = await RawRsp.connect(port);
      clients.push(second);
      second.sendPacket('qSupported:multiprocess+');
      expect(await second.expect(/\$E\.[^#]*#[0-9a-f]{2}/, 30_000)).toContain('too many GDB connections (1 open, the limit)');
    } finally {
      for (const c of clients) await c.close();
      await con.close();
    }
  }, 120_000);

  it('checks --max-connections and --output-dir', () => {
    expect(parseOptions(['-kernel', 'x', '--max-connections', '3', '--output-dir', 'traces']).maxConnections).toBe(3);
    expect(parseOptions(['-kernel', 'x', '-output-dir', 'traces']).outputDir).toBe('traces');
    expect(parseOptions(['-kernel', 'x']).maxConnections).toBeUndefined();
    for (const bad of ['0', '65', 'many', '2.5']) {
      expect(() => parseOptions(['-kernel', 'x', '--max-connections', bad])).toThrow(`--max-connections ${bad}: expected a whole number from 1 to 64`);
    }
  });
});

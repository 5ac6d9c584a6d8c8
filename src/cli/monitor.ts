// QEMU's human monitor (HMP), the commands scripts and test harnesses use: info registers,
// info cpus, cpu N, system_reset, stop, cont, quit. It runs on a chardev (-mon, -monitor,
// or muxed with the console: Ctrl-A c).

import type { VirtBoard } from '../machine/board/virt.ts';
import type { LineFrontend } from './serial.ts';

/** What the monitor may do to the run. */
export interface MonitorRun {
  readonly board: VirtBoard;
  /** Resets the board as a PSCI SYSTEM_RESET does; returns why it cannot (recording), or null. */
  reset(): string | null;
  /** Ends the process (flushing the consoles). */
  quit(): void;
  /** Starts the CPUs; returns why it cannot (e.g. GDB controls them), or null. */
  cont(): string | null;
  /** Stops the CPUs; returns why it cannot, or null. */
  stop(): string | null;
  /** Saves the machine to a snapshot file / restores it from one; resolves to the text to print. */
  savevm(file: string): Promise<string>;
  loadvm(file: string): Promise<string>;
  /** `info replay`: record/replay's state. */
  replayInfo(): string;
}

const PROMPT = '(qemu) ';

const HELP = `cont|c           resume the CPUs (after -S or stop)
cpu N            select the CPU that info registers shows
info cpus        list the CPUs (* marks the selected one)
info registers   show the selected CPU's registers
info replay      record/replay: mode, file, instruction count, inputs, state hash
loadvm FILE      restore the machine from snapshot FILE
quit|q           quit the emulator
savevm FILE      save the whole machine to snapshot FILE
stop             stop the CPUs
system_reset     reset the board
`;

const hex64 = (v: bigint) => v.toString(16).padStart(16, '0');

export class HumanMonitor implements LineFrontend {
  private cpu = 0;

  constructor(private readonly run: MonitorRun) {}

  greeting(first: boolean): string {
    return (first ? "zvm-gdbserver monitor - type 'help' for more information\n" : '') + PROMPT;
  }

  line(text: string): string | Promise<string> {
    const reply = this.execute(text.trim());
    return typeof reply === 'string' ? reply + PROMPT : reply.then((r) => r + PROMPT);
  }

  private execute(command: string): string | Promise<string> {
    const [word, ...args] = command.split(/\s+/);
    switch (word) {
      case 'savevm':
      case 'loadvm': {
        const file = command.slice(word.length).trim();
        if (file === '') return `usage: ${word} FILE\n`;
        return word === 'savevm' ? this.run.savevm(file) : this.run.loadvm(file);
      }
      case '':
        return '';
      case 'help':
      case '?':
        return HELP;
      case 'info':
        if (args[0] === 'registers' || args[0] === 'r') return this.registers();
        if (args[0] === 'cpus') return this.cpus();
        if (args[0] === 'replay') return this.run.replayInfo();
        return `info ${args[0] ?? ''}: available are 'info registers', 'info cpus' and 'info replay'\n`;
      case 'cpu': {
        const n = Number(args[0]);
        if (!Number.isInteger(n) || n < 0 || n >= this.run.board.cpus.length) return `cpu ${args[0] ?? ''}: invalid CPU index\n`;
        this.cpu = n;
        return '';
      }
      case 'system_reset': {
        const why = this.run.reset();
        return why === null ? '' : `${why}\n`;
      }
      case 'cont':
      case 'c': {
        const why = this.run.cont();
        return why === null ? '' : `${why}\n`;
      }
      case 'stop': {
        const why = this.run.stop();
        return why === null ? '' : `${why}\n`;
      }
      case 'quit':
      case 'q':
        this.run.quit();
        return '';
      default:
        return `unknown command: '${word}' (try 'help')\n`;
    }
  }

  /** As QEMU's aarch64 dump: PC, X00-X30 four per line, SP, PSTATE with flags and mode. */
  private registers(): string {
    const c = this.run.board.cpus[this.cpu];
    let s = ` PC=${hex64(c.getPC())} `;
    for (let i = 0; i <= 30; i++) s += `X${String(i).padStart(2, '0')}=${hex64(c.getX(i))}${i % 4 === 3 ? '\n' : ' '}`;
    const p = c.getPstate();
    const flags = `${p & 0x8000_0000 ? 'N' : '-'}${p & 0x4000_0000 ? 'Z' : '-'}${p & 0x2000_0000 ? 'C' : '-'}${p & 0x1000_0000 ? 'V' : '-'}`;
    s += ` SP=${hex64(c.getX(32))}\nPSTATE=${(p >>> 0).toString(16).padStart(8, '0')} ${flags} EL${(p >> 2) & 3}${p & 1 ? 'h' : 't'}\n`;
    return s;
  }

  private cpus(): string {
    const b = this.run.board;
    return b.cpus
      .map((c, i) => `${i === this.cpu ? '*' : ' '} CPU #${i}: pc=0x${c.getPC().toString(16)} EL${c.el} ${b.powered[i] ? 'on' : '(powered off)'}\n`)
      .join('');
  }
}

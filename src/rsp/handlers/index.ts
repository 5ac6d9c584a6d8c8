/** The protocol modules a session is assembled from, in `qSupported` order. */
import { breakpoints } from './breakpoints.ts';
import { core } from './core.ts';
import { errors } from './errors.ts';
import { execution } from './execution.ts';
import { files } from './files.ts';
import { memory } from './memory.ts';
import type { ProtocolModule } from './module.ts';
import { monitor } from './monitor.ts';
import { nonstop } from './nonstop.ts';
import { osdata } from './osdata.ts';
import { processes } from './processes.ts';
import { registers } from './registers.ts';
import { reverse } from './reverse.ts';
import { siginfo } from './siginfo.ts';
import { threads } from './threads.ts';

export const PROTOCOL_MODULES: readonly ProtocolModule[] = [
  core,
  registers,
  threads,
  execution,
  reverse,
  memory,
  breakpoints,
  errors,
  nonstop,
  processes,
  monitor,
  siginfo,
  osdata,
  files,
];

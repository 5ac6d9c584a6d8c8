#!/usr/bin/env node
// The command line (tools/cli.ts), run from its bundle: tools/cli-bundle.mjs builds it on the
// first run and after any change of its sources, so `npx zvm-gdbserver` works right after `npm ci`.
import { runCli } from '../tools/cli-bundle.mjs';

await runCli();

# A scripted trap-tracing session with zvm-gdbserver: record every exit of the guests to
# the hypervisor for a while (or until a number of matching exits), save the trace as
# Chrome trace-event JSON (open it in https://ui.perfetto.dev, or render it with
# `npx tsx tools/trace-svg.ts FILE`), and print the exits per VM and exception class.
#
#   gdb-multiarch -nx -batch -ex 'target extended-remote :1234' \
#       -x tools/gdb/trace-traps.py -ex 'trace-traps --seconds 2 --out exits.json'
#
#   trace-traps [--seconds S] [--count N [--timeout S]] [--filter "CLASS... [vm PID]"] [--out NAME]
#
# --seconds S   let the board run S seconds (default 2), then interrupt it
# --count N     instead: stop at each of the next N exits matching the filter (a
#               `monitor catch` catchpoint), printing each hit, then stop tracing
# --timeout S   with --count: give up waiting for the next hit after S seconds (default 10)
#               and interrupt the board. Tracing and the catchpoint end in every case
#               (a timeout, an error, Ctrl-C).
# --filter F    exits to record/catch: hvc|smc|dabt|iabt|sysreg|wfx|irq|ec=N, vm PID
# --out NAME    the file name the server saves the trace as, in its output directory
#               (a new file: the server overwrites nothing)
#
# The server writes the file in its output directory; the script fetches it with
# `remote get` (GDB may run on another machine) and summarises the copy.

import json
import os
import shlex
import tempfile
import time
import threading
from collections import Counter

import gdb


def monitor(command):
    """Runs `monitor COMMAND` and returns what the server printed."""
    return gdb.execute("monitor " + command, to_string=True)


_runs = [0]


def run_for(seconds):
    """Continues the board and interrupts it after `seconds` (all-stop)."""
    _runs[0] += 1
    run = _runs[0]

    def interrupt():
        if run != _runs[0]:
            return  # posted just as that run ended: not this one's to interrupt
        try:
            gdb.execute("interrupt")
        except gdb.error:
            pass  # the board stopped by itself meanwhile

    timer = threading.Timer(seconds, lambda: gdb.post_event(interrupt))
    timer.start()
    try:
        gdb.execute("continue")
    finally:
        timer.cancel()
        _runs[0] += 1


def caught():
    """Whether the last stop was a catchpoint's: its $_siginfo says SI_KERNEL (src/debug/siginfo.ts)."""
    try:
        return int(gdb.parse_and_eval("$_siginfo.si_code")) == 128
    except gdb.error:
        return False


def summarise(path):
    """Exits per VM and class from a saved trace; returns the printed lines."""
    with open(path) as f:
        doc = json.load(f)
    names = {}
    for e in doc["traceEvents"]:
        if e.get("ph") == "M" and e.get("name") == "process_name":
            names[e["pid"]] = e["args"]["name"]
    exits = [e for e in doc["traceEvents"] if e.get("ph") == "X"]
    per_class = Counter((e["pid"], e["name"]) for e in exits)
    hyp_us = Counter()
    for e in exits:
        hyp_us[(e["pid"], e["name"])] += e.get("dur", 0)
    lines = ["trace-traps: %d exits in %s" % (len(exits), path)]
    lines.append("  %-8s %-16s %-14s %8s %12s" % ("process", "VM", "class", "exits", "avg hyp us"))
    for (pid, name), n in sorted(per_class.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append("  %-8d %-16s %-14s %8d %12.3f" % (pid, names.get(pid, "?"), name, n, hyp_us[(pid, name)] / n))
    per_vm = Counter(e["pid"] for e in exits)
    for pid, n in sorted(per_vm.items()):
        lines.append("  total process %d (%s): %d exits" % (pid, names.get(pid, "?"), n))
    return lines


class TraceTraps(gdb.Command):
    """trace-traps [--seconds S] [--count N [--timeout S]] [--filter "CLASS... [vm PID]"] [--out NAME]
Record guest exits to the hypervisor with zvm-gdbserver and summarise them."""

    def __init__(self):
        super().__init__("trace-traps", gdb.COMMAND_USER)

    def invoke(self, arg, from_tty):
        args = shlex.split(arg)
        seconds, count, timeout, filt = 2.0, None, 10.0, ""
        out = "zvm-exits-%d-%d.json" % (os.getpid(), int(time.time()))
        i = 0
        while i < len(args):
            a = args[i]
            if a in ("--seconds", "--count", "--timeout", "--filter", "--out") and i + 1 < len(args):
                v = args[i + 1]
                i += 2
                if a == "--seconds":
                    seconds = float(v)
                elif a == "--count":
                    count = int(v)
                elif a == "--timeout":
                    timeout = float(v)
                elif a == "--filter":
                    filt = v
                else:
                    out = v
            else:
                raise gdb.GdbError("trace-traps: unknown argument %r" % a)
        # Every inferior runs on `continue`, so a stop in any VM's vCPU can be reported.
        gdb.execute("set schedule-multiple on")
        print(monitor("trace start " + filt).strip())
        try:
            if count is None:
                run_for(seconds)
            else:
                first = monitor("catch " + (filt or "all")).strip()
                print(first)
                cid = first.split(":")[0].split()[-1]
                try:
                    for n in range(count):
                        run_for(timeout)
                        if not caught():
                            print("trace-traps: no matching exit within %g s (%d of %d hits)" % (timeout, n, count))
                            break
                        print("trace-traps: hit %d: %s" % (n + 1, monitor("catch last").strip()))
                finally:
                    monitor("catch delete " + cid)
        finally:
            print(monitor("trace stop").strip())
        saved = monitor("trace save " + out).strip()
        print(saved)
        # The file is on the server's machine: fetch it (vFile, from the server's output
        # directory) next to where GDB runs, then summarise that copy.
        path = os.path.join(tempfile.mkdtemp(prefix="trace-traps-"), out)
        gdb.execute("remote get %s %s" % (out, path))
        print("trace-traps: fetched to %s" % path)
        for line in summarise(path):
            print(line)


TraceTraps()

# Prints the syndrome of a zvm-gdbserver trap catchpoint (`monitor catch ...`) whenever
# GDB stops for one: the vCPU, its pCPU, ESR_EL2.EC and the whole ESR_EL2, FAR_EL2 and the
# faulting IPA for aborts, and the trapping instruction. GDB reports a catchpoint stop as
# a SIGTRAP of the vCPU's thread; this asks the server (`monitor catch last`) what it was.
#
#   gdb-multiarch -ex 'target extended-remote :1234' -x tools/gdb/catch-syndrome.py
#   (gdb) set schedule-multiple on
#   (gdb) monitor catch hvc vm 3
#   (gdb) continue
#   ... Thread 3.1 "linux_os-1-vcpu0" received signal SIGTRAP ...
#   zvm: catchpoint 1: linux_os-1-vcpu0 (thread 3.1) exit on cpu2: EC=0x16 (HVC64) ...

import gdb

_last = [None]


def _on_stop(event):
    # Breakpoint stops are GDB's own; a catchpoint stop is a SIGTRAP, which GDB reports
    # as a plain StopEvent (other signals come as SignalEvent).
    if isinstance(event, gdb.BreakpointEvent):
        return
    if isinstance(event, gdb.SignalEvent) and event.stop_signal != "SIGTRAP":
        return
    try:
        text = gdb.execute("monitor catch last", to_string=True).strip()
    except gdb.error:
        return
    # The same text again means this SIGTRAP was not a new hit (e.g. a stepi).
    if text.startswith("catchpoint") and text != _last[0]:
        _last[0] = text
        print("zvm: " + text)


gdb.events.stop.connect(_on_stop)

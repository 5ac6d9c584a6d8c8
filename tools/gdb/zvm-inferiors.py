# Gives every VM inferior its system registers (and drops GDB's cached registers after
# monitor commands, see the end). GDB keeps its default AArch64 target
# description for the inferiors it discovers (each zvm-gdbserver VM is one), so a VM's
# `p $vbar_el1` is void until `unset tdesc filename` makes GDB fetch the server's
# description for it (the guest's view: EL1/EL0 registers). This does that for each new
# inferior, the next time GDB shows its prompt (at connect, and when a VM appears).
# Load it before connecting:
#
#   gdb-multiarch -ix tools/gdb/zvm-inferiors.py -ex 'target extended-remote :1234'
#   (gdb) inferior 2
#   (gdb) p/x $vbar_el1
#
# In batch mode (no prompt) nothing happens: type `unset tdesc filename` yourself.
# (Doing it from the new_inferior event itself, while GDB connects, makes GDB 13 fail an
# internal check.)

import gdb

_pending = set()


def _on_new_inferior(event):
    _pending.add(event.inferior.num)


def _before_prompt():
    if not _pending:
        return
    current = gdb.selected_inferior().num
    live = {i.num for i in gdb.inferiors() if i.pid != 0}
    for num in sorted(_pending & live):
        gdb.execute(f"inferior {num}", to_string=True)
        gdb.execute("unset tdesc filename", to_string=True)
    _pending.clear()
    gdb.execute(f"inferior {current}", to_string=True)


gdb.events.new_inferior.connect(_on_new_inferior)
gdb.events.before_prompt.connect(_before_prompt)


# A monitor command may change the machine behind GDB's back (`monitor loadvm` restores a
# snapshot, `monitor reset` resets the board): GDB keeps the registers and memory it read
# before, so drop them after every monitor command.
gdb.execute(
    "define hookpost-monitor\n"
    "maintenance flush register-cache\n"
    "maintenance flush dcache\n"
    "end"
)

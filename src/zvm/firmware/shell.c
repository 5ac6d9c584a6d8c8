/*
 * ZVM's shell on UART0 (CPU 0): `zvm new -t zephyr|linux`, `zvm run -n ID`,
 * `zvm pause -n ID`, `zvm delete -n ID`, `zvm info`, `zvm look ID` (Ctrl+X detaches),
 * `help`. At boot the VMs whose images are staged are created and started as if typed.
 */
#include "hv.h"

#define PROMPT "zvm_host:~# "
#define CTRL_X 0x18

volatile int look_vm = -1;

static void help(void)
{
	con_host_printf("commands:\n"
			"  zvm new -t zephyr|linux   create a VM\n"
			"  zvm run -n ID             start (first run copies the images) or resume a VM\n"
			"  zvm pause -n ID           stop a VM's vCPUs\n"
			"  zvm delete -n ID          destroy a VM\n"
			"  zvm info                  list the VMs\n"
			"  zvm look ID               type into a VM's console (Ctrl+X returns)\n");
}

static int parse_id(const char *s, u32 *out)
{
	u32 v = 0;
	if (!*s)
		return 0;
	for (; *s; s++) {
		if (*s < '0' || *s > '9')
			return 0;
		v = v * 10 + (u32)(*s - '0');
	}
	*out = v;
	return 1;
}

static int split(char *line, char **argv, int max)
{
	int argc = 0;
	while (*line && argc < max) {
		while (*line == ' ' || *line == '\t')
			*line++ = 0;
		if (!*line)
			break;
		argv[argc++] = line;
		while (*line && *line != ' ' && *line != '\t')
			line++;
	}
	return argc;
}

static void run_command(char *line)
{
	char *argv[8];
	int argc = split(line, argv, 8);
	u32 id;
	if (argc == 0)
		return;
	if (strcmp(argv[0], "help") == 0) {
		help();
		return;
	}
	if (strcmp(argv[0], "zvm") != 0 || argc < 2) {
		con_host_printf("unknown command '%s' (try help)\n", argv[0]);
		return;
	}
	const char *cmd = argv[1];
	if (strcmp(cmd, "new") == 0 && argc == 4 && strcmp(argv[2], "-t") == 0) {
		if (strcmp(argv[3], "zephyr") == 0)
			vm_new(VM_ZEPHYR);
		else if (strcmp(argv[3], "linux") == 0)
			vm_new(VM_LINUX);
		else
			con_host_printf("zvm new: unknown OS type '%s' (zephyr or linux)\n", argv[3]);
	} else if ((strcmp(cmd, "run") == 0 || strcmp(cmd, "pause") == 0 || strcmp(cmd, "delete") == 0) && argc == 4 &&
		   strcmp(argv[2], "-n") == 0 && parse_id(argv[3], &id)) {
		if (cmd[0] == 'r')
			vm_run(id);
		else if (cmd[0] == 'p')
			vm_pause(id);
		else
			vm_delete(id);
	} else if (strcmp(cmd, "info") == 0 && argc == 2) {
		vm_info();
	} else if (strcmp(cmd, "look") == 0 && argc == 3 && parse_id(argv[2], &id)) {
		if (!vm_get(id)) {
			con_host_printf("zvm look: no VM %u\n", id);
		} else {
			look_vm = (int)id;
			con_host_printf("zvm: console attached to VM %u (%s); Ctrl+X returns to the shell\n", id,
					vm_get(id)->name);
		}
	} else {
		con_host_printf("zvm: bad command or arguments (try help)\n");
	}
}

static void autostart(void)
{
	static char cmds[4][32] = { "zvm new -t zephyr", "zvm run -n 0", "zvm new -t linux", "zvm run -n 1" };
	int zephyr = image_present(VM_ZEPHYR), has_linux = image_present(VM_LINUX);
	for (int i = 0; i < 4; i++) {
		if ((i < 2 && !zephyr) || (i >= 2 && !has_linux))
			continue;
		char line[32];
		memcpy(line, cmds[i], sizeof(line));
		if (i == 3 && !zephyr)
			line[11] = '0';
		con_host_printf(PROMPT "%s\n", line);
		run_command(line);
	}
}

void shell_run(void)
{
	char line[128];
	u32 len = 0;
	host_tick();
	autostart();
	con_host_printf(PROMPT);
	int held = -1; /* a byte for the looked-at VM whose receive ring was full */
	for (;;) {
		irq_mask();
		int c = held >= 0 ? held : con_getc();
		held = -1;
		if (c < 0) {
			wfi();
			irq_unmask();
			isb();
			vm_poll_resets();
			continue;
		}
		if (look_vm >= 0) {
			struct vm *vm = vm_get((u32)look_vm);
			if (c == CTRL_X || !vm) {
				irq_unmask();
				look_vm = -1;
				con_host_printf("\nzvm: console detached\n" PROMPT);
			} else if (!vuart_input(vm, c)) {
				/* The VM's ring is full: keep the byte (and stop taking more) until
				 * its reads free half the ring and send the kick SGI, or the tick.
				 * IRQs stay masked until the WFI so that the SGI cannot be missed. */
				held = c;
				if (con_skip_to(CTRL_X)) /* a VM that does not read: Ctrl+X still detaches */
					held = CTRL_X;
				else
					wfi();
				irq_unmask();
				isb();
				vm_poll_resets();
			} else {
				/* Raise the VM's interrupt once per batch, not per byte. */
				if (con_rx_empty())
					vuart_update_irq(vm);
				irq_unmask();
			}
			continue;
		}
		irq_unmask();
		if (c == '\r' || c == '\n') {
			con_host_printf("\n");
			line[len] = 0;
			run_command(line);
			len = 0;
			if (look_vm < 0)
				con_host_printf(PROMPT);
		} else if (c == 0x7f || c == 0x08) {
			if (len) {
				len--;
				con_host_printf("\b \b");
			}
		} else if (len < sizeof(line) - 1 && c >= ' ') {
			line[len++] = (char)c;
			con_host_printf("%c", c);
		}
	}
}

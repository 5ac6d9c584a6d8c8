// An interrupt output of a device: a level-sensitive wire with one listener (the
// interrupt controller input it is wired to). Until the GIC exists, nothing listens.

export class IrqLine {
  private level = false;
  private sink: ((level: boolean) => void) | null = null;

  constructor(readonly name: string) {}

  connect(sink: (level: boolean) => void): void {
    this.sink = sink;
    sink(this.level);
  }

  set(level: boolean): void {
    if (level === this.level) return;
    this.level = level;
    this.sink?.(level);
  }

  /** Sets the level without telling the listener (a snapshot restores both ends of the wire). */
  restoreLevel(level: boolean): void {
    this.level = level;
  }

  get asserted(): boolean {
    return this.level;
  }
}

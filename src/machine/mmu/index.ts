// The MMU library: translation table walks, faults, the software TLB, AT and debug walks.
export * from './fault.ts';
export * from './walk.ts';
export * from './tlb.ts';
export * from './readers.ts';
export * from './at.ts';
export * from './debug.ts';

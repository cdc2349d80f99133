// Lets other work (gateway requests) run between scenarios. setImmediate where it exists (Node:
// no 1 ms timer clamp), a zero timeout elsewhere (Workers).
export function yieldToEventLoop(): Promise<void> {
  const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;
  return new Promise((resolve) => (immediate ? immediate(resolve) : setTimeout(resolve, 0)));
}

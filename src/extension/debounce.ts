/**
 * The one debounce of the extension: one timer per key, restarted by each new call, all cleared
 * on dispose. No `vscode` import, so the unit tests run it as it is.
 */
export class Debouncer<K = string> {
  private readonly timers = new Map<K, ReturnType<typeof setTimeout>>();

  /** Run `run` once `delayMs` has passed without another `schedule` of the same key. */
  schedule(key: K, delayMs: number, run: () => void): void {
    this.cancel(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        run();
      }, delayMs),
    );
  }

  cancel(key: K): void {
    const timer = this.timers.get(key);
    if (timer === undefined) return;
    clearTimeout(timer);
    this.timers.delete(key);
  }

  isPending(key: K): boolean {
    return this.timers.has(key);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}

/** `run`, called once `delayMs` after the last call; `cancel` / `dispose` drop a pending call. */
export function debounced(delayMs: number, run: () => void): (() => void) & { cancel(): void; dispose(): void } {
  const debouncer = new Debouncer<0>();
  return Object.assign(() => debouncer.schedule(0, delayMs, run), {
    cancel: () => debouncer.cancel(0),
    dispose: () => debouncer.dispose(),
  });
}

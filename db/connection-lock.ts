// A first-come, first-served lock over one connection: the embedded database's open transaction holds it.
export class ConnectionLock {
  private held = false;
  private readonly waiting: Array<() => void> = [];

  get isHeld(): boolean {
    return this.held;
  }

  /** Resolves with the function that releases the lock, once the lock is this caller's. */
  acquire(): Promise<() => void> {
    if (!this.held) {
      this.held = true;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve) => this.waiting.push(() => resolve(this.releaser())));
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // Handed straight to the next waiter, so a newcomer cannot slip in between.
      if (next) next();
      else this.held = false;
    };
  }
}

// Forgets the process's runtime (dialer, clock, intake model) so the next getRuntime() builds it from the current config.
const runtimeKey = Symbol.for("callpilot.runtime");

export function resetRuntimeForTests(): void {
  delete (globalThis as { [runtimeKey]?: unknown })[runtimeKey];
}

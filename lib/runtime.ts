// The process's outside services, chosen once from config: the clock, the dialer, the intake model.
// Callers never know which implementation they got; tests swap them with overrideRuntime.
import type { Dialer } from "./calls/dialer";
import { createDialer } from "./calls/select-dialer";
import { systemClock, type Clock } from "./clock";
import { getConfig } from "./config";
import type { IntakeModel } from "./intake/intake-model";
import { createIntakeModel } from "./intake/select-model";

export interface Runtime {
  clock: Clock;
  dialer: Dialer;
  intakeModel: IntakeModel;
}

const runtimeKey = Symbol.for("callpilot.runtime");
type Holder = { [runtimeKey]?: Runtime };

export function getRuntime(): Runtime {
  const holder = globalThis as Holder;
  if (!holder[runtimeKey]) {
    const config = getConfig();
    const clock = systemClock;
    holder[runtimeKey] = {
      clock,
      dialer: createDialer(config, clock),
      intakeModel: createIntakeModel(config),
    };
  }
  return holder[runtimeKey];
}

/** Replaces parts of the runtime (a fixed clock, a counting dialer); returns a function restoring the previous one. */
export function overrideRuntime(overrides: Partial<Runtime>): () => void {
  const holder = globalThis as Holder;
  const previous = holder[runtimeKey];
  holder[runtimeKey] = { ...getRuntime(), ...overrides };
  return () => {
    holder[runtimeKey] = previous;
  };
}

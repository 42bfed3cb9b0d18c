// A demo business from the seeded directory as a Provider row, without a database: for unit tests of the simulated
// receptionists.
import type { Provider } from "@/db/providers";
import { demoDirectory } from "@/lib/providers/demo-directory";

export function demoProvider(id: string, overrides: Partial<Provider> = {}): Provider {
  const demo = demoDirectory.find((p) => p.id === id);
  if (!demo) throw new Error(`no demo provider ${id}`);
  return {
    ...demo,
    source: "demo",
    externalRef: null,
    disabled: false,
    businessStatus: null,
    refreshedAt: null,
    createdAt: new Date(0),
    updatedAt: new Date(0),
    ...overrides,
  };
}

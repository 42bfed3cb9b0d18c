// tests/integration/actions/samples/types.ts
// Sample inputs for the server-action permission test: per action ("app/…/actions.ts#exportName"), how to build
// an input that targets a resource owned by `owner` (so that "another person" must be refused with not_found).
import type { Sessions } from "../../admin/admin-sessions";

export interface SampleContext {
  sessions: Sessions;
  /** The user id whose cookie is sessions.user — the owner of the resources made by `prepare`. */
  ownerId: string;
}

export interface ActionSample {
  /** Creates what the action acts on, owned by ctx.ownerId, and returns the input to call the action with. */
  prepare: (ctx: SampleContext) => Promise<Record<string, unknown> | FormData>;
  /** For person actions: whether the resource is owned (another person must get not_found). Admin actions: omit. */
  ownedResource?: boolean;
  /** For person actions only a signed-up account may take (consent): a guest must be refused with forbidden. */
  signedUpOnly?: boolean;
}

export type ActionSamples = Record<string, ActionSample>;

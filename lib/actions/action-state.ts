// What a server action answers its form: nothing yet, success (with data and an optional sentence to show), or an
// error sentence with the fields it concerns. Plain data, so client components import it without pulling in the server.
export type ActionState<T = null> =
  | { status: "idle" }
  | { status: "ok"; data: T; message?: string }
  | { status: "error"; error: string; fieldErrors: Record<string, string>; code: ActionErrorCode };

/** The HTTP-like reason of a failed action, so a test or a form can tell "sign in" from "not yours" from "too many". */
export type ActionErrorCode =
  | "invalid"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "too_large"
  | "rate_limited"
  | "unavailable"
  | "internal";

export const idleState: ActionState<never> = { status: "idle" };

/** The sentence to show beside a field, when the last answer named one. */
export function fieldError(state: ActionState<unknown>, field: string): string | undefined {
  return state.status === "error" ? state.fieldErrors[field] : undefined;
}

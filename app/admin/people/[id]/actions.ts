"use server";
// A person's daily limits, the twin of PATCH /api/admin/people/{id}/limits: the same lib/ function and audit entry.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionTranslator } from "@/i18n/server-translator";
import { adminAction, withMessage } from "@/lib/actions/server-action";
import { actorOf } from "@/lib/admin/audit-actions";
import { changePersonLimits, personLimitsInputSchema } from "@/lib/admin/people";
import { getRuntime } from "@/lib/runtime";

const limitKeys = ["bookings_per_day", "calls_per_day", "llm_tokens_per_day"] as const;

/** The form's text fields as the API's values: empty is null (the default), a whole number is a number. */
function limitsFromForm(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const input: Record<string, unknown> = { ...value };
  for (const key of limitKeys) {
    const field = input[key];
    if (field === undefined || (typeof field === "string" && field.trim() === "")) input[key] = null;
    else if (typeof field === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(field)) input[key] = Number(field);
  }
  return input;
}

export const savePersonLimitsAction = adminAction(
  z.preprocess(
    limitsFromForm,
    personLimitsInputSchema.extend({ person_id: z.string().trim().min(1).max(200) }),
  ),
  async ({ person_id, ...limits }, { caller, request }) => {
    const saved = await changePersonLimits(person_id, limits, actorOf(caller), getRuntime().clock);
    revalidatePath(`/admin/people/${person_id}`);
    return withMessage(saved, (await actionTranslator(request, "adminPeople"))("actions.saved"));
  },
);

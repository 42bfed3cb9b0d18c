"use server";
// The do-not-call list's actions, the twins of POST /api/admin/do-not-call, DELETE /api/admin/do-not-call/{phone}
// and POST …/{phone}/confirm: the same lib/ functions, the same audit entries.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionTranslator } from "@/i18n/server-translator";
import { withoutBlankFields } from "@/lib/actions/blank-fields";
import { adminAction, withMessage } from "@/lib/actions/server-action";
import { actorOf } from "@/lib/admin/audit-actions";
import {
  addToDoNotCallList,
  doNotCallInputSchema,
  removeFromDoNotCallList,
} from "@/lib/do-not-call/do-not-call-list";
import { confirmOptOut } from "@/lib/do-not-call/opt-out-review";
import { getRuntime } from "@/lib/runtime";

const listedPhone = z.object({ phone: z.string().trim().min(1, "give a phone number").max(40) });

/** Lists a number written any way (saved as E.164). */
export const addDoNotCallAction = adminAction(
  z.preprocess(withoutBlankFields, doNotCallInputSchema),
  async (input, { caller, request }) => {
    const added = await addToDoNotCallList(input, actorOf(caller), getRuntime().clock);
    revalidatePath("/admin/do-not-call");
    const t = await actionTranslator(request, "adminPeople");
    return withMessage(added, t("actions.added", { phone: added.phone }));
  },
);

/** Unlists a number, or dismisses an opt-out waiting for review: calls may dial it again. */
export const removeDoNotCallAction = adminAction(listedPhone, async ({ phone }, { caller, request }) => {
  await removeFromDoNotCallList(phone, actorOf(caller), getRuntime().clock);
  revalidatePath("/admin/do-not-call");
  const t = await actionTranslator(request, "adminPeople");
  return withMessage({ phone }, t("actions.removed", { phone }));
});

/** Confirms an opt-out heard on a call: the number is listed for everyone. */
export const confirmOptOutAction = adminAction(listedPhone, async ({ phone }, { caller, request }) => {
  const confirmed = await confirmOptOut(phone, actorOf(caller), getRuntime().clock);
  revalidatePath("/admin/do-not-call");
  const t = await actionTranslator(request, "adminPeople");
  return withMessage({ phone: confirmed.phone }, t("actions.confirmed", { phone: confirmed.phone }));
});

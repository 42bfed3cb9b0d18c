"use server";
// The account page's changes (and the consent form's, wherever it is shown), each the twin of an /api/account route:
// the same zod schema and lib/ function, then a fresh render of the page.
import { revalidatePath } from "next/cache";
import { personAction, withMessage } from "@/lib/actions/server-action";
import { personProfileSchema, updatePersonProfile } from "@/lib/calls/questions/person-profile";
import { consentRequestSchema, giveConsent } from "@/lib/guardrails/consent";
import { getRuntime } from "@/lib/runtime";

// PUT /api/account/profile's twin – replace the answers agents may give; an empty field means "ask me during the call"
export const savePersonProfileAction = personAction(personProfileSchema, async (profile, { caller }) => {
  const saved = await updatePersonProfile(caller.userId, profile, getRuntime().clock);
  revalidatePath("/account");
  return withMessage(saved, "Saved. Agents will give these when asked.");
});

// POST /api/account/consent's twin – the person agrees, once, that CallPilot may call businesses on their behalf
export const giveConsentAction = personAction(consentRequestSchema, async ({ version }, { caller }) => {
  const consent = await giveConsent(caller, version, getRuntime().clock);
  revalidatePath("/account");
  return withMessage(consent, "Thank you: CallPilot may now call businesses for you.");
});

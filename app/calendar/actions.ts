"use server";
// The calendar page's changes, each the twin of a /api/calendar route: the same lib/ function, zod schema, rate
// limit and ownership check (another person's busy time or calendar is "not found"), then a fresh render of /calendar.
import { revalidatePath } from "next/cache";
import { actionTranslator } from "@/i18n/server-translator";
import { z } from "zod";
import { personAction, withMessage } from "@/lib/actions/server-action";
import { issueFeedToken, revokeFeedToken } from "@/lib/calendar/booking-feed";
import { busyBlockFormSchema } from "@/lib/calendar/busy-block-form";
import { addBusyBlock, removeBusyBlock } from "@/lib/calendar/busy-blocks";
import {
  calendarSubscriptionSchema,
  importCalendarFile,
  refreshCalendarSource,
  removeCalendarSource,
  subscribeToCalendar,
} from "@/lib/calendar/calendar-sources";
import { disconnectGoogleCalendar } from "@/lib/calendar/google/google-connection";
import { publicBaseUrlOf } from "@/lib/calendar/public-url";
import { readCalendarFile } from "@/lib/calendar/read-upload";
import { enforceRateLimit } from "@/lib/http/rate-limit";
import { getRuntime } from "@/lib/runtime";

const page = "/calendar";
const byId = z.object({ id: z.string().trim().min(1).max(100) });
const nothing = z.object({}).passthrough();

// POST /api/calendar/busy-blocks's twin – add a busy time by hand
export const addBusyBlockAction = personAction(busyBlockFormSchema, async (block, { caller, request }) => {
  const added = await addBusyBlock(caller.userId, block, getRuntime().clock);
  revalidatePath(page);
  return withMessage(added, (await actionTranslator(request, "actionResults"))("busyAdded"));
});

// DELETE /api/calendar/busy-blocks/{id}'s twin – remove one of the person's busy times
export const removeBusyBlockAction = personAction(byId, async ({ id }, { caller }) => {
  await removeBusyBlock(caller.userId, id);
  revalidatePath(page);
  return { id };
});

// POST /api/calendar/sources's twin – subscribe to an .ics URL (fetched now)
export const subscribeCalendarAction = personAction(
  calendarSubscriptionSchema,
  async (input, { caller, request }) => {
    await enforceRateLimit("calendar_fetch", request, caller.userId);
    const source = await subscribeToCalendar(
      { userId: caller.userId, url: input.url, name: input.name, timeZone: input.time_zone },
      getRuntime().clock,
    );
    revalidatePath(page);
    return withMessage(
      source,
      (await actionTranslator(request, "actionResults"))("subscribed", { name: source.name }),
    );
  },
);

// POST /api/calendar/sources/{id}/refresh's twin – fetch a subscribed calendar again now
export const refreshCalendarAction = personAction(byId, async ({ id }, { caller, request }) => {
  await enforceRateLimit("calendar_fetch", request, caller.userId);
  try {
    return await refreshCalendarSource({ userId: caller.userId, sourceId: id }, getRuntime().clock);
  } finally {
    // A failed refresh is recorded on the calendar, so the page shows it either way.
    revalidatePath(page);
  }
});

// DELETE /api/calendar/sources/{id}'s twin – remove an imported file or end a subscription, with its busy times
export const removeCalendarAction = personAction(byId, async ({ id }, { caller }) => {
  await removeCalendarSource({ userId: caller.userId, sourceId: id });
  revalidatePath(page);
  return { id };
});

const chosenFile = "Choose an .ics file to import.";
const importSchema = z.object({
  // A form submitted without a file still sends one: nameless and empty.
  file: z
    .instanceof(Blob, { message: chosenFile })
    .refine((file) => file.size > 0 || (file instanceof File && file.name !== ""), chosenFile),
  time_zone: z.string().max(64).optional(),
});

// POST /api/calendar/sources/import's twin – import an .ics file sent with the form
export const importCalendarAction = personAction(
  importSchema,
  async ({ file, time_zone }, { caller, request }) => {
    const source = await importCalendarFile(
      {
        userId: caller.userId,
        name: (file instanceof File && file.name) || "Imported calendar",
        text: await readCalendarFile(file),
        timeZone: time_zone,
      },
      getRuntime().clock,
    );
    revalidatePath(page);
    return withMessage(
      source,
      (await actionTranslator(request, "actionResults"))("imported", { name: source.name }),
    );
  },
);

// POST /api/calendar/feed's twin – issue a new private feed URL (any earlier URL stops working)
export const issueFeedAction = personAction(nothing, async (_input, { caller, request }) => {
  const feed = await issueFeedToken(caller.userId, publicBaseUrlOf(request.headers), getRuntime().clock);
  revalidatePath(page);
  return feed;
});

// DELETE /api/calendar/feed's twin – revoke the private feed URL
export const revokeFeedAction = personAction(nothing, async (_input, { caller }) => {
  await revokeFeedToken(caller.userId);
  revalidatePath(page);
  return null;
});

// DELETE /api/calendar/google's twin – disconnect Google Calendar (CallPilot forgets its tokens)
export const disconnectGoogleAction = personAction(nothing, async (_input, { caller }) => {
  await disconnectGoogleCalendar(caller.userId);
  revalidatePath(page);
  return null;
});

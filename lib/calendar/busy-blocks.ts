// Busy times the person adds by hand: validated, kept per person, never shown to a business by their title.
import { z } from "zod";
import {
  deleteBusyBlock,
  insertBusyBlockWithinCap,
  listUpcomingBusyBlocks,
  type BusyBlock,
} from "@/db/calendar-busy-blocks";
import type { Clock } from "@/lib/clock";
import { getConfig, type AppConfig } from "@/lib/config";
import { conflict, invalid, notFound } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { isoInstantSchema } from "@/lib/intake/booking-request";

const longestBlockDays = 62;

export const newBusyBlockSchema = z
  .object({
    title: z.string().trim().max(200).optional().describe("The person's own note; never told to a business."),
    start: isoInstantSchema.describe("When the busy time starts, ISO 8601 with an offset."),
    end: isoInstantSchema.describe("When it ends, ISO 8601 with an offset."),
  })
  .refine((block) => Date.parse(block.start) < Date.parse(block.end), {
    message: "a busy time must start before it ends",
    path: ["end"],
  })
  .refine((block) => Date.parse(block.end) - Date.parse(block.start) <= longestBlockDays * 86_400_000, {
    message: `a busy time can last at most ${longestBlockDays} days`,
    path: ["end"],
  });
export type NewBusyBlock = z.infer<typeof newBusyBlockSchema>;

export interface BusyBlockView {
  id: string;
  title: string | null;
  start: string;
  end: string;
}

export const busyBlockView = (block: BusyBlock): BusyBlockView => ({
  id: block.id,
  title: block.title,
  start: block.startsAt.toISOString(),
  end: block.endsAt.toISOString(),
});

/** Adds the busy time; a person at BUSY_BLOCKS_PER_PERSON busy times still to come is refused (409). */
export async function addBusyBlock(
  userId: string,
  input: NewBusyBlock,
  clock: Clock,
  config: AppConfig = getConfig(),
): Promise<BusyBlockView> {
  const now = clock.now();
  if (Date.parse(input.end) <= now.getTime()) {
    throw invalid("That busy time is already over; add one that ends in the future.");
  }
  const limit = config.BUSY_BLOCKS_PER_PERSON;
  const block = await insertBusyBlockWithinCap(
    {
      id: newId("busy"),
      userId,
      title: input.title || null,
      startsAt: new Date(input.start),
      endsAt: new Date(input.end),
      now,
    },
    limit,
  );
  if (!block) {
    throw conflict(
      `You already have ${limit} busy times still to come, the most CallPilot keeps for one person: remove ones you no longer need, then add this one.`,
    );
  }
  return busyBlockView(block);
}

/** Every busy time still to come (at most the cap's worth, so the page always shows all of them). */
export async function listUpcomingBlocks(
  userId: string,
  clock: Clock,
  config: AppConfig = getConfig(),
): Promise<BusyBlockView[]> {
  return (await listUpcomingBusyBlocks(userId, clock.now(), config.BUSY_BLOCKS_PER_PERSON)).map(
    busyBlockView,
  );
}

export async function removeBusyBlock(userId: string, id: string): Promise<void> {
  if (!(await deleteBusyBlock(id, userId))) throw notFound("That busy time");
}

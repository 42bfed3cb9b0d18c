// Safety net for the sweep: bookings still "processing" whose calls have all ended (the process that ended the
// last one died before settling it) get settled now.
import { listProcessingBookingsWithoutLiveCalls } from "@/db/bookings";
import type { Clock } from "@/lib/clock";
import { settleBooking } from "./settle-booking";

export async function settleStalledBookings(clock: Clock): Promise<number> {
  const ids = await listProcessingBookingsWithoutLiveCalls();
  for (const id of ids) await settleBooking(id, clock);
  return ids.length;
}

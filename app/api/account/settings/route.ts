import { afterBookingSettingsView } from "@/lib/account/after-booking-settings";
import { requireCaller } from "@/lib/auth/session";
import { route } from "@/lib/http/route";

// GET /api/account/settings – the reminder emails on or off, the verified phone, and the hand-over consent and hours
export const GET = route(async (request) => {
  const caller = await requireCaller(request.headers);
  return Response.json(await afterBookingSettingsView(caller.userId));
});

import { requireCaller } from "@/lib/auth/session";
import { getBookingView } from "@/lib/booking/booking-view";
import { bookingCalendarFile } from "@/lib/booking/calendar-file";
import { route } from "@/lib/http/route";

type Context = { params: Promise<{ id: string }> };

// GET /api/booking/{id}/ics – the booked appointment as an .ics file
export const GET = route(async (request, { params }: Context) => {
  const caller = await requireCaller(request.headers);
  const { id } = await params;
  const file = await bookingCalendarFile(await getBookingView(id, caller.userId));
  return new Response(file.content, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${file.filename}"`,
      "cache-control": "no-store",
    },
  });
});

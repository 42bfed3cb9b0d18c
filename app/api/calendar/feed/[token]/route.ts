import { feedCalendar } from "@/lib/calendar/booking-feed";
import { route } from "@/lib/http/route";

type Context = { params: Promise<{ token: string }> };

// GET /api/calendar/feed/{token}.ics – the person's booked appointments; no session, the token is the secret
export const GET = route(async (_request, { params }: Context) => {
  const calendar = await feedCalendar((await params).token);
  return new Response(calendar, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'inline; filename="callpilot.ics"',
      "cache-control": "private, no-store",
      // The URL is a secret: keep it out of referrers and search engines.
      "referrer-policy": "no-referrer",
      "x-robots-tag": "noindex",
    },
  });
});

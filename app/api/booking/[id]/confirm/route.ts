import { requireCaller } from "@/lib/auth/session";
import { chooseOffer, chooseOfferBodySchema } from "@/lib/booking/choose-offer";
import { readJson, route } from "@/lib/http/route";

type Context = { params: Promise<{ id: string }> };

// POST /api/booking/{id}/confirm – book a provider's offered slot (places a confirmation call). Limited like a
// booking request (it places a call), and with a real dialer only for a verified, consenting account (403 otherwise).
export const POST = route(async (request, { params }: Context) => {
  const caller = await requireCaller(request.headers);
  const { id } = await params;
  const body = await readJson(request, chooseOfferBodySchema);
  const { result, callQueued } = await chooseOffer({ caller, request, bookingId: id, body });
  return Response.json(result, { status: callQueued ? 202 : 200 });
});

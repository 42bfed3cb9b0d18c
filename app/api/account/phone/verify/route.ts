import { confirmPhoneCode, phoneCodeSchema } from "@/lib/account/phone-verification";
import { requireCaller } from "@/lib/auth/session";
import { readJson, route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

// POST /api/account/phone/verify – type back the code: the number becomes the person's verified phone
export const POST = route(async (request) => {
  const caller = await requireCaller(request.headers);
  const body = await readJson(request, phoneCodeSchema);
  const { clock, config } = getRuntime();
  return Response.json(await confirmPhoneCode(caller, body, { clock, config }));
});

import { phoneNumberSchema, removePhone, sendPhoneCode } from "@/lib/account/phone-verification";
import { requireCaller } from "@/lib/auth/session";
import { readJson, route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";
import { getSmsSender } from "@/lib/sms/select-sms-sender";

// POST /api/account/phone – send a 6-digit code to the person's phone (by SMS, or to the log without Twilio)
export const POST = route(async (request) => {
  const caller = await requireCaller(request.headers);
  const body = await readJson(request, phoneNumberSchema);
  const { clock, config } = getRuntime();
  return Response.json(await sendPhoneCode(caller, body, { clock, config, sms: getSmsSender() }), {
    status: 202,
  });
});

// DELETE /api/account/phone – forget the verified phone (the hand-over consent goes with it)
export const DELETE = route(async (request) => {
  const caller = await requireCaller(request.headers);
  await removePhone(caller, getRuntime().clock);
  return new Response(null, { status: 204 });
});

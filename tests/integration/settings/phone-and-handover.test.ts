// The person's verified phone and hand-over setting through the real route handlers: a 6-digit code texted through
// Twilio (the SDK against the local stub's Messages.json) or written to the log offline, stored hashed, valid 10
// minutes and 5 tries, sends bounded per hour and per day; the right code sets the verified phone the hand-over
// reads; consent only with a verified phone and hours; reminders on or off; owner-only, clear 4xx sentences.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { DELETE as deletePhone, POST as postPhone } from "@/app/api/account/phone/route";
import { POST as postVerify } from "@/app/api/account/phone/verify/route";
import { GET as getSettings } from "@/app/api/account/settings/route";
import { PUT as putHandover } from "@/app/api/account/settings/handover/route";
import { PUT as putReminders } from "@/app/api/account/settings/reminders/route";
import { getDb } from "@/db/client";
import { getHandoverSettings } from "@/db/person-profiles";
import { phoneVerifications } from "@/db/schema";
import { findUserByEmail } from "@/db/users";
import { sendPhoneCode } from "@/lib/account/phone-verification";
import { fixedClock } from "@/lib/clock";
import { getConfig } from "@/lib/config";
import { logger } from "@/lib/logger";
import { overrideRuntime } from "@/lib/runtime";
import { createSmsSender, overrideSmsSender } from "@/lib/sms/select-sms-sender";
import { startTwilioStub, type TwilioStub } from "../../support/twilio-stub";
import { anonymousSession, emailSession, jsonRequest } from "../helpers";

const account = {
  sid: "AC0123456789abcdef0123456789abcdef",
  token: "stub-auth-token-0123456789",
  number: "+16175550000",
};
const clock = fixedClock("2026-12-06T15:00:00Z");
let stub: TwilioStub;
let restoreRuntime: () => void;
let restoreSms: () => void;
let counter = 0;

beforeAll(async () => {
  stub = await startTwilioStub({ accountSid: account.sid, authToken: account.token });
  restoreRuntime = overrideRuntime({ clock });
  restoreSms = overrideSmsSender(
    createSmsSender({
      TWILIO_ACCOUNT_SID: account.sid,
      TWILIO_AUTH_TOKEN: account.token,
      TWILIO_PHONE_NUMBER: account.number,
      TWILIO_API_BASE_URL: stub.baseUrl,
    }),
  );
});

afterAll(async () => {
  restoreSms();
  restoreRuntime();
  await stub.close();
});

beforeEach(() => {
  clock.set("2026-12-06T15:00:00Z");
});

async function signedUp(): Promise<{ cookie: string; userId: string }> {
  const email = `settings-${process.pid}-${++counter}-${Date.now()}@example.test`;
  const cookie = await emailSession(email);
  return { cookie, userId: (await findUserByEmail(email))!.id };
}

const sendCode = (cookie: string, phone: string) =>
  postPhone(jsonRequest("/api/account/phone", { cookie, body: { phone } }), {});
const verify = (cookie: string, code: string) =>
  postVerify(jsonRequest("/api/account/phone/verify", { cookie, body: { code } }), {});
const settingsOf = async (cookie: string) =>
  (await getSettings(jsonRequest("/api/account/settings", { cookie }), {})).json();
const handover = (cookie: string, body: unknown) =>
  putHandover(jsonRequest("/api/account/settings/handover", { method: "PUT", cookie, body }), {});

/** The code in the last text the stub received for this number. */
function lastCodeTo(phone: string): string {
  const message = stub.messages.filter((m) => m.to === phone).at(-1);
  const code = /\b(\d{6})\b/.exec(message?.body ?? "")?.[1];
  if (!code) throw new Error(`no code texted to ${phone}`);
  return code;
}

const otherCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

async function verifiedPerson(phone = "+16175550123") {
  const person = await signedUp();
  expect((await sendCode(person.cookie, phone)).status).toBe(202);
  expect((await verify(person.cookie, lastCodeTo(phone))).status).toBe(200);
  return person;
}

describe("verifying the person's phone", () => {
  it("texts a 6-digit code through Twilio, keeps only its hash, and the right code sets the verified phone", async () => {
    const { cookie, userId } = await signedUp();
    const sent = await sendCode(cookie, "+1 (617) 555-0199");
    expect(sent.status).toBe(202);
    expect(await sent.json()).toEqual({
      phone: "+16175550199",
      expires_at: "2026-12-06T15:10:00.000Z",
      sent_by: "sms",
    });

    const message = stub.messages.at(-1)!;
    expect(message).toMatchObject({ to: "+16175550199", from: account.number });
    const code = lastCodeTo("+16175550199");
    const [row] = await getDb()
      .select()
      .from(phoneVerifications)
      .where(eq(phoneVerifications.userId, userId));
    expect(row.codeHash).not.toContain(code);
    expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/);

    const wrong = await verify(cookie, otherCode(code));
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error).toBe("That code is not the one we sent: 4 tries left.");
    expect((await getHandoverSettings(userId)).verifiedPhone).toBeNull();

    const right = await verify(cookie, code);
    expect(right.status).toBe(200);
    expect(await right.json()).toEqual({
      verified_phone: "+16175550199",
      verified_at: "2026-12-06T15:00:00.000Z",
    });
    // The same right code again is the same answer.
    expect(await (await verify(cookie, code)).json()).toEqual({
      verified_phone: "+16175550199",
      verified_at: "2026-12-06T15:00:00.000Z",
    });
    expect(await getHandoverSettings(userId)).toEqual({
      verifiedPhone: "+16175550199",
      consent: false,
      hours: null,
    });
    expect((await settingsOf(cookie)).verified_phone).toBe("+16175550199");
  });

  it("without Twilio writes the code to the log in one clear line, and that code verifies", async () => {
    const { cookie, userId } = await signedUp();
    const warn = vi.spyOn(logger, "warn");
    const restore = overrideSmsSender(createSmsSender({ ...getConfig(), TWILIO_ACCOUNT_SID: undefined }));
    try {
      const sent = await sendCode(cookie, "+442079460123");
      expect(sent.status).toBe(202);
      expect((await sent.json()).sent_by).toBe("log");
    } finally {
      restore();
    }
    const line = warn.mock.calls.find(([message]) =>
      message.startsWith("SMS not sent (Twilio is not configured)"),
    );
    warn.mockRestore();
    expect(line?.[1]).toMatchObject({ to: "+442079460123" });
    const code = /\b(\d{6})\b/.exec(String(line?.[1]?.text))![1];
    expect((await verify(cookie, code)).status).toBe(200);
    expect((await getHandoverSettings(userId)).verifiedPhone).toBe("+442079460123");
  });

  it("refuses a number it cannot read, and a code that is not 6 digits, with a sentence saying why", async () => {
    const { cookie } = await signedUp();
    const noCountry = await sendCode(cookie, "617 555 0123");
    expect(noCountry.status).toBe(400);
    expect((await noCountry.json()).error).toMatch(/no country code; write it as \+<country code><number>/);
    const invalid = await sendCode(cookie, "+1 555");
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).error).toMatch(/is not a valid phone number/);
    const badCode = await verify(cookie, "12ab56");
    expect(badCode.status).toBe(400);
    expect((await badCode.json()).error).toMatch(/Type the 6 digits of the code we sent/);
    const noneSent = await verify(cookie, "123456");
    expect(noneSent.status).toBe(409);
  });

  it("answers 400 when Twilio refuses the number, and that refused text counts against no bound", async () => {
    const { cookie, userId } = await signedUp();
    for (let i = 0; i < 3; i++) {
      stub.failNext("invalid_number");
      const refused = await sendCode(cookie, "+16175550133");
      expect(refused.status).toBe(400);
      expect((await refused.json()).error).toMatch(/cannot receive our text/);
    }
    expect(
      await getDb().select().from(phoneVerifications).where(eq(phoneVerifications.userId, userId)),
    ).toEqual([]);
    // Three refusals used none of the three sends this hour.
    expect((await sendCode(cookie, "+16175550133")).status).toBe(202);
    stub.failNext("server_error");
    expect((await sendCode(cookie, "+16175550133")).status).toBe(503);
  });

  it("lets a code work for 10 minutes only", async () => {
    const { cookie } = await signedUp();
    await sendCode(cookie, "+16175550144");
    const code = lastCodeTo("+16175550144");
    clock.advance(10 * 60_000 + 1);
    const late = await verify(cookie, code);
    expect(late.status).toBe(409);
    expect((await late.json()).error).toMatch(/expired/);
  });

  it("allows 5 tries: after 5 wrong codes even the right one is refused until a new code is sent", async () => {
    const { cookie, userId } = await signedUp();
    await sendCode(cookie, "+16175550155");
    const code = lastCodeTo("+16175550155");
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await verify(cookie, otherCode(code))).status);
    expect(statuses).toEqual([400, 400, 400, 400, 409]);
    const right = await verify(cookie, code);
    expect(right.status).toBe(409);
    expect((await right.json()).error).toMatch(/Too many wrong codes/);
    expect((await getHandoverSettings(userId)).verifiedPhone).toBeNull();

    await sendCode(cookie, "+16175550155");
    expect((await verify(cookie, lastCodeTo("+16175550155"))).status).toBe(200);
  });

  it("sends at most 3 codes per person per hour (429 with Retry-After), then again an hour later", async () => {
    const { cookie } = await signedUp();
    for (let i = 0; i < 3; i++) expect((await sendCode(cookie, "+16175550166")).status).toBe(202);
    const texts = stub.messages.length;
    const fourth = await sendCode(cookie, "+16175550166");
    expect(fourth.status).toBe(429);
    expect(fourth.headers.get("retry-after")).toBe("3600");
    expect((await fourth.json()).error).toMatch(/several codes in the last hour/);
    expect(stub.messages.length).toBe(texts);
    clock.advance(61 * 60_000);
    expect((await sendCode(cookie, "+16175550166")).status).toBe(202);
  });

  it("lets only 3 of 5 sends at the same moment through the hourly bound", async () => {
    const { cookie } = await signedUp();
    const statuses = await Promise.all(
      Array.from({ length: 5 }, async () => (await sendCode(cookie, "+16175550167")).status),
    );
    expect(statuses.sort()).toEqual([202, 202, 202, 429, 429]);
  });

  it("counts every code against the daily bounds, per person and in all", async () => {
    const { userId } = await signedUp();
    const caller = {
      userId,
      role: "user" as const,
      isAnonymous: false,
      emailVerified: true,
      email: "x",
      name: "x",
    };
    const sms = { kind: "log" as const, send: async () => {} };
    const config = {
      ...getConfig(),
      PHONE_CODES_PER_PERSON_PER_HOUR: 100,
      PHONE_CODES_PER_PERSON_PER_DAY: 2,
    };
    const send = () => sendPhoneCode(caller, { phone: "+16175550177" }, { clock, config, sms });
    await send();
    await send();
    await expect(send()).rejects.toMatchObject({
      type: "rate_limited",
      message: expect.stringMatching(/today/),
    });
    // The next UTC day starts afresh.
    clock.set("2026-12-07T00:00:01Z");
    await expect(send()).resolves.toMatchObject({ phone: "+16175550177" });

    const other = { ...caller, userId: (await signedUp()).userId };
    const tight = { ...config, PHONE_CODES_PER_PERSON_PER_DAY: 100, PHONE_CODES_PER_DAY: 1 };
    clock.set("2026-12-08T09:00:00Z");
    await sendPhoneCode(other, { phone: "+16175550178" }, { clock, config: tight, sms });
    await expect(
      sendPhoneCode(caller, { phone: "+16175550177" }, { clock, config: tight, sms }),
    ).rejects.toMatchObject({
      type: "rate_limited",
      message: expect.stringMatching(/CallPilot has sent as many/),
    });
  });

  it("is for accounts only, and one person's code never verifies another's phone", async () => {
    const guest = await anonymousSession();
    expect((await sendCode(guest, "+16175550188")).status).toBe(403);
    expect(
      (await postPhone(jsonRequest("/api/account/phone", { body: { phone: "+16175550188" } }), {})).status,
    ).toBe(401);

    const owner = await signedUp();
    const stranger = await signedUp();
    await sendCode(owner.cookie, "+16175550189");
    expect((await verify(stranger.cookie, lastCodeTo("+16175550189"))).status).toBe(409);
    expect((await settingsOf(stranger.cookie)).verified_phone).toBeNull();
    expect((await settingsOf(owner.cookie)).verified_phone).toBeNull();
  });
});

describe("the hand-over setting", () => {
  const hours = { start: "09:00", end: "18:00", time_zone: "America/New_York" };

  it("is off by default and refused without a verified phone", async () => {
    const { cookie, userId } = await signedUp();
    expect((await settingsOf(cookie)).handover).toEqual({ consent: false, hours: null });
    const refused = await handover(cookie, { consent: true, hours });
    expect(refused.status).toBe(409);
    expect((await refused.json()).error).toMatch(/Verify your phone number first/);
    expect(await getHandoverSettings(userId)).toEqual({ verifiedPhone: null, consent: false, hours: null });
  });

  it("with a verified phone keeps the consent and hours the hand-over reads; removing the phone turns it off", async () => {
    const { cookie, userId } = await verifiedPerson("+16175550111");
    const saved = await handover(cookie, { consent: true, hours });
    expect(saved.status).toBe(200);
    expect((await saved.json()).handover).toEqual({ consent: true, hours });
    // The same request again: the same answer.
    expect((await (await handover(cookie, { consent: true, hours })).json()).handover).toEqual({
      consent: true,
      hours,
    });
    expect(await getHandoverSettings(userId)).toEqual({
      verifiedPhone: "+16175550111",
      consent: true,
      hours,
    });

    expect(
      (await deletePhone(jsonRequest("/api/account/phone", { method: "DELETE", cookie }), {})).status,
    ).toBe(204);
    expect(await getHandoverSettings(userId)).toEqual({ verifiedPhone: null, consent: false, hours });
  });

  it("refuses consent without hours and hours it cannot read, with a sentence saying why", async () => {
    const { cookie } = await verifiedPerson("+16175550112");
    const cases: Array<[unknown, RegExp]> = [
      [{ consent: true, hours: null }, /Choose the hours/],
      [{ consent: true, hours: { ...hours, start: "25:00" } }, /expected a time such as 09:00/],
      [{ consent: true, hours: { ...hours, time_zone: "Mars/Olympus" } }, /IANA time zone/],
      [{ consent: true, hours: { ...hours, end: "09:00" } }, /different times/],
      [{ consent: "yes", hours }, /consent/],
    ];
    for (const [body, message] of cases) {
      const response = await handover(cookie, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect((await response.json()).error).toMatch(message);
    }
    expect((await settingsOf(cookie)).handover).toEqual({ consent: false, hours: null });
  });
});

describe("the reminder setting", () => {
  it("is on by default and turned off and on again by its owner only", async () => {
    const owner = await signedUp();
    const stranger = await signedUp();
    const put = (cookie: string, body: unknown) =>
      putReminders(jsonRequest("/api/account/settings/reminders", { method: "PUT", cookie, body }), {});
    expect((await settingsOf(owner.cookie)).appointment_reminders).toBe(true);
    const off = await put(owner.cookie, { appointment_reminders: false });
    expect(off.status).toBe(200);
    expect((await off.json()).appointment_reminders).toBe(false);
    expect((await settingsOf(owner.cookie)).appointment_reminders).toBe(false);
    expect((await settingsOf(stranger.cookie)).appointment_reminders).toBe(true);
    expect((await put(owner.cookie, { appointment_reminders: "maybe" })).status).toBe(400);
    expect((await put(owner.cookie, { appointment_reminders: true })).status).toBe(200);
    expect((await settingsOf(owner.cookie)).appointment_reminders).toBe(true);
  });
});

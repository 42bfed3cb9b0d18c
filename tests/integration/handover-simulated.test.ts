// Issue 16 in the simulation: a receptionist who insists on speaking with the person. With the person's consent
// (verified phone, inside their hours) the call is handed over to them; otherwise the agent says they will call
// back and the booking page shows the business's number and what it asked.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getBookingRoute } from "@/app/api/booking/[id]/route";
import { listCallEventsForCall } from "@/db/call-events";
import { getCall } from "@/db/calls";
import { insertDoNotCallNumber } from "@/db/do-not-call";
import { getProvider, seedDemoDirectory } from "@/db/providers";
import { getCaller } from "@/lib/auth/session";
import type { BookingView } from "@/lib/booking/booking-view";
import { handoverRefusals } from "@/lib/calls/handover";
import { createSimulatedDialer } from "@/lib/calls/simulated/simulated-dialer";
import { fixedClock } from "@/lib/clock";
import { runDialerJobs } from "@/tests/support/job-runner";
import { claimedCallTo, markSimulatedDial } from "@/tests/support/simulated-call";
import { emailSession, jsonRequest, params } from "./helpers";
import { createTestUser } from "./support/booking-fixtures";
import { personPhone, saveHandoverSettings } from "./support/handover";
import { sayIn } from "@/tests/support/say-in";

// Thursday 26 November 2026, 15:00 in London (and in UTC).
const clock = fixedClock("2026-11-26T15:00:00Z");
const insisting = "dentist-london-uk-2";
const londonDaytime = { start: "09:00", end: "18:00", time_zone: "Europe/London" };

beforeAll(async () => {
  await seedDemoDirectory();
});

async function callTheInsistingBusiness(settings: Parameters<typeof saveHandoverSettings>[1] | null) {
  const cookie = await emailSession(`handover-${Math.random().toString(36).slice(2)}@example.test`);
  const userId = (await getCaller(new Headers({ cookie, host: "127.0.0.1:3000" })))!.userId;
  if (settings) await saveHandoverSettings(userId, settings, clock.now());
  const dialer = createSimulatedDialer({ clock, callSeconds: 0 });
  const { bookingId, callId, token, placeRequest } = await claimedCallTo(insisting, clock.now(), userId);
  const placed = await dialer.placeCall(placeRequest);
  await markSimulatedDial(callId, token, placed.externalId, clock.now());
  await runDialerJobs(dialer);
  const events = await listCallEventsForCall(callId);
  const response = await getBookingRoute(
    jsonRequest(`/api/booking/${bookingId}`, { cookie }),
    params({ id: bookingId }),
  );
  expect(response.status).toBe(200);
  const view = (await response.json()) as BookingView;
  return { call: (await getCall(callId))!, events, view };
}

const handoverEvents = (events: Awaited<ReturnType<typeof listCallEventsForCall>>) =>
  events.filter((event) => event.type === "call_handover").map((event) => event.payload);

describe("a receptionist who insists on speaking with the person", () => {
  it("is put through to the person's verified phone when they consented and it is inside their hours", async () => {
    const { call, events, view } = await callTheInsistingBusiness({ consent: true, hours: londonDaytime });
    expect(call.status).toBe("completed");
    expect(call.outcome?.handover).toMatchObject({ transferred: true, to: personPhone });
    const [handover] = handoverEvents(events);
    expect(handover).toEqual({
      asked: expect.stringMatching(/need to speak with Sam Lee directly/),
      transferred: true,
      to: personPhone,
      reason: null,
    });
    // The transfer is recorded before the call ends, and the AI disclosure was still said first by the agent.
    const types = events.map((event) => event.type);
    expect(types.indexOf("call_handover")).toBeLessThan(types.indexOf("call_ended"));
    const agentLines = events.filter((e) => e.type === "transcript" && e.payload.role === "agent");
    expect((agentLines[0].payload as { text: string }).text).toMatch(
      /I'm an AI assistant calling on behalf of Sam Lee/,
    );
    expect(agentLines.map((e) => (e.payload as { text: string }).text)).toContain(
      "Of course — I'll put you through to Sam Lee now. Please stay on the line while I connect you.",
    );
    const result = view.results.find((r) => r.provider_id === insisting)!;
    expect(result.handover).toMatchObject({ transferred: true });
    expect(result.handover!.text).toMatch(/put through to your phone \(\+16175550199\)/);
  });

  it("says the person will call back without consent, and the booking page shows the business's number", async () => {
    const { call, events, view } = await callTheInsistingBusiness(null);
    expect(call.status).toBe("completed");
    expect(handoverEvents(events)).toEqual([
      expect.objectContaining({ transferred: false, to: null, reason: handoverRefusals.noConsent }),
    ]);
    const said = events
      .filter((e) => e.type === "transcript" && e.payload.role === "agent")
      .map((e) => (e.payload as { text: string }).text);
    expect(said).toContain(
      "I'm not able to put you through right now, but Sam Lee will call you back on this number. Thank you!",
    );
    const provider = (await getProvider(insisting))!;
    const result = view.results.find((r) => r.provider_id === insisting)!;
    expect(result.handover).toEqual({
      asked: expect.stringMatching(/need to speak with Sam Lee directly/),
      transferred: false,
      business_phone: provider.phone,
      text: `${provider.name} asked to speak with you directly. Please call them back on ${provider.phone}.`,
      text_sentence: expect.objectContaining({ key: "handoverCallBack" }),
    });
    // A German page says it in German, with the number to call.
    expect(sayIn("de", result.handover!.text_sentence)).toBe(
      `${provider.name} wollte direkt mit Ihnen sprechen. Bitte rufen Sie unter ${provider.phone} zurück.`,
    );
  });

  it("does not hand over outside the person's hours, even with consent", async () => {
    const { events } = await callTheInsistingBusiness({
      consent: true,
      hours: { start: "09:00", end: "12:00", time_zone: "America/Los_Angeles" },
    });
    expect(handoverEvents(events)).toEqual([
      expect.objectContaining({ transferred: false, reason: handoverRefusals.outsideHours }),
    ]);
  });

  it("does not hand over without a verified phone, nor to a number on the do-not-call list", async () => {
    const unverified = await callTheInsistingBusiness({ consent: true, phone: null, hours: londonDaytime });
    expect(handoverEvents(unverified.events)).toEqual([
      expect.objectContaining({ transferred: false, reason: handoverRefusals.noPhone }),
    ]);

    const listedPhone = "+16175550198";
    const admin = await createTestUser();
    await insertDoNotCallNumber({
      phone: listedPhone,
      reason: "test",
      actor: { userId: admin, email: `${admin}@example.test` },
      now: clock.now(),
    });
    const listed = await callTheInsistingBusiness({
      consent: true,
      phone: listedPhone,
      hours: londonDaytime,
    });
    expect(handoverEvents(listed.events)).toEqual([
      expect.objectContaining({ transferred: false, reason: handoverRefusals.listed }),
    ]);
  });

  it("does not hand over when the stored hours have another shape", async () => {
    const { events } = await callTheInsistingBusiness({
      consent: true,
      hours: { from: "09:00", to: "18:00" } as never,
    });
    expect(handoverEvents(events)).toEqual([
      expect.objectContaining({ transferred: false, reason: handoverRefusals.noHours }),
    ]);
  });
});

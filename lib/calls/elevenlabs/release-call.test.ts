import { describe, expect, test } from "vitest";
import type { CallBrief } from "@/lib/calls/call-brief";
import { getConfig } from "@/lib/config";
import { conversationInitiationData } from "./call-setup";

const brief: CallBrief = {
  callId: "call_release",
  bookingId: "bkg_1",
  purpose: "release",
  mode: "review",
  business: { id: "p1", name: "Harbor Dental", phone: "+16175550100", timeZone: "America/New_York" },
  personName: "Sam Lee",
  serviceType: "dentist",
  serviceLabel: "dentist",
  window: null,
  timeOfDay: null,
  windowsText: "any time soon",
  partySize: null,
  notes: null,
  targetSlot: { start: "2026-12-07T15:00:00.000Z", end: "2026-12-07T16:00:00.000Z" },
  targetSlotText: "Monday 7 December at 10:00 AM",
  recorded: false,
};

describe("an ElevenLabs release call", () => {
  const data = conversationInitiationData(
    brief,
    { ...getConfig(), ELEVENLABS_WEBHOOK_SECRET: "x".repeat(32) },
    new Date("2026-12-03T15:00:00Z"),
  );

  test("opens by asking the business to release the held slot, with the disclosure first", () => {
    const first = data.conversationConfigOverride?.agent?.firstMessage ?? "";
    expect(first).toMatch(/^Hi — .*AI assistant/);
    expect(first).toContain("You kindly held {{target_slot}} for {{client_name}}");
    expect(first).toContain("please release it");
    expect(data.dynamicVariables?.target_slot).toBe("Monday 7 December at 10:00 AM");
  });

  test("its prompt is the release goal: no booking, no availability checks", () => {
    const prompt = data.conversationConfigOverride?.agent?.prompt?.prompt ?? "";
    expect(prompt).toContain(
      "The business held {{target_slot}} for the client, who has since booked elsewhere.",
    );
    expect(prompt).toContain("do not call check_availability or request_booking");
    expect(prompt).not.toContain("Find the earliest appointment");
  });
});

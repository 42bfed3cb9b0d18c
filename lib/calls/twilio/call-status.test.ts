import { describe, expect, it } from "vitest";
import type { TwimlSession } from "@/db/twiml-sessions";
import { readCallStatus } from "./call-status";

const session = (fields: Partial<TwimlSession>): TwimlSession =>
  ({ step: "greeting", answeredBy: "human", summary: null, failureReason: null, ...fields }) as TwimlSession;

describe("Twilio's call status read as ours", () => {
  it.each([
    ["busy", "busy", "The line was busy.", "failureLineBusy"],
    ["no-answer", "no_answer", "Nobody answered the phone.", "failureNoAnswer"],
    ["failed", "failed", "The call could not be connected.", "failureNotConnected"],
    ["canceled", "failed", "The call was cancelled before it was answered.", "failureCancelledBeforeAnswer"],
  ])("%s ends the call as %s", (callStatus, status, reason, key) => {
    // The English reason for the admin and the API, and its sentence for the person's page in their language.
    expect(readCallStatus(callStatus, null, null, 0)).toEqual({
      kind: "ended",
      outcome: { status, failure_reason: reason, failure_sentence: { key, values: {} }, duration_seconds: 0 },
    });
  });

  it("reports ringing and answered as live progress, and ignores queued and initiated", () => {
    expect(readCallStatus("ringing", null, null, null)).toEqual({ kind: "progress", status: "ringing" });
    expect(readCallStatus("in-progress", "human", null, null)).toEqual({
      kind: "progress",
      status: "answered",
    });
    expect(readCallStatus("initiated", null, null, null)).toEqual({ kind: "ignored" });
    expect(readCallStatus("queued", null, null, null)).toEqual({ kind: "ignored" });
  });

  it("a completed call answered by a machine is voicemail, by a fax a failure", () => {
    const voicemail = readCallStatus("completed", "machine_end_beep", null, 12);
    expect(voicemail).toMatchObject({
      kind: "ended",
      outcome: { status: "voicemail", duration_seconds: 12 },
    });
    expect(readCallStatus("completed", null, session({ answeredBy: "machine_start" }), 5)).toMatchObject({
      outcome: { status: "voicemail" },
    });
    expect(readCallStatus("completed", "fax", null, 3)).toMatchObject({ outcome: { status: "failed" } });
  });

  it("a completed call keeps what the script achieved, or says the business hung up first", () => {
    const closed = session({
      step: "closed",
      summary: "Booked Monday 9 March at 10 AM.",
      failureReason: null,
    });
    expect(readCallStatus("completed", "human", closed, 60)).toMatchObject({
      outcome: { status: "completed", summary: "Booked Monday 9 March at 10 AM.", failure_reason: null },
    });
    expect(readCallStatus("completed", "human", session({ step: "asking_time" }), 20)).toMatchObject({
      outcome: { status: "completed", failure_reason: "The business hung up before a time was agreed." },
    });
  });

  it("a completed call whose script was never fetched points at PUBLIC_BASE_URL", () => {
    expect(readCallStatus("completed", "human", null, 9)).toMatchObject({
      outcome: { status: "failed", failure_reason: expect.stringMatching(/PUBLIC_BASE_URL/) },
    });
  });
});

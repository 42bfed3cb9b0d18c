import { describe, expect, it } from "vitest";
import { describeStatus, runCheck, statusOf } from "./connection";

describe("runCheck", () => {
  it("passes a check that answers in time", async () => {
    expect(
      await runCheck(
        async () => null,
        500,
        () => "failed",
      ),
    ).toBeNull();
  });

  it("fails a check that takes longer than its timeout, saying how long it waited", async () => {
    const slow = () => new Promise<null>((resolve) => setTimeout(() => resolve(null), 300));
    expect(await runCheck(slow, 20, () => "failed")).toBe("It did not answer within 20 ms.");
  });

  it("turns a thrown error into the describer's sentence, not the error's own words", async () => {
    const result = await runCheck(
      async () => {
        throw Object.assign(new Error("token abc123 rejected"), { statusCode: 401 });
      },
      500,
      (error) => describeStatus("Twilio", error),
    );
    expect(result).toBe("Twilio refused the credentials.");
  });
});

describe("statusOf", () => {
  it("reads statusCode (ElevenLabs) and status (Twilio), and nothing from other values", () => {
    expect(statusOf({ statusCode: 404 })).toBe(404);
    expect(statusOf({ status: 503 })).toBe(503);
    expect(statusOf(new Error("network"))).toBeUndefined();
    expect(describeStatus("ElevenLabs", new Error("network"))).toBe("ElevenLabs could not be reached.");
  });
});

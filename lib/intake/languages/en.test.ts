import { describe, expect, it } from "vitest";
import { conversations, single, zone } from "@/tests/support/intake-phrasings/en";
import { itReadsEachCase, runConversation } from "@/tests/support/intake-table";

describe("the offline intake in English", () => {
  it("has a wide table of phrasings", () => expect(single.length).toBeGreaterThanOrEqual(25));
  describe("single messages", () => itReadsEachCase(single, zone));
  describe("corrections across turns", () => itReadsEachCase(conversations, zone));

  it("leaves the language unset and answers in English", () => {
    const result = runConversation(["I need a dentist"], zone);
    expect(result.request.language).toBeUndefined();
    expect(result.reply).toBe("Got it — a dentist. Where should I look — which city or neighbourhood?");
  });

  it("switches to the language the person changes to, and keeps it for a bare place", () => {
    const result = runConversation(["I need a dentist", "perdona, necesito un médico", "Sevilla"], zone);
    expect(result.request).toMatchObject({ language: "es", service_type: "doctor", location: "Sevilla" });
    expect(result.reply).toMatch(/^Entendido: busco un médico en Sevilla\./);
  });
});

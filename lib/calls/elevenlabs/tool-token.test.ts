import { describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config";
import { isValidToolToken, toolTokenFor } from "./tool-token";

const config = parseConfig({ BETTER_AUTH_SECRET: "a".repeat(40) });
const otherSecret = parseConfig({ BETTER_AUTH_SECRET: "b".repeat(40) });

describe("the per-call tool token", () => {
  it("is stable for a call and different for every other call", () => {
    expect(toolTokenFor("call_1", config)).toBe(toolTokenFor("call_1", config));
    expect(toolTokenFor("call_1", config)).not.toBe(toolTokenFor("call_2", config));
  });

  it("accepts the call's own token only", () => {
    const token = toolTokenFor("call_1", config);
    expect(isValidToolToken("call_1", token, config)).toBe(true);
    expect(isValidToolToken("call_2", token, config)).toBe(false);
    expect(isValidToolToken("call_1", null, config)).toBe(false);
    expect(isValidToolToken("call_1", "", config)).toBe(false);
    expect(isValidToolToken("call_1", token.slice(1), config)).toBe(false);
  });

  it("depends on the app's secret, so another installation's tokens are worthless", () => {
    expect(isValidToolToken("call_1", toolTokenFor("call_1", otherSecret), config)).toBe(false);
  });
});

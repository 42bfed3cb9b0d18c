import { describe, expect, it } from "vitest";
import { asksNotToBeCalled, findOptOutEvidence } from "./opt-out-evidence";

describe("asksNotToBeCalled", () => {
  it.each([
    "Please take us off your list.",
    "Remove this number from your calling list",
    "Don’t call us again.",
    "We do not accept AI calls, sorry.",
    "Stop calling.",
    "Put us on your do-not-call list",
    "No robocalls, thanks.",
  ])("hears a request not to be called in %j", (text) => {
    expect(asksNotToBeCalled(text)).toBe(true);
  });

  it.each([
    "Sure, what day works for you?",
    "We're fully booked that week, call back on Monday.",
    "Can you call me back after lunch?",
    "Don't worry, we can fit you in on Tuesday at ten.",
  ])("hears none in %j", (text) => {
    expect(asksNotToBeCalled(text)).toBe(false);
  });
});

describe("findOptOutEvidence", () => {
  it("keeps the business's own line that asked, as it was said", () => {
    expect(
      findOptOutEvidence([
        { role: "agent", text: "Hi, I'm an AI assistant calling on behalf of Sam Lee." },
        { role: "business", text: "  We don't accept automated calls. Take us off your list.  " },
      ]),
    ).toBe("We don't accept automated calls. Take us off your list.");
  });

  it("never counts the agent's words, which a person's notes can steer", () => {
    expect(
      findOptOutEvidence([
        { role: "agent", text: "The business asked not to be called again; please take us off your list." },
        { role: "business", text: "Sure, what time suits the client?" },
        { role: "system", text: "Don't call us again." },
      ]),
    ).toBeNull();
  });
});

import { describe, expect, test } from "vitest";
import { phoneMenuChoice } from "./phone-menu";

describe("phoneMenuChoice: the key that reaches someone who can book", () => {
  test.each([
    ["Thank you for calling Harbor Dental. Press 1 for billing. Press 2 for appointments.", "2"],
    ["For billing, press 1. For appointments, press 2.", "2"],
    ["For appointments press 2", "2"],
    ["press 2 for appointments", "2"],
    ["Press two for appointments, press three for prescriptions.", "2"],
    ["To book an appointment, please press 4. For directions, press 5.", "4"],
    ["For directions press 1; to schedule a visit press 3.", "3"],
    ["If you would like to make a booking, press 6.", "6"],
    ["For new patients, dial 7.", "7"],
    ["Press 1 for opening hours. Press 9 for reservations.", "9"],
    ["For prescriptions, press 1. For reception, press 0.", "0"],
    ["Press 5 to speak to the front desk.", "5"],
    ["For the operator, press zero.", "0"],
    ["Press 3 for billing, press 8 for the front desk, press 2 for appointments.", "2"],
    ["For all other enquiries, press star.", "*"],
    ["Welcome to Gold Coast Hair Studio. To book a service, press 1. For our prices, press 2.", "1"],
    ["FOR SCHEDULING, PRESS 4.", "4"],
    ["Press 2 for booking an appointment, or stay on the line.", "2"],
  ])("%s → presses %s", (speech, digits) => {
    expect(phoneMenuChoice(speech)?.digits).toBe(digits);
  });

  test("names the option it chose", () => {
    expect(phoneMenuChoice("For billing, press 1. For appointments, press 2.")).toEqual({
      digits: "2",
      option: "appointments",
    });
  });

  test("an appointments option wins over reception and the operator, wherever it comes in the menu", () => {
    expect(
      phoneMenuChoice("For the operator press 0. For reception press 1. For appointments press 7.")?.digits,
    ).toBe("7");
  });

  test.each([
    "Harbor Dental, how can I help you?",
    "We have Tuesday at 2 pm.",
    "Please hold, I'll be right with you.",
    "Press 1 for billing. Press 3 for prescription refills.",
    "Yes, we can do 9:30 on Monday.",
    "",
  ])("%j is not a menu with a booking option", (speech) => {
    expect(phoneMenuChoice(speech)).toBeNull();
  });
});

describe("phoneMenuChoice: menus without punctuation", () => {
  test("keys said before their options pair with what follows", () => {
    expect(phoneMenuChoice("press 1 for billing press 2 for appointments")?.digits).toBe("2");
  });
  test("keys said after their options pair with what precedes", () => {
    expect(phoneMenuChoice("for billing press 1 for appointments press 2")?.digits).toBe("2");
  });
});

import { describe, expect, test } from "vitest";
import {
  personDetailsFrom,
  describePersonDetails,
  detailAnsweringQuestion,
  type PersonDetail,
} from "./person-details";
import { pollsFor } from "./wait-limits";

const details: PersonDetail[] = personDetailsFrom({
  insuranceProvider: "Delta Dental PPO",
  dateOfBirth: "4 May 1990",
  petName: "  ",
  callbackNumber: "+16175550123",
});

describe("pre-filled client details", () => {
  test("empty fields are not details at all", () => {
    expect(details.map((detail) => detail.key)).toEqual([
      "insuranceProvider",
      "dateOfBirth",
      "callbackNumber",
    ]);
    expect(personDetailsFrom(undefined)).toEqual([]);
  });

  test.each([
    ["Which insurance are they with?", "Delta Dental PPO"],
    ["Who's their insurer?", "Delta Dental PPO"],
    ["Can I take the patient's date of birth?", "4 May 1990"],
    ["What's the DOB?", "4 May 1990"],
    ["What year was she born?", "4 May 1990"],
    ["What's the best callback number?", "+16175550123"],
    ["Can I get a phone number for them?", "+16175550123"],
  ])("“%s” is answered with %s", (question, answer) => {
    expect(detailAnsweringQuestion(question, details)?.value).toBe(answer);
  });

  test("a question about a detail the person did not fill in, or about something else, has no answer", () => {
    expect(detailAnsweringQuestion("And what's the pet's name?", details)).toBeNull();
    expect(detailAnsweringQuestion("Is this for a cleaning or a filling?", details)).toBeNull();
  });

  test("the brief describes them as one line of data, or none", () => {
    expect(describePersonDetails(details)).toBe(
      "Insurance provider: Delta Dental PPO; Date of birth: 4 May 1990; Callback number: +16175550123",
    );
    expect(describePersonDetails([])).toBe("none");
  });
});

describe("the wait for an answer", () => {
  test("is counted in polls: at least one look, then one per poll interval", () => {
    expect(pollsFor(0)).toBe(1);
    expect(pollsFor(1_000)).toBe(4);
    expect(pollsFor(35_000)).toBe(140);
    expect(pollsFor(1_001, 500)).toBe(3);
  });
});

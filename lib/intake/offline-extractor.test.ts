import { describe, expect, it } from "vitest";
import { runConversation as runTurns, type Turn } from "@/tests/support/intake-table";
import { emptyBookingRequest, type BookingRequest } from "./booking-request";
import type { IntakeTurnResult } from "./intake-model";
import { createOfflineIntakeModel } from "./offline-extractor";

// Thursday 26 November 2026, 10:00 in New York.
const now = new Date("2026-11-26T15:00:00Z");
const timeZone = "America/New_York";

interface Case {
  says: Turn[];
  expected: Partial<BookingRequest>;
  attention?: RegExp;
}

const window = (start: string, end: string) => ({ start, end });
const hours = (start: string, end: string) => ({ start, end });

const today = window("2026-11-26T10:00:00-05:00", "2026-11-27T00:00:00-05:00");
const tomorrow = window("2026-11-27T00:00:00-05:00", "2026-11-28T00:00:00-05:00");
const thisWeek = window("2026-11-26T10:00:00-05:00", "2026-11-30T00:00:00-05:00");
const nextWeek = window("2026-11-30T00:00:00-05:00", "2026-12-07T00:00:00-05:00");
const thisWeekend = window("2026-11-28T00:00:00-05:00", "2026-11-30T00:00:00-05:00");
const nextWeekend = window("2026-12-05T00:00:00-05:00", "2026-12-07T00:00:00-05:00");
const asap = window("2026-11-26T10:00:00-05:00", "2026-12-03T00:00:00-05:00");
const soon = window("2026-11-26T10:00:00-05:00", "2026-12-10T00:00:00-05:00");
const day = (date: string, next: string) => window(`${date}T00:00:00-05:00`, `${next}T00:00:00-05:00`);
const friday = day("2026-11-27", "2026-11-28");
const saturday = day("2026-11-28", "2026-11-29");
const tuesday = day("2026-12-01", "2026-12-02");

const mornings = hours("08:00", "12:00");
const afternoon = hours("12:00", "17:00");

const singleMessages: [string, Case][] = [
  [
    "a dentist in Cambridge MA next week, mornings",
    {
      says: ["I need a dentist in Cambridge MA next week, mornings"],
      expected: {
        service_type: "dentist",
        location: "Cambridge MA",
        timeframe: "next week",
        window: nextWeek,
        preferred_time: "mornings",
        time_of_day: mornings,
      },
    },
  ],
  [
    "teeth cleaning near Boston tomorrow afternoon",
    {
      says: ["Can you book me a teeth cleaning near Boston tomorrow afternoon?"],
      expected: {
        service_type: "dentist",
        location: "Boston",
        timeframe: "tomorrow",
        window: tomorrow,
        preferred_time: "afternoon",
        time_of_day: afternoon,
      },
    },
  ],
  [
    "a toothache, asap",
    {
      says: ["I've got a toothache, need someone in Somerville asap"],
      expected: {
        service_type: "dentist",
        location: "Somerville",
        timeframe: "as soon as possible",
        window: asap,
      },
    },
  ],
  [
    "a GP this week",
    {
      says: ["Looking for a GP in London this week"],
      expected: { service_type: "doctor", location: "London", timeframe: "this week", window: thisWeek },
    },
  ],
  [
    "a checkup with a doctor on Friday",
    {
      says: ["I need a checkup with a doctor on Friday"],
      expected: { service_type: "doctor", timeframe: "2026-11-27", window: friday },
    },
  ],
  [
    "the flu, today after 5pm",
    {
      says: ["I think I have the flu, can I see someone today after 5pm in Brooklyn?"],
      expected: {
        service_type: "doctor",
        location: "Brooklyn",
        timeframe: "today",
        window: today,
        preferred_time: "after 5pm",
        time_of_day: hours("17:00", "21:00"),
      },
    },
  ],
  [
    "a haircut this weekend",
    {
      says: ["I need a haircut in Austin this weekend"],
      expected: {
        service_type: "hair_salon",
        location: "Austin",
        timeframe: "this weekend",
        window: thisWeekend,
      },
    },
  ],
  [
    "a skin fade is a barber",
    {
      says: ["Need a barber for a skin fade near downtown Chicago, Saturday morning"],
      expected: {
        service_type: "barber",
        location: "downtown Chicago",
        timeframe: "2026-11-28",
        window: saturday,
        preferred_time: "morning",
        time_of_day: mornings,
      },
    },
  ],
  [
    "highlights and a blowout next Friday",
    {
      says: ["Highlights and a blowout at a salon in Seattle next Friday"],
      expected: {
        service_type: "hair_salon",
        location: "Seattle",
        timeframe: "2026-12-04",
        window: day("2026-12-04", "2026-12-05"),
      },
    },
  ],
  [
    "an oil change and brakes on Tuesday",
    {
      says: ["My car needs an oil change and the brakes checked, somewhere in Denver, Tuesday"],
      expected: {
        service_type: "auto_mechanic",
        location: "Denver",
        timeframe: "2026-12-01",
        window: tuesday,
      },
    },
  ],
  [
    "tyres in Portland, OR sometime soon",
    {
      says: ["I need new tires in Portland, OR sometime soon"],
      expected: {
        service_type: "auto_mechanic",
        location: "Portland, OR",
        timeframe: "in the next 2 weeks",
        window: soon,
      },
    },
  ],
  [
    "a leaky faucet: the kitchen is not a place",
    {
      says: ["There's a leaky faucet in my kitchen, need a plumber in Brooklyn tomorrow"],
      expected: { service_type: "plumber", location: "Brooklyn", timeframe: "tomorrow", window: tomorrow },
    },
  ],
  [
    "a boiler today, with the place said last",
    {
      says: ["Our boiler is broken, can someone come today? We're in Leeds"],
      expected: { service_type: "plumber", location: "Leeds", timeframe: "today", window: today },
    },
  ],
  [
    "an electrician to rewire an outlet",
    {
      says: ["I need an electrician to rewire an outlet in Oakland next week"],
      expected: {
        service_type: "electrician",
        location: "Oakland",
        timeframe: "next week",
        window: nextWeek,
      },
    },
  ],
  [
    "a breaker between 2 and 4 on Monday",
    {
      says: ["The breaker keeps tripping, need someone in Houston between 2 and 4 on Monday"],
      expected: {
        service_type: "electrician",
        location: "Houston",
        timeframe: "2026-11-30",
        window: day("2026-11-30", "2026-12-01"),
        preferred_time: "between 2 and 4",
        time_of_day: hours("14:00", "16:00"),
      },
    },
  ],
  [
    "a deep tissue massage, late afternoon",
    {
      says: ["Book me a deep tissue massage in Miami this weekend, late afternoon"],
      expected: {
        service_type: "massage",
        location: "Miami",
        timeframe: "this weekend",
        window: thisWeekend,
        preferred_time: "late afternoon",
        time_of_day: hours("15:00", "17:00"),
      },
    },
  ],
  [
    "my cat needs shots",
    {
      says: ["My cat needs shots, vet in Cambridge MA next week"],
      expected: {
        service_type: "veterinarian",
        location: "Cambridge MA",
        timeframe: "next week",
        window: nextWeek,
        notes: "My cat needs shots",
      },
    },
  ],
  [
    "a table for two at 7pm",
    {
      says: ["Table for two at 7pm tomorrow in New York"],
      expected: {
        service_type: "restaurant",
        location: "New York",
        timeframe: "tomorrow",
        window: tomorrow,
        preferred_time: "at 7pm",
        time_of_day: hours("19:00", "20:00"),
        party_size: 2,
      },
    },
  ],
  [
    "dinner for 4 on Saturday",
    {
      says: ["Dinner for 4 in Boston on Saturday"],
      expected: {
        service_type: "restaurant",
        location: "Boston",
        timeframe: "2026-11-28",
        window: saturday,
        preferred_time: "dinner",
        time_of_day: hours("17:00", "21:00"),
        party_size: 4,
      },
    },
  ],
  [
    "brunch for me and my wife around noon",
    {
      says: ["Brunch for me and my wife in San Francisco this Sunday around noon"],
      expected: {
        service_type: "restaurant",
        location: "San Francisco",
        timeframe: "2026-11-29",
        window: day("2026-11-29", "2026-11-30"),
        preferred_time: "around noon",
        time_of_day: hours("11:30", "12:30"),
        party_size: 2,
      },
    },
  ],
  [
    "a party of six at 8 means 8pm",
    {
      says: ["Party of six at an Italian restaurant in Chicago on Dec 3 at 8"],
      expected: {
        service_type: "restaurant",
        location: "Chicago",
        timeframe: "2026-12-03",
        window: day("2026-12-03", "2026-12-04"),
        preferred_time: "at 8",
        time_of_day: hours("20:00", "21:00"),
        party_size: 6,
      },
    },
  ],
  [
    "a lunch reservation for 3",
    {
      says: ["Can I get a lunch reservation for 3 in Boston tomorrow?"],
      expected: {
        service_type: "restaurant",
        location: "Boston",
        timeframe: "tomorrow",
        window: tomorrow,
        preferred_time: "lunch",
        time_of_day: hours("11:30", "14:00"),
        party_size: 3,
      },
    },
  ],
  [
    "a table for 25 needs confirming",
    {
      says: ["We need a table for 25 in Boston on Friday"],
      expected: {
        service_type: "restaurant",
        location: "Boston",
        timeframe: "2026-11-27",
        window: friday,
        party_size: 25,
      },
      attention: /party of 25 is larger than most restaurants/,
    },
  ],
  [
    "a tattoo artist is not bookable",
    {
      says: ["I need a tattoo artist in Boston next week"],
      expected: { location: "Boston", timeframe: "next week", window: nextWeek },
      attention:
        /^CallPilot can’t book a tattoo artist\. It can book dentists, doctors, .* — which of these do you need\?$/,
    },
  ],
  [
    "a lawyer is not bookable",
    { says: ["Can you find me a lawyer?"], expected: {}, attention: /can’t book a lawyer/ },
  ],
  ["a plea for help extracts nothing", { says: ["I need help"], expected: {} }],
  [
    "sometime soon",
    { says: ["sometime soon"], expected: { timeframe: "in the next 2 weeks", window: soon } },
  ],
  ["asap", { says: ["asap"], expected: { timeframe: "as soon as possible", window: asap } }],
  [
    "my name is Sam Lee",
    {
      says: ["Hi, my name is Sam Lee and I need a dentist"],
      expected: { service_type: "dentist", client_name: "Sam Lee" },
    },
  ],
  [
    "this is Priya",
    {
      says: ["This is Priya, I'd like a massage in Austin"],
      expected: { service_type: "massage", location: "Austin", client_name: "Priya" },
    },
  ],
  [
    "insurance becomes a note, the 3rd is next month's",
    {
      says: ["Dentist in Cambridge MA on the 3rd please. I have Delta Dental insurance."],
      expected: {
        service_type: "dentist",
        location: "Cambridge MA",
        timeframe: "2026-12-03",
        window: day("2026-12-03", "2026-12-04"),
        notes: "I have Delta Dental insurance",
      },
    },
  ],
  [
    "it's for my cat Milo",
    {
      says: ["It's for my cat Milo, she needs her vaccinations. Vet near Somerville tomorrow"],
      expected: {
        service_type: "veterinarian",
        location: "Somerville",
        timeframe: "tomorrow",
        window: tomorrow,
        notes: "It's for my cat Milo",
      },
    },
  ],
  [
    "I'm Alex, a barber at 10am with wheelchair access",
    {
      says: ["I'm Alex. Barber in Leeds tomorrow at 10am, wheelchair access please"],
      expected: {
        service_type: "barber",
        location: "Leeds",
        timeframe: "tomorrow",
        window: tomorrow,
        preferred_time: "at 10am",
        time_of_day: hours("10:00", "11:00"),
        client_name: "Alex",
        notes: "Wheelchair access",
      },
    },
  ],
  [
    "book it under Jordan Smith",
    { says: ["Book it under Jordan Smith"], expected: { client_name: "Jordan Smith" } },
  ],
  [
    "all lower case",
    {
      says: ["need a plumber in cambridge ma friday morning"],
      expected: {
        service_type: "plumber",
        location: "Cambridge MA",
        timeframe: "2026-11-27",
        window: friday,
        preferred_time: "morning",
        time_of_day: mornings,
      },
    },
  ],
  [
    "a haircut in London, UK next month",
    {
      says: ["Haircut in London, UK next month"],
      expected: {
        service_type: "hair_salon",
        location: "London, UK",
        timeframe: "next month",
        window: window("2026-12-01T00:00:00-05:00", "2027-01-01T00:00:00-05:00"),
      },
    },
  ],
  [
    "in 2 weeks is not a place",
    {
      says: ["Get me a doctor in Boston in 2 weeks"],
      expected: {
        service_type: "doctor",
        location: "Boston",
        timeframe: "in 2 weeks",
        window: window("2026-12-07T00:00:00-05:00", "2026-12-14T00:00:00-05:00"),
      },
    },
  ],
  [
    "between two dates",
    {
      says: ["dentist in Boston between Dec 3 and Dec 5"],
      expected: {
        service_type: "dentist",
        location: "Boston",
        timeframe: "2026-12-03 to 2026-12-05",
        window: day("2026-12-03", "2026-12-06"),
      },
    },
  ],
  [
    "Monday or Tuesday evening",
    {
      says: ["Massage in Boston on Monday or Tuesday evening"],
      expected: {
        service_type: "massage",
        location: "Boston",
        timeframe: "2026-11-30 to 2026-12-01",
        window: day("2026-11-30", "2026-12-02"),
        preferred_time: "evening",
        time_of_day: hours("17:00", "21:00"),
      },
    },
  ],
  [
    "yesterday is in the past",
    {
      says: ["Electrician in Dallas yesterday"],
      expected: { service_type: "electrician", location: "Dallas" },
      attention: /^Wed 25 Nov 2026 has already passed/,
    },
  ],
  [
    "next weekend before noon",
    {
      says: ["dentist in Boston next weekend before noon"],
      expected: {
        service_type: "dentist",
        location: "Boston",
        timeframe: "next weekend",
        window: nextWeekend,
        preferred_time: "before noon",
        time_of_day: mornings,
      },
    },
  ],
];

const conversations: [string, Case][] = [
  [
    "a bare city answers the question where",
    {
      says: ["I need a haircut", "Boston", "tomorrow afternoon"],
      expected: {
        service_type: "hair_salon",
        location: "Boston",
        timeframe: "tomorrow",
        window: tomorrow,
        preferred_time: "afternoon",
        time_of_day: afternoon,
      },
    },
  ],
  [
    "four turns build a dentist request",
    {
      says: ["I need a dentist", "Cambridge, MA please", "next week, mornings", "my name's Jo"],
      expected: {
        service_type: "dentist",
        location: "Cambridge, MA",
        timeframe: "next week",
        window: nextWeek,
        preferred_time: "mornings",
        time_of_day: mornings,
        client_name: "Jo",
      },
    },
  ],
  [
    "a restaurant time without am/pm is the evening, and a note is kept",
    {
      says: ["Table for 4 in Chicago", "Saturday at 7", "Add a note: it's a birthday"],
      expected: {
        service_type: "restaurant",
        location: "Chicago",
        timeframe: "2026-11-28",
        window: saturday,
        preferred_time: "at 7",
        time_of_day: hours("19:00", "20:00"),
        party_size: 4,
        notes: "It's a birthday",
      },
    },
  ],
  [
    "another assistant's question about the town is answered by a bare name",
    {
      says: ["I need a vet", { assistant: "Sure — which town are you in?" }, "Medford", "Friday"],
      expected: {
        service_type: "veterinarian",
        location: "Medford",
        timeframe: "2026-11-27",
        window: friday,
      },
    },
  ],
  [
    "actually make it Cambridge",
    {
      says: ["Dentist in Boston tomorrow", "actually make it Cambridge"],
      expected: { service_type: "dentist", location: "Cambridge", timeframe: "tomorrow", window: tomorrow },
    },
  ],
  [
    "make it Cambridge MA on Friday changes place and day",
    {
      says: ["Dentist in Boston next week", "actually make it Cambridge MA on Friday"],
      expected: {
        service_type: "dentist",
        location: "Cambridge MA",
        timeframe: "2026-11-27",
        window: friday,
      },
    },
  ],
  [
    "Boston instead",
    {
      says: ["Barber in Cambridge on Friday", "no, Boston instead"],
      expected: { service_type: "barber", location: "Boston", timeframe: "2026-11-27", window: friday },
    },
  ],
  [
    "make it Saturday instead",
    {
      says: ["Dinner for 2 in Boston on Friday", "make it Saturday instead"],
      expected: {
        service_type: "restaurant",
        location: "Boston",
        timeframe: "2026-11-28",
        window: saturday,
        preferred_time: "dinner",
        time_of_day: hours("17:00", "21:00"),
        party_size: 2,
      },
    },
  ],
  [
    "change to 6 people",
    {
      says: ["Table for 4 in Boston tomorrow at 7pm", "change to 6 people"],
      expected: {
        service_type: "restaurant",
        location: "Boston",
        timeframe: "tomorrow",
        window: tomorrow,
        preferred_time: "at 7pm",
        time_of_day: hours("19:00", "20:00"),
        party_size: 6,
      },
    },
  ],
  [
    "make it 3 counts people at a restaurant",
    {
      says: ["Table for 2 in Boston tomorrow", "make it 3"],
      expected: {
        service_type: "restaurant",
        location: "Boston",
        timeframe: "tomorrow",
        window: tomorrow,
        party_size: 3,
      },
    },
  ],
  [
    "no, Tuesday instead",
    {
      says: ["Dentist in Boston next week", "no, Tuesday instead"],
      expected: { service_type: "dentist", location: "Boston", timeframe: "2026-12-01", window: tuesday },
    },
  ],
  [
    "a barber replaces a hair salon",
    {
      says: ["I need a haircut in Boston on Friday", "actually I'd prefer a barber"],
      expected: { service_type: "barber", location: "Boston", timeframe: "2026-11-27", window: friday },
    },
  ],
  [
    "a trim keeps a barber a barber",
    {
      says: ["Barber in Boston on Friday", "just a trim, after work"],
      expected: {
        service_type: "barber",
        location: "Boston",
        timeframe: "2026-11-27",
        window: friday,
        preferred_time: "after work",
        time_of_day: hours("17:00", "21:00"),
      },
    },
  ],
  [
    "an unsupported service keeps the one already chosen",
    {
      says: ["Massage in Boston tomorrow", "a tattoo artist"],
      expected: { service_type: "massage", location: "Boston", timeframe: "tomorrow", window: tomorrow },
      attention: /can’t book a tattoo artist/,
    },
  ],
  [
    "a later time of day replaces the earlier one",
    {
      says: ["Dentist in Boston tomorrow mornings", "after 5pm would be better"],
      expected: {
        service_type: "dentist",
        location: "Boston",
        timeframe: "tomorrow",
        window: tomorrow,
        preferred_time: "after 5pm",
        time_of_day: hours("17:00", "21:00"),
      },
    },
  ],
  [
    "a bare number answers how many people",
    {
      says: ["Dinner in Boston tomorrow", { assistant: "How many people should the table be for?" }, "5"],
      expected: {
        service_type: "restaurant",
        location: "Boston",
        timeframe: "tomorrow",
        window: tomorrow,
        preferred_time: "dinner",
        time_of_day: hours("17:00", "21:00"),
        party_size: 5,
      },
    },
  ],
  [
    "a repeated note is kept once",
    {
      says: ["Vet in Boston tomorrow", "It's for my dog Rex", "It's for my dog Rex"],
      expected: {
        service_type: "veterinarian",
        location: "Boston",
        timeframe: "tomorrow",
        window: tomorrow,
        notes: "It's for my dog Rex",
      },
    },
  ],
  [
    "notes from different turns are appended",
    {
      says: ["Doctor in Boston tomorrow", "I have Aetna insurance", "also I'm a new patient"],
      expected: {
        service_type: "doctor",
        location: "Boston",
        timeframe: "tomorrow",
        window: tomorrow,
        notes: "I have Aetna insurance; I'm a new patient",
      },
    },
  ],
  [
    "yes and ok change nothing",
    {
      says: ["Plumber in Boston this week", "yes", "ok"],
      expected: { service_type: "plumber", location: "Boston", timeframe: "this week", window: thisWeek },
    },
  ],
  [
    "a bare name answers the optional name question",
    {
      says: ["Electrician in Boston next week", "Sam Lee"],
      expected: {
        service_type: "electrician",
        location: "Boston",
        timeframe: "next week",
        window: nextWeek,
        client_name: "Sam Lee",
      },
    },
  ],
  [
    "a past date does not replace the timeframe already chosen",
    {
      says: ["Dentist in Boston next week", "actually Nov 3 2026"],
      expected: { service_type: "dentist", location: "Boston", timeframe: "next week", window: nextWeek },
      attention: /^Tue 3 Nov 2026 has already passed/,
    },
  ],
];

function runConversation(says: Turn[]): IntakeTurnResult {
  return runTurns(says, timeZone, now);
}

describe("the offline extractor", () => {
  it("has a wide table of phrasings", () => {
    expect(singleMessages.length + conversations.length).toBeGreaterThanOrEqual(45);
  });

  describe.each([
    ["single messages", singleMessages],
    ["conversations", conversations],
  ])("%s", (_, cases) => {
    it.each(cases)("%s", (_, { says, expected, attention }) => {
      const result = runConversation(says);
      expect(result.request).toEqual({ ...emptyBookingRequest, ...expected });
      if (attention) expect(result.attention).toMatch(attention);
      else expect(result.attention).toBeNull();
    });
  });

  it("asks for the first missing field, beginning with what to book", () => {
    expect(runConversation(["I need help"]).reply).toMatch(
      /^Happy to help! What should I book\? I can call dentists/,
    );
    expect(runConversation(["I need a dentist"]).reply).toBe(
      "Got it — a dentist. Where should I look — which city or neighbourhood?",
    );
    expect(runConversation(["I need a dentist in Boston"]).reply).toBe(
      "Got it — a dentist in Boston. When would suit you — today, tomorrow, next week, or a particular date?",
    );
  });

  it("summarises a complete request and points at Call providers", () => {
    expect(runConversation(["I need a dentist in Cambridge MA next week, mornings"]).reply).toBe(
      "Great — a dentist in Cambridge MA next week (Mon 30 Nov – Sun 6 Dec), mornings (08:00–12:00). " +
        "Press “Call providers” when you’re ready, or tell me anything to change. " +
        "If you like, tell me the name to book under.",
    );
  });

  it("mentions the party size for a restaurant once the rest is known", () => {
    expect(runConversation(["Dinner in Boston on Saturday, book it under Kim"]).reply).toMatch(
      /Press “Call providers” .* If you like, tell me how many people are coming\.$/,
    );
  });

  it("streams its reply in word-sized chunks that join back into the reply", async () => {
    const turn = createOfflineIntakeModel().runTurn({
      history: [],
      current: emptyBookingRequest,
      message: "I need a dentist in Cambridge MA next week, mornings",
      now,
      timeZone,
    });
    const chunks: string[] = [];
    for await (const chunk of turn.textStream) chunks.push(chunk);
    const { reply } = await turn.result;
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.every((chunk) => chunk.trim().split(/\s+/).length === 1)).toBe(true);
    expect(chunks.join("")).toBe(reply);
  });

  it("settles its result even when nobody reads the stream", async () => {
    const turn = createOfflineIntakeModel().runTurn({
      history: [],
      current: emptyBookingRequest,
      message: "asap",
      now,
      timeZone,
    });
    await expect(turn.result).resolves.toMatchObject({ request: { timeframe: "as soon as possible" } });
  });
});

// Real-world English phrasings of booking requests and the fields the intake must read from them, with the
// fixed clock of intake-table.ts. The offline extractor's tests and the LLM path's fallback tests run them.
import { hours, windowsIn, type IntakeCase } from "../intake-table";

export const zone = "America/New_York";
const w = windowsIn(zone);

// English requests leave the language unset: a request without one is in English.
export const single: [string, IntakeCase][] = [
  [
    "a dentist tomorrow night",
    {
      says: ["Can you find me a dentist in Boston tomorrow night?"],
      expected: {
        service_type: "dentist",
        location: "Boston",
        timeframe: "tomorrow",
        window: w.tomorrow,
        time_of_day: hours("17:00", "21:00"),
      },
    },
  ],
  [
    "a table tomorrow night, it's for Alex",
    {
      says: ["Book a table for 4 in Chicago tomorrow night, it's for Alex"],
      expected: {
        service_type: "restaurant",
        party_size: 4,
        location: "Chicago",
        timeframe: "tomorrow",
        time_of_day: hours("17:00", "21:00"),
        client_name: "Alex",
      },
    },
  ],
  [
    "a GP after 5",
    {
      says: ["I need a GP in London next week after 5"],
      expected: {
        service_type: "doctor",
        location: "London",
        timeframe: "next week",
        window: w.nextWeek,
        time_of_day: hours("17:00", "21:00"),
      },
    },
  ],
  [
    "a pediatrician on Friday morning",
    {
      says: ["My kid needs a pediatrician in Cambridge MA on Friday morning"],
      expected: {
        service_type: "doctor",
        location: "Cambridge MA",
        timeframe: "2026-11-27",
        window: w.friday,
        time_of_day: hours("08:00", "12:00"),
      },
    },
  ],
  [
    "a hairdresser this weekend",
    {
      says: ["Looking for a hairdresser in Savannah this weekend"],
      expected: {
        service_type: "hair_salon",
        location: "Savannah",
        timeframe: "this weekend",
        window: w.thisWeekend,
      },
    },
  ],
  [
    "all lower case barber around 11",
    {
      says: ["barber in brooklyn saturday around 11"],
      expected: {
        service_type: "barber",
        location: "Brooklyn",
        timeframe: "2026-11-28",
        window: w.saturday,
        time_of_day: hours("10:30", "11:30"),
      },
    },
  ],
  [
    "squeaking brakes asap",
    {
      says: ["My car's brakes are squeaking, need a mechanic near Somerville asap"],
      expected: {
        service_type: "auto_mechanic",
        location: "Somerville",
        timeframe: "as soon as possible",
        window: w.asap,
      },
    },
  ],
  [
    "a leaky faucet today",
    {
      says: ["Leaky faucet — a plumber in Newton today please"],
      expected: { service_type: "plumber", location: "Newton", timeframe: "today", window: w.today },
    },
  ],
  [
    "the breaker keeps tripping",
    {
      says: ["Need an electrician in San Francisco, the breaker keeps tripping, sometime next week"],
      expected: { service_type: "electrician", location: "San Francisco", timeframe: "next week" },
    },
  ],
  [
    "deep tissue on Saturday afternoon",
    {
      says: ["Deep tissue massage in Brookline on Saturday afternoon"],
      expected: {
        service_type: "massage",
        location: "Brookline",
        timeframe: "2026-11-28",
        time_of_day: hours("12:00", "17:00"),
      },
    },
  ],
  [
    "the dog's shots on Thursday",
    {
      says: ["My dog needs his shots, any vet in Boston on Thursday?"],
      expected: {
        service_type: "veterinarian",
        location: "Boston",
        timeframe: "2026-11-26",
        window: w.thursday,
      },
    },
  ],
  [
    "dinner for two on December 3rd at 8",
    {
      says: ["Dinner for two in New York on December 3rd at 8"],
      expected: {
        service_type: "restaurant",
        party_size: 2,
        location: "New York",
        timeframe: "2026-12-03",
        window: w.december3,
        time_of_day: hours("20:00", "21:00"),
      },
    },
  ],
  [
    "six people for brunch",
    {
      says: ["We're six people, brunch in Chicago on Saturday"],
      expected: {
        service_type: "restaurant",
        party_size: 6,
        location: "Chicago",
        timeframe: "2026-11-28",
        time_of_day: hours("10:00", "14:00"),
      },
    },
  ],
  [
    "teeth cleaning in two weeks",
    {
      says: ["Teeth cleaning in Cambridge MA in two weeks"],
      expected: {
        service_type: "dentist",
        location: "Cambridge MA",
        timeframe: "in 2 weeks",
        window: w.inTwoWeeks,
      },
    },
  ],
  [
    "a haircut before noon",
    {
      says: ["Haircut in London tomorrow before noon"],
      expected: {
        service_type: "hair_salon",
        location: "London",
        timeframe: "tomorrow",
        time_of_day: hours("08:00", "12:00"),
      },
    },
  ],
  [
    "the day after tomorrow, early morning",
    {
      says: ["Could you get me a doctor's appointment in Boston the day after tomorrow, early morning?"],
      expected: {
        service_type: "doctor",
        location: "Boston",
        timeframe: "2026-11-26",
        window: w.dayAfterTomorrow,
        time_of_day: hours("07:00", "09:00"),
      },
    },
  ],
  [
    "under the name Rivera tonight at 7",
    {
      says: ["Table for 3 under the name Rivera in Boston tonight at 7"],
      expected: {
        service_type: "restaurant",
        party_size: 3,
        client_name: "Rivera",
        location: "Boston",
        timeframe: "today",
        time_of_day: hours("19:00", "20:00"),
      },
    },
  ],
  [
    "an oil change next month",
    {
      says: ["Oil change near Chicago next month"],
      expected: {
        service_type: "auto_mechanic",
        location: "Chicago",
        timeframe: "next month",
        window: w.nextMonth,
      },
    },
  ],
  [
    "the flu, today",
    {
      says: ["I've got the flu, need a doctor in Somerville today"],
      expected: { service_type: "doctor", location: "Somerville", timeframe: "today" },
    },
  ],
  [
    "a blowout between 2 and 4",
    {
      says: ["Need a blowout in San Francisco on Friday between 2 and 4"],
      expected: {
        service_type: "hair_salon",
        location: "San Francisco",
        timeframe: "2026-11-27",
        time_of_day: hours("14:00", "16:00"),
      },
    },
  ],
  [
    "a vet after work",
    {
      says: ["A vet for my cat in Newton this week, after work"],
      expected: {
        service_type: "veterinarian",
        location: "Newton",
        timeframe: "this week",
        window: w.thisWeek,
        time_of_day: hours("17:00", "21:00"),
      },
    },
  ],
  [
    "my name is Priya Shah",
    {
      says: ["Hi, my name is Priya Shah, I need a dentist in Boston next week"],
      expected: {
        service_type: "dentist",
        location: "Boston",
        timeframe: "next week",
        client_name: "Priya Shah",
      },
    },
  ],
  [
    "a lunch reservation for 5",
    {
      says: ["Lunch reservation for 5 in New York tomorrow"],
      expected: {
        service_type: "restaurant",
        party_size: 5,
        location: "New York",
        timeframe: "tomorrow",
        time_of_day: hours("11:30", "14:00"),
      },
    },
  ],
  [
    "somewhere to eat Saturday night",
    {
      says: ["Somewhere to eat in Savannah on Saturday night for 2"],
      expected: {
        service_type: "restaurant",
        location: "Savannah",
        timeframe: "2026-11-28",
        time_of_day: hours("17:00", "21:00"),
        party_size: 2,
      },
    },
  ],
  [
    "it's for Jordan",
    {
      says: ["A massage in Chicago next weekend, it's for Jordan"],
      expected: {
        service_type: "massage",
        location: "Chicago",
        timeframe: "next weekend",
        window: w.nextWeekend,
        client_name: "Jordan",
      },
    },
  ],
  [
    "the power cut out",
    {
      says: ["Electrician in Boston asap, we had a power cut"],
      expected: { service_type: "electrician", location: "Boston", timeframe: "as soon as possible" },
    },
  ],
];

export const conversations: [string, IntakeCase][] = [
  [
    "no wait, Savannah",
    {
      says: ["A table for 2 in Boston tomorrow night", "no wait, Savannah"],
      expected: { location: "Savannah", party_size: 2, timeframe: "tomorrow" },
    },
  ],
  [
    "actually Saturday",
    {
      says: ["I need a dentist in Boston on Friday", "actually Saturday"],
      expected: { timeframe: "2026-11-28", window: w.saturday, location: "Boston" },
    },
  ],
  [
    "make it 6",
    {
      says: ["Dinner for 4 in Chicago on Saturday", "make it 6"],
      expected: { party_size: 6, location: "Chicago" },
    },
  ],
  [
    "sorry, I mean Newton",
    {
      says: ["Plumber in Boston today", "sorry, I mean Newton"],
      expected: { service_type: "plumber", location: "Newton" },
    },
  ],
];

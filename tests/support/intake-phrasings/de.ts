// Real-world German phrasings of booking requests and the fields the intake must read from them, with the
// fixed clock of intake-table.ts. The offline extractor's tests and the LLM path's fallback tests run them.
import { hours, windowsIn, type IntakeCase } from "../intake-table";

export const zone = "Europe/Berlin";
const w = windowsIn(zone);
const de = { language: "de" } as const;

export const single: [string, IntakeCase][] = [
  [
    "beim Zahnarzt nächste Woche, vormittags",
    {
      says: ["Ich brauche einen Termin beim Zahnarzt in Berlin nächste Woche, vormittags"],
      expected: {
        ...de,
        service_type: "dentist",
        location: "Berlin",
        timeframe: "next week",
        window: w.nextWeek,
        time_of_day: hours("08:00", "12:00"),
      },
    },
  ],
  [
    "Zahnschmerzen, morgen",
    {
      says: ["Ich habe Zahnschmerzen, gibt es morgen einen Zahnarzt in München?"],
      expected: {
        ...de,
        service_type: "dentist",
        location: "München",
        timeframe: "tomorrow",
        window: w.tomorrow,
      },
    },
  ],
  [
    "Hausarzt heute Nachmittag",
    {
      says: ["Hausarzt in Hamburg heute Nachmittag"],
      expected: {
        ...de,
        service_type: "doctor",
        location: "Hamburg",
        timeframe: "today",
        window: w.today,
        time_of_day: hours("12:00", "17:00"),
      },
    },
  ],
  [
    "beim Kinderarzt am Freitag",
    {
      says: ["Einen Termin beim Kinderarzt in Köln am Freitag"],
      expected: {
        ...de,
        service_type: "doctor",
        location: "Köln",
        timeframe: "2026-11-27",
        window: w.friday,
      },
    },
  ],
  [
    "ein Tisch für 4 Personen um 19 Uhr",
    {
      says: ["Ein Tisch für 4 Personen in Frankfurt am Samstag um 19 Uhr"],
      expected: {
        ...de,
        service_type: "restaurant",
        party_size: 4,
        location: "Frankfurt",
        timeframe: "2026-11-28",
        window: w.saturday,
        time_of_day: hours("19:00", "20:00"),
      },
    },
  ],
  [
    "zu dritt am Wochenende essen gehen",
    {
      says: ["Wir sind zu dritt und möchten am Wochenende in Stuttgart essen gehen"],
      expected: {
        ...de,
        service_type: "restaurant",
        party_size: 3,
        location: "Stuttgart",
        timeframe: "this weekend",
        window: w.thisWeekend,
      },
    },
  ],
  [
    "auf den Namen Müller, morgen Abend",
    {
      says: ["Tisch für zwei auf den Namen Müller in Düsseldorf, morgen Abend"],
      expected: {
        ...de,
        service_type: "restaurant",
        party_size: 2,
        client_name: "Müller",
        location: "Düsseldorf",
        timeframe: "tomorrow",
        time_of_day: hours("17:00", "21:00"),
      },
    },
  ],
  [
    "Friseur Samstag Vormittag",
    {
      says: ["Ich brauche einen Friseur in Leipzig, Samstag Vormittag"],
      expected: {
        ...de,
        service_type: "hair_salon",
        location: "Leipzig",
        timeframe: "2026-11-28",
        time_of_day: hours("08:00", "12:00"),
      },
    },
  ],
  [
    "Barbier nach 17 Uhr",
    {
      says: ["Barbier in Berlin zum Bart trimmen, Freitag nach 17 Uhr"],
      expected: {
        ...de,
        service_type: "barber",
        location: "Berlin",
        timeframe: "2026-11-27",
        time_of_day: hours("17:00", "21:00"),
      },
    },
  ],
  [
    "Ölwechsel so bald wie möglich",
    {
      says: ["Mein Auto braucht einen Ölwechsel, Werkstatt in Dresden so bald wie möglich"],
      expected: {
        ...de,
        service_type: "auto_mechanic",
        location: "Dresden",
        timeframe: "as soon as possible",
        window: w.asap,
      },
    },
  ],
  [
    "der Wasserhahn tropft",
    {
      says: ["Der Wasserhahn tropft, ich brauche einen Klempner in Hannover heute"],
      expected: { ...de, service_type: "plumber", location: "Hannover", timeframe: "today" },
    },
  ],
  [
    "die Steckdose, nächste Woche",
    {
      says: ["Elektriker in Nürnberg, die Steckdose funktioniert nicht, nächste Woche"],
      expected: { ...de, service_type: "electrician", location: "Nürnberg", timeframe: "next week" },
    },
  ],
  [
    "eine Massage am Samstag Nachmittag",
    {
      says: ["Eine Massage in Wien am Samstag Nachmittag"],
      expected: {
        ...de,
        service_type: "massage",
        location: "Wien",
        timeframe: "2026-11-28",
        time_of_day: hours("12:00", "17:00"),
      },
    },
  ],
  [
    "der Hund braucht eine Impfung",
    {
      says: ["Mein Hund braucht eine Impfung, Tierarzt in Bremen am Donnerstag"],
      expected: {
        ...de,
        service_type: "veterinarian",
        location: "Bremen",
        timeframe: "2026-11-26",
        window: w.thursday,
      },
    },
  ],
  [
    "Zahnreinigung in zwei Wochen",
    {
      says: ["Zahnreinigung in Zürich in zwei Wochen"],
      expected: {
        ...de,
        service_type: "dentist",
        location: "Zürich",
        timeframe: "in 2 weeks",
        window: w.inTwoWeeks,
      },
    },
  ],
  [
    "übermorgen frühmorgens",
    {
      says: ["Arzttermin in Bonn übermorgen, frühmorgens"],
      expected: {
        ...de,
        service_type: "doctor",
        location: "Bonn",
        timeframe: "2026-11-26",
        window: w.dayAfterTomorrow,
        time_of_day: hours("07:00", "09:00"),
      },
    },
  ],
  [
    "am 3. Dezember",
    {
      says: ["Zahnarzt in Graz am 3. Dezember"],
      expected: {
        ...de,
        service_type: "dentist",
        location: "Graz",
        timeframe: "2026-12-03",
        window: w.december3,
      },
    },
  ],
  [
    "Fieber und Husten in Essen",
    {
      says: ["Ich habe Fieber und Husten, ich brauche einen Arzt in Essen heute"],
      expected: { ...de, service_type: "doctor", location: "Essen", timeframe: "today" },
    },
  ],
  [
    "Mittagessen morgen Mittag",
    {
      says: ["Mittagessen für 6 in Berlin morgen Mittag"],
      expected: {
        ...de,
        service_type: "restaurant",
        party_size: 6,
        location: "Berlin",
        timeframe: "tomorrow",
        time_of_day: hours("11:30", "14:00"),
      },
    },
  ],
  [
    "zwischen 10 und 12 Uhr",
    {
      says: ["Friseur in Basel am Freitag zwischen 10 und 12 Uhr"],
      expected: {
        ...de,
        service_type: "hair_salon",
        location: "Basel",
        timeframe: "2026-11-27",
        time_of_day: hours("10:00", "12:00"),
      },
    },
  ],
  [
    "mein Name ist Anna Schmidt",
    {
      says: ["Hallo, mein Name ist Anna Schmidt, ich suche einen Hausarzt in Mannheim diese Woche"],
      expected: {
        ...de,
        service_type: "doctor",
        location: "Mannheim",
        timeframe: "this week",
        window: w.thisWeek,
        client_name: "Anna Schmidt",
      },
    },
  ],
  [
    "heute Abend gegen 20 Uhr",
    {
      says: ["Ein Tisch für 2 in Hamburg heute Abend gegen 20 Uhr"],
      expected: {
        ...de,
        service_type: "restaurant",
        party_size: 2,
        location: "Hamburg",
        timeframe: "today",
        time_of_day: hours("19:30", "20:30"),
      },
    },
  ],
  [
    "Bremsen am Montag Vormittag",
    {
      says: ["Ich brauche eine Werkstatt für meine Bremsen in Bochum, Montag Vormittag"],
      expected: {
        ...de,
        service_type: "auto_mechanic",
        location: "Bochum",
        timeframe: "2026-11-30",
        time_of_day: hours("08:00", "12:00"),
      },
    },
  ],
  [
    "nächsten Monat",
    {
      says: ["Ich suche einen Elektriker in Kiel nächsten Monat"],
      expected: {
        ...de,
        service_type: "electrician",
        location: "Kiel",
        timeframe: "next month",
        window: w.nextMonth,
      },
    },
  ],
  [
    "für eine Person ab 15 Uhr",
    {
      says: ["Massage für eine Person in Innsbruck, morgen ab 15 Uhr"],
      expected: {
        ...de,
        service_type: "massage",
        party_size: 1,
        location: "Innsbruck",
        timeframe: "tomorrow",
        time_of_day: hours("15:00", "21:00"),
      },
    },
  ],
  [
    "Tierarzt für die Katze",
    {
      says: ["Tierarzt für meine Katze in Bern, heute Nachmittag"],
      expected: {
        ...de,
        service_type: "veterinarian",
        location: "Bern",
        timeframe: "today",
        time_of_day: hours("12:00", "17:00"),
      },
    },
  ],
  [
    "ich heiße Jonas, am Wochenende",
    {
      says: ["Zahnarzt in Berlin, ich heiße Jonas, am Wochenende"],
      expected: {
        ...de,
        service_type: "dentist",
        location: "Berlin",
        timeframe: "this weekend",
        client_name: "Jonas",
      },
    },
  ],
  [
    "einen Tisch reservieren für heute Abend",
    {
      says: ["Einen Tisch reservieren für heute Abend in Köln"],
      expected: {
        ...de,
        service_type: "restaurant",
        location: "Köln",
        timeframe: "today",
        time_of_day: hours("17:00", "21:00"),
      },
    },
  ],
  [
    "all lower case",
    {
      says: ["ich brauche morgen einen friseur in berlin"],
      expected: { ...de, service_type: "hair_salon", location: "Berlin", timeframe: "tomorrow" },
    },
  ],
];

export const conversations: [string, IntakeCase][] = [
  [
    "doch lieber Freitag",
    {
      says: ["Friseur in Berlin am Donnerstag", "doch lieber Freitag"],
      expected: { ...de, timeframe: "2026-11-27", window: w.friday, location: "Berlin" },
    },
  ],
  [
    "nein, lieber in Augsburg",
    {
      says: ["Tisch für 4 in München am Samstag", "nein, lieber in Augsburg"],
      expected: { ...de, location: "Augsburg", party_size: 4, timeframe: "2026-11-28" },
    },
  ],
  [
    "answers in bare words",
    {
      says: ["Ich brauche einen Arzt", "Hamburg", "morgen"],
      expected: { ...de, service_type: "doctor", location: "Hamburg", timeframe: "tomorrow" },
    },
  ],
  [
    "eigentlich sind wir zu viert",
    {
      says: ["Ein Tisch für 3 in Köln heute Abend", "eigentlich sind wir zu viert"],
      expected: { ...de, party_size: 4, location: "Köln" },
    },
  ],
  [
    "lieber nachmittags",
    {
      says: ["Zahnarzt in Berlin morgen Vormittag", "lieber nachmittags"],
      expected: { ...de, timeframe: "tomorrow", time_of_day: hours("12:00", "17:00") },
    },
  ],
  [
    "ändere es auf Potsdam",
    {
      says: ["Klempner in Berlin heute", "ändere es auf Potsdam"],
      expected: { ...de, service_type: "plumber", location: "Potsdam" },
    },
  ],
];

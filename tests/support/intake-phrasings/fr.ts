// Real-world French phrasings of booking requests and the fields the intake must read from them, with the
// fixed clock of intake-table.ts. The offline extractor's tests and the LLM path's fallback tests run them.
import { hours, windowsIn, type IntakeCase } from "../intake-table";

export const zone = "Europe/Paris";
const w = windowsIn(zone);
const fr = { language: "fr" } as const;

export const single: [string, IntakeCase][] = [
  [
    "chez le dentiste la semaine prochaine, le matin",
    {
      says: ["Je voudrais un rendez-vous chez le dentiste à Paris la semaine prochaine, le matin"],
      expected: {
        ...fr,
        service_type: "dentist",
        location: "Paris",
        timeframe: "next week",
        window: w.nextWeek,
        time_of_day: hours("08:00", "12:00"),
      },
    },
  ],
  [
    "mal aux dents, demain après-midi",
    {
      says: ["J'ai mal aux dents, il me faudrait un dentiste à Lyon demain après-midi"],
      expected: {
        ...fr,
        service_type: "dentist",
        location: "Lyon",
        timeframe: "tomorrow",
        window: w.tomorrow,
        time_of_day: hours("12:00", "17:00"),
      },
    },
  ],
  [
    "une table pour 4 samedi soir",
    {
      says: ["Une table pour 4 à Bordeaux samedi soir"],
      expected: {
        ...fr,
        service_type: "restaurant",
        party_size: 4,
        location: "Bordeaux",
        timeframe: "2026-11-28",
        window: w.saturday,
        time_of_day: hours("17:00", "21:00"),
      },
    },
  ],
  [
    "un coiffeur à Montréal vers 10h",
    {
      says: ["Je cherche un coiffeur à Montréal vendredi vers 10h"],
      expected: {
        ...fr,
        service_type: "hair_salon",
        location: "Montréal",
        timeframe: "2026-11-27",
        window: w.friday,
        time_of_day: hours("09:30", "10:30"),
      },
    },
  ],
  [
    "un médecin généraliste aujourd'hui",
    {
      says: ["Il faut que je voie un médecin généraliste à Marseille aujourd'hui"],
      expected: { ...fr, service_type: "doctor", location: "Marseille", timeframe: "today", window: w.today },
    },
  ],
  [
    "le pédiatre en fin d'après-midi",
    {
      says: ["Rendez-vous chez le pédiatre à Toulouse cette semaine, en fin d'après-midi"],
      expected: {
        ...fr,
        service_type: "doctor",
        location: "Toulouse",
        timeframe: "this week",
        window: w.thisWeek,
        time_of_day: hours("15:00", "17:00"),
      },
    },
  ],
  [
    "les vaccins du chien, près de Nantes",
    {
      says: ["Mon chien doit faire ses vaccins, un vétérinaire près de Nantes jeudi"],
      expected: {
        ...fr,
        service_type: "veterinarian",
        location: "Nantes",
        timeframe: "2026-11-26",
        window: w.thursday,
      },
    },
  ],
  [
    "on est six, dîner le week-end prochain",
    {
      says: ["On est six, on voudrait dîner à Lille le week-end prochain"],
      expected: {
        ...fr,
        service_type: "restaurant",
        party_size: 6,
        location: "Lille",
        timeframe: "next weekend",
        window: w.nextWeekend,
      },
    },
  ],
  [
    "pour deux personnes au nom de Dupont",
    {
      says: ["Réserver une table pour deux personnes au nom de Dupont à Nice demain soir"],
      expected: {
        ...fr,
        service_type: "restaurant",
        party_size: 2,
        client_name: "Dupont",
        location: "Nice",
        timeframe: "tomorrow",
        time_of_day: hours("17:00", "21:00"),
      },
    },
  ],
  [
    "un garagiste dès que possible",
    {
      says: ["Ma voiture fait un bruit bizarre, je cherche un garagiste à Grenoble dès que possible"],
      expected: {
        ...fr,
        service_type: "auto_mechanic",
        location: "Grenoble",
        timeframe: "as soon as possible",
        window: w.asap,
      },
    },
  ],
  [
    "une fuite sous l'évier",
    {
      says: ["Fuite sous l'évier, il me faut un plombier à Strasbourg aujourd'hui"],
      expected: { ...fr, service_type: "plumber", location: "Strasbourg", timeframe: "today" },
    },
  ],
  [
    "le disjoncteur saute",
    {
      says: ["Un électricien à Rennes, le disjoncteur saute tout le temps, la semaine prochaine"],
      expected: { ...fr, service_type: "electrician", location: "Rennes", timeframe: "next week" },
    },
  ],
  [
    "un massage samedi après-midi",
    {
      says: ["Je voudrais un massage à Paris samedi après-midi"],
      expected: {
        ...fr,
        service_type: "massage",
        location: "Paris",
        timeframe: "2026-11-28",
        time_of_day: hours("12:00", "17:00"),
      },
    },
  ],
  [
    "tailler ma barbe après 18h",
    {
      says: ["Un barbier à Lyon pour tailler ma barbe, demain après 18h"],
      expected: {
        ...fr,
        service_type: "barber",
        location: "Lyon",
        timeframe: "tomorrow",
        time_of_day: hours("18:00", "21:00"),
      },
    },
  ],
  [
    "détartrage dans deux semaines",
    {
      says: ["Détartrage chez un dentiste à Bordeaux dans deux semaines"],
      expected: {
        ...fr,
        service_type: "dentist",
        location: "Bordeaux",
        timeframe: "in 2 weeks",
        window: w.inTwoWeeks,
      },
    },
  ],
  [
    "après-demain en début de matinée",
    {
      says: ["Médecin à Québec après-demain en début de matinée"],
      expected: {
        ...fr,
        service_type: "doctor",
        location: "Québec",
        timeframe: "2026-11-26",
        window: w.dayAfterTomorrow,
        time_of_day: hours("07:00", "09:00"),
      },
    },
  ],
  [
    "le 3 décembre",
    {
      says: ["Un rendez-vous chez le coiffeur à Genève le 3 décembre"],
      expected: {
        ...fr,
        service_type: "hair_salon",
        location: "Genève",
        timeframe: "2026-12-03",
        window: w.december3,
      },
    },
  ],
  [
    "de la fièvre, ce matin",
    {
      says: ["J'ai de la fièvre et je tousse, un docteur à Lyon ce matin si possible"],
      expected: {
        ...fr,
        service_type: "doctor",
        location: "Lyon",
        timeframe: "today",
        time_of_day: hours("08:00", "12:00"),
      },
    },
  ],
  [
    "ce soir pour trois",
    {
      says: ["Une table au restaurant à Paris ce soir pour trois"],
      expected: {
        ...fr,
        service_type: "restaurant",
        location: "Paris",
        timeframe: "today",
        time_of_day: hours("17:00", "21:00"),
        party_size: 3,
      },
    },
  ],
  [
    "vidange et freins lundi matin",
    {
      says: ["Vidange et freins pour ma voiture à Toulouse, lundi matin"],
      expected: {
        ...fr,
        service_type: "auto_mechanic",
        location: "Toulouse",
        timeframe: "2026-11-30",
        time_of_day: hours("08:00", "12:00"),
      },
    },
  ],
  [
    "je m'appelle Claire Martin",
    {
      says: ["Bonjour, je m'appelle Claire Martin, j'ai besoin d'un médecin à Nantes demain"],
      expected: {
        ...fr,
        service_type: "doctor",
        location: "Nantes",
        timeframe: "tomorrow",
        client_name: "Claire Martin",
      },
    },
  ],
  [
    "un dîner pour deux vers 20h",
    {
      says: ["Un dîner pour deux à Montpellier samedi vers 20h"],
      expected: {
        ...fr,
        service_type: "restaurant",
        party_size: 2,
        location: "Montpellier",
        timeframe: "2026-11-28",
        time_of_day: hours("19:30", "20:30"),
      },
    },
  ],
  [
    "entre 14h et 16h mercredi",
    {
      says: ["Un vétérinaire pour mon chat à Dijon entre 14h et 16h mercredi"],
      expected: {
        ...fr,
        service_type: "veterinarian",
        location: "Dijon",
        timeframe: "2026-11-25",
        window: w.tomorrow,
        time_of_day: hours("14:00", "16:00"),
      },
    },
  ],
  [
    "le mois prochain",
    {
      says: ["Il me faut un électricien à Bruxelles le mois prochain"],
      expected: {
        ...fr,
        service_type: "electrician",
        location: "Bruxelles",
        timeframe: "next month",
        window: w.nextMonth,
      },
    },
  ],
  [
    "coupe de cheveux avant midi",
    {
      says: ["Coupe de cheveux à Lausanne cette semaine, avant midi"],
      expected: {
        ...fr,
        service_type: "hair_salon",
        location: "Lausanne",
        timeframe: "this week",
        time_of_day: hours("08:00", "12:00"),
      },
    },
  ],
  [
    "au nom de Lefèvre, une table pour 5",
    {
      says: ["Je voudrais réserver au nom de Lefèvre, une table pour 5 à Lyon vendredi"],
      expected: {
        ...fr,
        service_type: "restaurant",
        party_size: 5,
        location: "Lyon",
        timeframe: "2026-11-27",
        client_name: "Lefèvre",
      },
    },
  ],
  [
    "c'est urgent",
    {
      says: ["Un rendez-vous chez le dentiste à Paris, c'est urgent"],
      expected: { ...fr, service_type: "dentist", location: "Paris", timeframe: "as soon as possible" },
    },
  ],
  [
    "est-ce que vous pouvez, en urgence",
    {
      says: ["Est-ce que vous pouvez me trouver un plombier en urgence à Lyon ?"],
      expected: { ...fr, service_type: "plumber", location: "Lyon", timeframe: "as soon as possible" },
    },
  ],
  [
    "all lower case",
    {
      says: ["bonjour je cherche un médecin à paris demain matin"],
      expected: {
        ...fr,
        service_type: "doctor",
        location: "Paris",
        timeframe: "tomorrow",
        time_of_day: hours("08:00", "12:00"),
      },
    },
  ],
];

export const conversations: [string, IntakeCase][] = [
  [
    "non, plutôt vendredi",
    {
      says: ["Un coiffeur à Paris jeudi", "non, plutôt vendredi"],
      expected: { ...fr, timeframe: "2026-11-27", window: w.friday, location: "Paris" },
    },
  ],
  [
    "en fait à Lyon",
    {
      says: ["Une table pour 2 à Paris samedi", "en fait à Lyon"],
      expected: { ...fr, location: "Lyon", party_size: 2, timeframe: "2026-11-28" },
    },
  ],
  [
    "changez pour Marseille",
    {
      says: ["Un dentiste à Lyon demain", "changez pour Marseille"],
      expected: { ...fr, service_type: "dentist", location: "Marseille" },
    },
  ],
  [
    "finalement nous serons six",
    {
      says: ["Une table pour quatre à Nice samedi", "finalement nous serons six"],
      expected: { ...fr, party_size: 6, location: "Nice" },
    },
  ],
  [
    "answers in bare words",
    {
      says: ["J'ai besoin d'un médecin", "Bordeaux", "la semaine prochaine"],
      expected: { ...fr, service_type: "doctor", location: "Bordeaux", timeframe: "next week" },
    },
  ],
  [
    "plutôt l'après-midi",
    {
      says: ["Un plombier à Paris demain matin", "plutôt l'après-midi"],
      expected: { ...fr, timeframe: "tomorrow", time_of_day: hours("12:00", "17:00") },
    },
  ],
];

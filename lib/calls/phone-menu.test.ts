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

// Menus as businesses in Spain, Latin America, France, Québec, Germany and Austria record them.
describe("phoneMenuChoice: menus in the business's language", () => {
  test.each([
    ["Gracias por llamar a Clínica Dental Sol. Para pedir cita, pulse 1. Para facturación, pulse 2.", "1"],
    ["Para información sobre horarios, pulse 1; para citas, pulse 2.", "2"],
    ["Pulse 3 para citas, pulse 4 para resultados.", "3"],
    ["Si desea pedir una cita, marque el 5.", "5"],
    ["Para recepción, presione la tecla 0.", "0"],
    ["Para cita previa, oprima dos.", "2"],
    ["Para facturación oprima 1 para reservas oprima 7", "7"],
    ["Para hablar con una persona, pulse asterisco.", "*"],
  ])("Spanish: %s → presses %s", (speech, digits) => {
    expect(phoneMenuChoice(speech, "es")?.digits).toBe(digits);
  });

  test.each([
    [
      "Bienvenue au Cabinet dentaire du Parc. Pour prendre rendez-vous, tapez 1. Pour nos horaires, tapez 2.",
      "1",
    ],
    ["Pour la facturation, appuyez sur 1. Pour la prise de rendez-vous, appuyez sur 4.", "4"],
    ["Appuyez sur la touche 2 pour le secrétariat, sur la touche 3 pour les résultats.", "2"],
    ["Si vous souhaitez prendre un rendez-vous, faites le 6.", "6"],
    ["Pour joindre l'accueil, composez le 0.", "0"],
    ["Pour parler à un conseiller, tapez étoile.", "*"],
    ["Pour vos ordonnances, tapez un. Pour un rendez-vous, tapez deux.", "2"],
  ])("French: %s → presses %s", (speech, digits) => {
    expect(phoneMenuChoice(speech, "fr")?.digits).toBe(digits);
  });

  test.each([
    [
      "Willkommen in der Zahnarztpraxis am Markt. Für Terminvereinbarungen drücken Sie die 1. Für Rezepte drücken Sie die 2.",
      "1",
    ],
    ["Zur Terminvereinbarung drücken Sie bitte die 3.", "3"],
    ["Drücken Sie die 2 für Rezepte, drücken Sie die 4 für Termine.", "4"],
    ["Drücken Sie die 5 für die Anmeldung.", "5"],
    ["Wenn Sie einen Termin vereinbaren möchten, wählen Sie die Eins.", "1"],
    ["Für alle anderen Anliegen drücken Sie die Null.", "0"],
    ["Für Befunde drücken Sie 1, für Terminanfragen drücken Sie 8.", "8"],
  ])("German: %s → presses %s", (speech, digits) => {
    expect(phoneMenuChoice(speech, "de")?.digits).toBe(digits);
  });

  test("names the option in the menu's words, without its article", () => {
    expect(phoneMenuChoice("Para facturación, pulse 1. Para la recepción, pulse 9.", "es")).toEqual({
      digits: "9",
      option: "recepción",
    });
    expect(phoneMenuChoice("Drücken Sie die 5 für die Anmeldung.", "de")?.option).toBe("anmeldung");
  });

  test.each([
    ["es", "Clínica Dental Sol, buenos días, ¿en qué puedo ayudarle?"],
    ["es", "Para facturación, pulse 1. Para resultados, pulse 2."],
    ["fr", "Cabinet du Parc, bonjour. Nous avons un créneau mardi à 9 h."],
    ["de", "Drücken Sie die 1 für Rezepte."],
  ] as const)("%s: %j offers nothing that leads to a booking", (language, speech) => {
    expect(phoneMenuChoice(speech, language)).toBeNull();
  });

  test("an English reading does not press keys in another language's menu", () => {
    expect(phoneMenuChoice("Para pedir cita, pulse 1.")).toBeNull();
  });
});

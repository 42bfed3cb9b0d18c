// CallPilot's fixed call sentences in German (see spoken-lines.ts). The client's name is always the subject of its
// clause: German declines a noun, and the fallback "mein Kunde" (prompts/disclosure.ts) is only right as a subject.
import type { SpokenLines } from "./spoken-lines-shape";

export const german: SpokenLines = {
  hello: "Guten Tag —",
  disclosure: "Ich bin ein KI-Assistent und rufe an, weil {{client_name}} mich darum gebeten hat.",
  recordingNotice: "Dieses Gespräch kann aufgezeichnet werden.",
  aiAnswer:
    "Ja — ich bin ein KI-Assistent und rufe an, weil {{client_name}} mich darum gebeten hat; ich kann den Termin für diese Person buchen.",
  optOutApology:
    "Entschuldigen Sie bitte die Störung. Wir rufen Sie nicht wieder an. Vielen Dank, auf Wiederhören.",
  handoverTransfer:
    "Selbstverständlich — {{client_name}} ist gleich für Sie am Apparat. Bitte bleiben Sie dran, während ich Sie verbinde.",
  handoverCallBack:
    "Ich kann Sie gerade nicht verbinden, aber {{client_name}} ruft Sie unter dieser Nummer zurück. Vielen Dank!",
  voicemail:
    "Guten Tag {{business_name}}, hier ist ein KI-Assistent im Auftrag eines Kunden. Es geht um {{service}}. " +
    "Ein Rückruf ist nicht nötig; wir versuchen es später noch einmal. Vielen Dank, auf Wiederhören.",
  opening: {
    release: () =>
      "Sie haben freundlicherweise den Termin am {{target_slot}} freigehalten. {{client_name}} hat inzwischen woanders gebucht, bitte geben Sie den Termin wieder frei. Vielen Dank, auf Wiederhören!",
    cancellation: (party) =>
      `{{client_name}} hat am {{target_slot}} {{service}}${party} bei Ihnen und kann leider nicht kommen. Könnten Sie diesen Termin bitte absagen?`,
    reschedule: (party) =>
      `{{client_name}} hat am {{target_slot}} {{service}}${party} bei Ihnen und muss den Termin verschieben. {{client_name}} hat Zeit: {{new_window}} — hätten Sie da etwas frei?`,
    confirmation: (party) =>
      `Ich rufe {{business_name}} an, um {{service}}${party} am {{target_slot}} zu bestätigen. Ist das noch frei?`,
    inquiry: (party) =>
      `Ich möchte gern {{service}}${party} bei {{business_name}} buchen. {{client_name}} hat Zeit: {{availability}}. Könnte ich das bei Ihnen buchen?`,
  },
  partyFor: " für {{party_size}} Personen",
  services: {
    dentist: "einen Zahnarzttermin",
    doctor: "einen Arzttermin",
    restaurant: "einen Tisch",
    hair_salon: "einen Friseurtermin",
    barber: "einen Termin beim Barbier",
    massage: "eine Massage",
    veterinarian: "einen Tierarzttermin",
    auto_mechanic: "einen Werkstatttermin",
    plumber: "einen Klempnerbesuch",
    electrician: "einen Elektrikerbesuch",
  },
  dayFormat: "ccc d. LLL",
  slotFormat: "cccc, d. LLLL 'um' HH:mm 'Uhr'",
  anyTimeSoon: "so bald wie möglich",
  holdUntil: (at, today) =>
    today ? `heute um ${at.toFormat("H:mm")} Uhr` : at.toFormat("cccc, d. LLLL 'um' H:mm 'Uhr'"),
};

import { describe, expect, it } from "vitest";
import { conversations, single, zone } from "@/tests/support/intake-phrasings/de";
import { itReadsEachCase, runConversation } from "@/tests/support/intake-table";

describe("the offline intake in German", () => {
  it("has a wide table of phrasings", () => expect(single.length).toBeGreaterThanOrEqual(25));
  describe("single messages", () => itReadsEachCase(single, zone));
  describe("corrections across turns", () => itReadsEachCase(conversations, zone));

  it("replies in German, asking for what is missing", () => {
    expect(runConversation(["Ich brauche einen Zahnarzt"], zone).reply).toBe(
      "Alles klar — ich suche einen Zahnarzt. Wo soll ich suchen — in welcher Stadt oder welchem Viertel?",
    );
  });

  it("summarises a complete request in German", () => {
    expect(runConversation(["Hausarzt in Hamburg nächste Woche"], zone).reply).toBe(
      "Prima — ich suche einen Arzt in Hamburg nächste Woche (Mo 30 Nov – So 6 Dez). " +
        "Drücken Sie „Call providers“, wenn Sie so weit sind, oder sagen Sie mir, was ich ändern soll. " +
        "Wenn Sie möchten, sagen Sie mir, auf welchen Namen ich buchen soll.",
    );
  });

  it("says in German what CallPilot cannot book", () => {
    const result = runConversation(["Ich brauche einen Optiker in Berlin"], zone);
    expect(result.attention).toMatch(
      /^CallPilot kann einen Optiker nicht buchen\. Es kann Zahnärzte, .* und Restaurants anrufen — was davon brauchen Sie\?$/,
    );
    expect(result.reply).toContain(result.attention);
  });
});

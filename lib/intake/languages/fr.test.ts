import { describe, expect, it } from "vitest";
import { conversations, single, zone } from "@/tests/support/intake-phrasings/fr";
import { itReadsEachCase, runConversation } from "@/tests/support/intake-table";

describe("the offline intake in French", () => {
  it("has a wide table of phrasings", () => expect(single.length).toBeGreaterThanOrEqual(25));
  describe("single messages", () => itReadsEachCase(single, zone));
  describe("corrections across turns", () => itReadsEachCase(conversations, zone));

  it("replies in French, asking for what is missing", () => {
    expect(runConversation(["Je cherche un dentiste"], zone).reply).toBe(
      "C’est noté : je cherche un dentiste. Où dois-je chercher — dans quelle ville ou quel quartier ?",
    );
    expect(runConversation(["Un dentiste à Lyon"], zone).reply).toMatch(/Quand cela vous arrangerait-il/);
  });

  it("summarises a complete request in French", () => {
    expect(runConversation(["Une table pour 4 à Bordeaux samedi soir"], zone).reply).toBe(
      "Parfait : je cherche une table au restaurant pour 4 personnes à Bordeaux le sam. 28 nov., 17:00–21:00. " +
        "Appuyez sur « Call providers » quand vous êtes prêt, ou dites-moi ce qu’il faut changer. " +
        "Si vous voulez, dites-moi à quel nom faire la réservation.",
    );
  });

  it("says in French what CallPilot cannot book", () => {
    expect(runConversation(["Je cherche un tatoueur à Paris"], zone).attention).toMatch(
      /^CallPilot ne peut pas réserver un tatoueur\. Il peut appeler des dentistes, .* et des restaurants — lequel vous faut-il \?$/,
    );
  });
});

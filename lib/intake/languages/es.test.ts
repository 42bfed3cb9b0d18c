import { describe, expect, it } from "vitest";
import { conversations, single, zone } from "@/tests/support/intake-phrasings/es";
import { itReadsEachCase, runConversation } from "@/tests/support/intake-table";

describe("the offline intake in Spanish", () => {
  it("has a wide table of phrasings", () => expect(single.length).toBeGreaterThanOrEqual(25));
  describe("single messages", () => itReadsEachCase(single, zone));
  describe("corrections across turns", () => itReadsEachCase(conversations, zone));

  it("replies in Spanish, asking for what is missing", () => {
    expect(runConversation(["Necesito un dentista"], zone).reply).toBe(
      "Entendido: busco un dentista. ¿Dónde busco? ¿En qué ciudad o barrio?",
    );
    expect(runConversation(["Hola"], zone).reply).toMatch(
      /^¡Encantado de ayudarte! ¿Qué quieres que reserve\? Puedo llamar a dentistas, médicos/,
    );
  });

  it("summarises a complete request in Spanish", () => {
    expect(
      runConversation(["Necesito un dentista en Madrid la semana que viene, por la mañana"], zone).reply,
    ).toBe(
      "Perfecto: busco un dentista en Madrid la semana que viene (lun 30 nov – dom 6 dic), 08:00–12:00. " +
        "Pulsa «Call providers» cuando quieras, o dime qué cambiar. Si quieres, dime a qué nombre hago la reserva.",
    );
  });

  it("keeps the task's language when a message is only a place", () => {
    const result = runConversation(["Necesito un dentista", "Savannah"], zone);
    expect(result.request).toMatchObject({ language: "es", location: "Savannah" });
    expect(result.reply).toMatch(/^Entendido: busco un dentista en Savannah\. ¿Cuándo te viene bien/);
  });

  it("says in Spanish what CallPilot cannot book, and asks about a large party", () => {
    expect(runConversation(["Necesito un abogado en Madrid"], zone).attention).toMatch(
      /^CallPilot no puede reservar un abogado\. Puede reservar dentistas, médicos, .* y restaurantes: ¿cuál necesitas\?$/,
    );
    expect(runConversation(["Una mesa para 30 en Madrid el sábado"], zone).attention).toMatch(
      /^Un grupo de 30 es más de lo que la mayoría de restaurantes reserva por teléfono/,
    );
  });
});

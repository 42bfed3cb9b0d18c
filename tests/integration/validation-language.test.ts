// A REST request that fails validation is answered in the language the browser asks for (Accept-Language, or the
// page's locale cookie), the field's own message and zod's alike; an API client that asks for none gets English.
import { describe, expect, it } from "vitest";
import { POST as postChat } from "@/app/api/chat/route";
import { anonymousSession, jsonRequest } from "./helpers";

async function chat(body: unknown, headers: Record<string, string> = {}) {
  const cookie = await anonymousSession();
  const response = await postChat(jsonRequest("/api/chat", { cookie, body, headers }), {});
  return { status: response.status, body: (await response.json()) as { error: string } };
}

describe("a chat message that fails validation", () => {
  it("is refused in French for a French browser: the schema's own message", async () => {
    expect(
      await chat({ task_id: "task_1", message: "   " }, { "accept-language": "fr-FR,fr;q=0.9" }),
    ).toEqual({
      status: 400,
      body: { error: "Requête non valide — message: le message est vide." },
    });
  });

  it("is refused in Spanish with zod's own message when the field is missing", async () => {
    const refused = await chat({ message: "Hola" }, { "accept-language": "es" });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatch(/^Solicitud no válida — task_id: Entrada inválida/);
  });

  it("is refused in English for a client that asks for no language, as before", async () => {
    expect(await chat({ task_id: "task_1", message: "x".repeat(4_001) })).toEqual({
      status: 400,
      body: { error: "Invalid request — message: message is too long: 4,000 characters at most." },
    });
  });
});

// The web UI in the person's language: a browser that asks for Spanish gets the home page and the chat in Spanish
// (no locale in the address), the header's switch turns it to English and it stays so, and a booked appointment's
// date reads as a Spanish reader writes it once the switch is back on Spanish.
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowser, type BrowserSession } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

const uiWait = { timeout: 15_000 };
const screenshots = path.resolve(import.meta.dirname, "../../test-results");

let app: RunningApp;
let session: BrowserSession;
const pageErrors: string[] = [];

beforeAll(async () => {
  app = await startApp();
  // Chromium sends Accept-Language: es-ES for this context; nothing else tells the server the language.
  session = await openBrowser({ locale: "es-ES" });
});

afterAll(async () => {
  await session?.close();
  await app?.stop();
});

async function newPage(): Promise<Page> {
  const page = await session.context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  return page;
}

const htmlLang = (page: Page) => page.locator("html").getAttribute("lang");
const text = (page: Page, testId: string) => page.getByTestId(testId).innerText();

describe("a browser that asks for Spanish", () => {
  it("gets the home page and the chat in Spanish, and English after the header's switch", async () => {
    const page = await newPage();
    await page.goto(app.baseUrl);
    expect(page.url()).toBe(`${app.baseUrl}/`);
    expect(await htmlLang(page)).toBe("es");
    expect(await page.locator("h1").innerText()).toBe(
      "Di qué cita necesitas. Nosotros hacemos las llamadas y la reservamos.",
    );
    expect(await text(page, "start-request")).toContain("Empezar una solicitud");
    expect(await page.getByRole("navigation").innerText()).toContain("Mis reservas");
    expect(await page.locator("footer").innerText()).toBe(
      "CallPilot llama a los negocios por ti y reserva el horario que te conviene.",
    );

    // The chat: same address as in English, Spanish words around the conversation.
    await page.getByTestId("start-request").click();
    await page.waitForURL(/\/chat\/task_[\w-]+$/, { timeout: 20_000 });
    await expect.poll(() => text(page, "session-state"), uiWait).toContain("Invitado");
    expect(await page.locator("h1").innerText()).toBe("Tu solicitud");
    expect(await page.getByTestId("chat-input").getAttribute("placeholder")).toBe(
      "p. ej. un dentista en Cambridge la semana que viene, por la mañana",
    );
    expect(await text(page, "chat-send")).toBe("Enviar");
    expect(await text(page, "task-status")).toBe("Reuniendo datos");
    expect(await page.getByTestId("chat-message").first().innerText()).toMatch(/^¡Hola! Soy CallPilot\./);
    expect(await page.getByTestId("language-es").getAttribute("aria-pressed")).toBe("true");

    // The switch: English at once, on the same address, and still English on the next page.
    const chatUrl = page.url();
    await page.getByTestId("language-en").click();
    await expect.poll(() => page.locator("h1").innerText(), uiWait).toBe("Your request");
    expect(page.url()).toBe(chatUrl);
    expect(await htmlLang(page)).toBe("en");
    expect(await text(page, "chat-send")).toBe("Send");
    await expect.poll(() => text(page, "session-state"), uiWait).toContain("Guest");
    const cookies = await session.context.cookies(app.baseUrl);
    expect(cookies.find((cookie) => cookie.name === "locale")?.value).toBe("en");
    await page.goto(app.baseUrl);
    expect(await text(page, "start-request")).toContain("Start a request");
    await page.close();
  });

  it("books an appointment from a request typed in Spanish, with the calls and dates in Spanish", async () => {
    const page = await newPage();
    await page.goto(`${app.baseUrl}/chat`);
    await page.waitForURL(/\/chat\/task_[\w-]+$/, { timeout: 20_000 });
    // The test before left the switch on English: back to Spanish.
    await page.getByTestId("language-es").click();
    await expect.poll(() => htmlLang(page), uiWait).toBe("es");
    await expect.poll(() => text(page, "session-state"), uiWait).toContain("Invitado");

    await page
      .getByTestId("chat-input")
      .fill("Necesito un dentista en Madrid la semana que viene, por la mañana");
    await page.getByTestId("chat-send").click();
    const assistant = page.locator('[data-testid="chat-message"][data-role="assistant"]');
    await expect.poll(() => assistant.count(), uiWait).toBe(2);
    // The assistant answers in Spanish.
    await expect.poll(() => assistant.last().innerText(), uiWait).toMatch(/dentista/);
    expect(await assistant.last().innerText()).not.toMatch(/\b(the|you|next week)\b/i);

    // The summary card: what was understood, the window in Madrid's days, labelled with Madrid's zone in Spanish.
    await expect.poll(() => page.getByTestId("summary-service-type").inputValue(), uiWait).toBe("dentist");
    expect(await page.getByTestId("summary-location").inputValue()).toMatch(/madrid/i);
    // "lun, 7 dic – dom, 13 dic": Spanish day and month names.
    expect(await page.getByTestId("summary-window").innerText()).toMatch(
      /^(lun|mar|mié|jue|vie|sáb|dom),? \d{1,2} (ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)/,
    );
    expect(await page.getByTestId("summary-zone").innerText()).toMatch(/Europa central/i);
    expect(await page.getByTestId("task-status").getAttribute("data-status")).toBe("ready_to_call");

    await page.getByTestId("swarm-size").fill("1");
    await page.getByTestId("mode-auto").check();
    await page.getByTestId("call-providers").click();
    await page.waitForURL(/\/booking\/bkg_[\w-]+$/, { timeout: 20_000 });
    await expect
      .poll(() => page.getByTestId("booking-status").getAttribute("data-status"), { timeout: 60_000 })
      .toBe("booked");
    expect(await text(page, "booking-status")).toBe("Reservada");

    // The call to a Madrid dentist was in Spanish: every line spoken in the person's language, so none is labelled.
    const lines = page.getByTestId("transcript-line");
    expect(await lines.count()).toBeGreaterThan(2);
    const languages = await lines.evaluateAll((items) => items.map((li) => li.getAttribute("data-language")));
    expect(new Set(languages)).toEqual(new Set(["es"]));
    expect(await page.getByTestId("transcript-language").count()).toBe(0);
    // No name was given: the agent says "mi cliente", not an English "my client".
    const spoken = (await lines.allInnerTexts()).join("\n");
    expect(spoken).toMatch(/mi cliente/);
    expect(spoken).not.toMatch(/my client/i);
    // The request's English words ("next week · morning") are not shown on a Spanish page: the hours are.
    const overview = await page.getByTestId("booking-details").innerText();
    expect(overview).not.toMatch(/next week|morning/);
    expect(overview).toMatch(/8:00 – 12:00/);
    // The call's summary is CallPilot's own sentence, said in Spanish with the slot in Madrid's time, not labelled.
    const summary = page.getByTestId("provider-card").getByTestId("call-summary");
    expect(await summary.innerText()).toMatch(
      /^Reservado: (lun|mar|mié|jue|vie|sáb|dom), \d{1,2} \w+, \d{1,2}:\d{2} CET\.$/,
    );
    expect(await summary.getByTestId("sentence-language").count()).toBe(0);
    expect(
      await page.locator('[data-testid="transcript-line"][data-role="agent"]').first().innerText(),
    ).toMatch(/Soy un asistente de IA/);

    // "martes, 8 de diciembre · 9:00 – 10:00 CET": Spanish day and month names, the 24-hour clock.
    const bookedTime = await text(page, "booked-time");
    expect(bookedTime).toMatch(
      /^(lunes|martes|miércoles|jueves|viernes|sábado|domingo), \d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) · \d{1,2}:\d{2} – \d{1,2}:\d{2} /,
    );
    expect(bookedTime).not.toMatch(/AM|PM/);
    expect(await text(page, "add-to-calendar")).toContain("Añadir al calendario");
    fs.mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: path.join(screenshots, "spanish-booking.png"), fullPage: true });

    // Cancelled by phone: what became of it is CallPilot's own sentence, said in Spanish, the times in Madrid's.
    await page.getByTestId("cancel-appointment").click();
    await expect
      .poll(() => page.getByTestId("appointment-change").getAttribute("data-state"), { timeout: 90_000 })
      .toBe("cancelled");
    const change = page.getByTestId("appointment-change-message");
    expect(await change.innerText()).toMatch(
      /^Cancelada por teléfono el (lun|mar|mié|jue|vie|sáb|dom), .+ CET: .+ confirmó que la cita de .+ CET queda cancelada\.$/,
    );
    expect(await change.getByTestId("sentence-language").count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it("labels a French business's lines 'en francés' for a Spanish reader; offline, they stay as spoken", async () => {
    const page = await newPage();
    await page.goto(`${app.baseUrl}/chat`);
    await page.waitForURL(/\/chat\/task_[\w-]+$/, { timeout: 20_000 });
    await expect.poll(() => htmlLang(page), uiWait).toBe("es");
    await page.getByTestId("chat-input").fill("Busco un dentista en París para mañana por la tarde");
    await page.getByTestId("chat-send").click();
    await expect.poll(() => page.getByTestId("summary-location").inputValue(), uiWait).toMatch(/par[ií]s/i);
    await expect
      .poll(() => page.getByTestId("task-status").getAttribute("data-status"), uiWait)
      .toBe("ready_to_call");
    await page.getByTestId("swarm-size").fill("1");
    await page.getByTestId("mode-review").check();
    await page.getByTestId("call-providers").click();
    await page.waitForURL(/\/booking\/bkg_[\w-]+$/, { timeout: 20_000 });
    const business = page.locator('[data-testid="transcript-line"][data-role="business"]');
    await expect.poll(() => business.count(), { timeout: 60_000 }).toBeGreaterThan(1);
    expect(await business.first().getAttribute("data-language")).toBe("fr");
    expect(await business.first().getByTestId("transcript-text").getAttribute("lang")).toBe("fr");
    expect(await business.first().getByTestId("transcript-language").innerText()).toBe("en francés");
    // No LLM here: no translation is asked for or shown, and nothing says translations stopped.
    expect(await page.getByTestId("transcript-translation").count()).toBe(0);
    expect(await page.getByTestId("translation-notice").count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});

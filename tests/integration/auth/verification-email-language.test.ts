// The verification email is written in the language of the page the person signed up from: its locale cookie, else
// the browser's Accept-Language, else English.
import { afterEach, describe, expect, it, vi } from "vitest";
import { POST as postAuth } from "@/app/api/auth/[...all]/route";
import { getMailer, type Mail } from "@/lib/mail/mailer";
import { baseUrl, jsonRequest } from "../helpers";

let counter = 0;

async function signUpAndCatchMail(headers: Record<string, string>): Promise<Mail> {
  counter += 1;
  const sent: Mail[] = [];
  vi.spyOn(getMailer(), "send").mockImplementation(async (mail) => void sent.push(mail));
  const response = await postAuth(
    jsonRequest("/api/auth/sign-up/email", {
      headers,
      body: { email: `language-${counter}@example.test`, password: "correct-horse-battery", name: "Lucía" },
    }),
    {},
  );
  expect(response.status).toBe(200);
  await vi.waitFor(() => expect(sent).toHaveLength(1));
  return sent[0];
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the verification email's language", () => {
  it("follows a browser that prefers German", async () => {
    const mail = await signUpAndCatchMail({ "accept-language": "de-DE,de;q=0.9,en;q=0.5" });
    expect(mail.subject).toBe("Bestätigen Sie Ihre E-Mail-Adresse für CallPilot");
    expect(mail.text).toMatch(/^Hallo Lucía,\n\nBestätigen Sie, dass dies Ihre E-Mail-Adresse ist/);
    expect(mail.html).toContain(">E-Mail-Adresse bestätigen</a>");
  });

  it("follows the page's language switch over the browser's", async () => {
    // A request carrying cookies must come from this site's own pages, as a browser's would.
    const mail = await signUpAndCatchMail({
      "accept-language": "de-DE",
      cookie: "locale=es",
      origin: baseUrl,
    });
    expect(mail.subject).toBe("Verifique su correo electrónico para CallPilot");
    expect(mail.text).toMatch(/^Hola, Lucía:/);
  });

  it("is English when nothing asks for another language", async () => {
    const mail = await signUpAndCatchMail({});
    expect(mail.subject).toBe("Verify your email for CallPilot");
    expect(mail.text).toMatch(/^Hi Lucía,\n\nConfirm this is your email address/);
  });
});

// Where Better Auth sends a person after following an email link (callbackURL): paths on this site only. Its own
// check guards the server side; these are the inputs that fool a check done on text instead of on the parsed URL.
import { describe, expect, it } from "vitest";
import { POST as postAuth } from "@/app/api/auth/[...all]/route";
import { jsonRequest } from "../helpers";

let counter = 0;

function signUp(callbackURL: string): Promise<Response> {
  counter += 1;
  return postAuth(
    jsonRequest("/api/auth/sign-up/email", {
      body: {
        email: `callback-${counter}@example.test`,
        password: "correct-horse-battery",
        name: "Callback",
        callbackURL,
      },
    }),
    {},
  );
}

describe("sign-up callbackURL", () => {
  it("accepts a path on this site", async () => {
    expect((await signUp("/chat/task_1")).status).toBe(200);
  });

  for (const nasty of [
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
  ]) {
    it(`refuses ${JSON.stringify(nasty)}`, async () => {
      expect((await signUp(nasty)).status).toBe(403);
    });
  }
});

// The live-question REST API: GET /api/booking/{id} lists the questions, and only the booking's owner may answer,
// once (a second answer is a 409; two racing answers cannot both win).
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getProfile, PUT as putProfile } from "@/app/api/account/profile/route";
import { GET as getBooking } from "@/app/api/booking/[id]/route";
import { listCallEventsForCall } from "@/db/call-events";
import { getCallQuestion } from "@/db/call-questions";
import { seedDemoDirectory } from "@/db/providers";
import { startQuestion } from "@/lib/calls/questions/ask-person";
import { fixedClock } from "@/lib/clock";
import { jsonRequest, params } from "./helpers";
import { answerAs, bookingWithLiveCall, signedInPerson, type Person } from "./support/live-questions";

const clock = fixedClock("2026-11-26T15:00:00Z");

beforeAll(async () => {
  await seedDemoDirectory();
});

async function askedQuestion(owner: Person, text = "What is the patient's date of birth?") {
  const { bookingId, callId } = await bookingWithLiveCall(owner);
  const started = await startQuestion({ callId, question: text }, clock);
  if (started.code !== "waiting") throw new Error("the question was not put to the person");
  return { bookingId, callId, questionId: started.question.id };
}

describe("GET /api/booking/{id} questions", () => {
  it("lists each question with its provider, text, time and answer", async () => {
    const owner = await signedInPerson();
    const { bookingId, questionId } = await askedQuestion(owner);
    const response = await getBooking(
      jsonRequest(`/api/booking/${bookingId}`, { cookie: owner.cookie }),
      params({ id: bookingId }),
    );
    const view = (await response.json()) as { questions: Array<Record<string, unknown>> };
    expect(view.questions).toEqual([
      expect.objectContaining({
        id: questionId,
        provider_id: expect.stringMatching(/^dentist-/),
        text: "What is the patient's date of birth?",
        asked_at: "2026-11-26T15:00:00.000Z",
        answer: null,
        status: "open",
      }),
    ]);
  });
});

describe("POST /api/booking/{id}/questions/{question_id}/answer", () => {
  it("the owner's answer is stored once, on the question and on the call's transcript", async () => {
    const owner = await signedInPerson();
    const { bookingId, callId, questionId } = await askedQuestion(owner);
    const reply = await answerAs(owner, bookingId, questionId, "  4 May 1990 ");
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ id: questionId, answer: "4 May 1990", status: "answered" });
    expect(await getCallQuestion(questionId)).toMatchObject({ answer: "4 May 1990", answeredBy: "person" });
    const events = await listCallEventsForCall(callId);
    expect(events.map((event) => event.type)).toEqual(["question_asked", "question_answered", "transcript"]);
    expect(events[2].payload).toEqual({
      role: "system",
      text: "The client answered “What is the patient's date of birth?”: 4 May 1990",
      // The note as a sentence: a page in another language says it in that language.
      sentence: {
        key: "noteClientAnswered",
        values: { question: "What is the patient's date of birth?", answer: "4 May 1990" },
      },
    });
  });

  it("a second answer is refused with 409 and the first one stands", async () => {
    const owner = await signedInPerson();
    const { bookingId, questionId } = await askedQuestion(owner);
    expect((await answerAs(owner, bookingId, questionId, "Delta Dental")).status).toBe(200);
    const second = await answerAs(owner, bookingId, questionId, "Aetna");
    expect(second.status).toBe(409);
    expect(second.json.error).toMatch(/already been answered/);
    expect((await getCallQuestion(questionId))?.answer).toBe("Delta Dental");
  });

  it("two answers sent at once: exactly one wins", async () => {
    const owner = await signedInPerson();
    const { bookingId, questionId } = await askedQuestion(owner);
    const replies = await Promise.all([
      answerAs(owner, bookingId, questionId, "first"),
      answerAs(owner, bookingId, questionId, "second"),
    ]);
    expect(replies.map((reply) => reply.status).sort()).toEqual([200, 409]);
  });

  it("another person gets 404 for the owner's booking, and the question stays open", async () => {
    const owner = await signedInPerson();
    const stranger = await signedInPerson();
    const { bookingId, questionId } = await askedQuestion(owner);
    const reply = await answerAs(stranger, bookingId, questionId, "hijack");
    expect(reply.status).toBe(404);
    expect(reply.json.error).toBe("The booking was not found.");
    expect((await getCallQuestion(questionId))?.status).toBe("open");
  });

  it("without a session the answer is refused with 401", async () => {
    const owner = await signedInPerson();
    const { bookingId, questionId } = await askedQuestion(owner);
    expect((await answerAs(null, bookingId, questionId, "x")).status).toBe(401);
  });

  it("a question of another booking of the same person is 404", async () => {
    const owner = await signedInPerson();
    const first = await askedQuestion(owner);
    const second = await askedQuestion(owner);
    const reply = await answerAs(owner, first.bookingId, second.questionId, "x");
    expect(reply.status).toBe(404);
    expect(reply.json.error).toBe("The question was not found.");
  });

  it("an empty answer is a 400 and changes nothing", async () => {
    const owner = await signedInPerson();
    const { bookingId, questionId } = await askedQuestion(owner);
    const reply = await answerAs(owner, bookingId, questionId, "   ");
    expect(reply.status).toBe(400);
    expect(reply.json.error).toMatch(/answer/);
    expect((await getCallQuestion(questionId))?.status).toBe("open");
  });
});

describe("/api/account/profile", () => {
  it("stores the pre-filled answers, empty ones as not given, and a matching question is answered from them", async () => {
    const owner = await signedInPerson();
    const saved = await putProfile(
      jsonRequest("/api/account/profile", {
        method: "PUT",
        cookie: owner.cookie,
        body: { insurance_provider: " Delta Dental PPO ", date_of_birth: "", pet_name: null },
      }),
      {},
    );
    expect(saved.status).toBe(200);
    const read = await getProfile(jsonRequest("/api/account/profile", { cookie: owner.cookie }), {});
    expect(await read.json()).toEqual({
      insurance_provider: "Delta Dental PPO",
      date_of_birth: null,
      pet_name: null,
      callback_number: null,
    });

    const { callId } = await bookingWithLiveCall(owner);
    const fromProfile = await startQuestion({ callId, question: "Which insurance are they with?" }, clock);
    expect(fromProfile).toMatchObject({
      code: "settled",
      reply: { code: "answered", answer: "Delta Dental PPO" },
    });
    const asked = await startQuestion({ callId, question: "What is their date of birth?" }, clock);
    expect(asked.code).toBe("waiting");
  });

  it("refuses unknown fields with 400", async () => {
    const owner = await signedInPerson();
    const response = await putProfile(
      jsonRequest("/api/account/profile", { method: "PUT", cookie: owner.cookie, body: { ssn: "123" } }),
      {},
    );
    expect(response.status).toBe(400);
  });
});

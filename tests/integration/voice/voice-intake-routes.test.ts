// Voice intake: the signed-URL route (auth, the caller's own request, never the API key) and the agent's
// update_booking_details tool writing what it heard into the task the summary card shows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getTask } from "@/app/api/task/[id]/route";
import { POST as voiceDetails } from "@/app/api/task/[id]/voice-details/route";
import { POST as voiceSession } from "@/app/api/voice/session/route";
import { seedDemoDirectory } from "@/db/providers";
import { startElevenLabsStub, type ElevenLabsStub } from "../../support/elevenlabs-stub/server";
import { jsonRequest, params } from "../helpers";
import { intakeAgentId, personWithTask, stubApiKey, stubbedElevenLabs, useVoiceEnv } from "./voice-support";

let stub: ElevenLabsStub;

beforeAll(async () => {
  await seedDemoDirectory();
  stub = await startElevenLabsStub({ apiKey: stubApiKey, agents: [intakeAgentId] });
});
afterAll(async () => {
  useVoiceEnv({});
  await stub.close();
});

const askSession = (taskId: string, cookie?: string) =>
  voiceSession(jsonRequest("/api/voice/session", { cookie, body: { task_id: taskId } }), undefined);

describe("POST /api/voice/session", () => {
  it("answers 401 without a session", async () => {
    useVoiceEnv(stubbedElevenLabs(stub.url));
    const { taskId } = await personWithTask();
    expect((await askSession(taskId)).status).toBe(401);
  });

  it("issues ElevenLabs' signed URL for the intake agent and never the API key", async () => {
    useVoiceEnv(stubbedElevenLabs(stub.url));
    const { cookie, taskId } = await personWithTask();
    const response = await askSession(taskId, cookie);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(JSON.parse(text).signed_url).toMatch(
      /^wss:\/\/api\.elevenlabs\.io\/v1\/convai\/conversation\?agent_id=agent_intake&conversation_signature=/,
    );
    expect(text).not.toContain(stubApiKey);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers 404 for another person's request", async () => {
    useVoiceEnv(stubbedElevenLabs(stub.url));
    const { taskId } = await personWithTask();
    const { cookie: someoneElse } = await personWithTask();
    expect((await askSession(taskId, someoneElse)).status).toBe(404);
  });

  it("answers 503 with a sentence when no intake agent is configured", async () => {
    useVoiceEnv(stubbedElevenLabs(stub.url, { ELEVENLABS_INTAKE_AGENT_ID: "" }));
    const { cookie, taskId } = await personWithTask();
    const response = await askSession(taskId, cookie);
    expect(response.status).toBe(503);
    expect((await response.json()).error).toMatch(/ELEVENLABS_INTAKE_AGENT_ID is not set/);
  });

  it("answers 503 naming the settings to check when ElevenLabs does not know the agent", async () => {
    useVoiceEnv(stubbedElevenLabs(stub.url, { ELEVENLABS_INTAKE_AGENT_ID: "agent_gone" }));
    const { cookie, taskId } = await personWithTask();
    const response = await askSession(taskId, cookie);
    expect(response.status).toBe(503);
    expect((await response.json()).error).toMatch(/does not know the configured agent/);
  });
});

describe("POST /api/task/{id}/voice-details (the update_booking_details client tool)", () => {
  const tell = (taskId: string, body: unknown, cookie?: string) =>
    voiceDetails(jsonRequest(`/api/task/${taskId}/voice-details`, { cookie, body }), params({ id: taskId }));

  it("writes the fields the agent heard into the task, with the timeframe resolved to dates", async () => {
    const { cookie, taskId } = await personWithTask();
    const response = await tell(
      taskId,
      { service_type: "dentist", location: "Cambridge MA", timeframe: "next week", client_name: "Sam" },
      cookie,
    );
    expect(response.status).toBe(200);
    const view = await (
      await getTask(jsonRequest(`/api/task/${taskId}`, { cookie }), params({ id: taskId }))
    ).json();
    expect(view.extracted_data).toMatchObject({
      service_type: "dentist",
      location: "Cambridge MA",
      timeframe: "next week",
      client_name: "Sam",
    });
    expect(view.extracted_data.window).not.toBeNull();
    expect(view.status).toBe("ready_to_call");
  });

  it("never erases what was heard before with an empty or null field", async () => {
    const { cookie, taskId } = await personWithTask();
    await tell(taskId, { service_type: "dentist", location: "Boston MA" }, cookie);
    const response = await tell(taskId, { location: "", client_name: null, notes: "first visit" }, cookie);
    const view = await response.json();
    expect(view.extracted_data).toMatchObject({ location: "Boston MA", notes: "first visit" });
  });

  it("refuses a service CallPilot does not book with a 400 the agent can read back", async () => {
    const { cookie, taskId } = await personWithTask();
    const response = await tell(taskId, { service_type: "astronaut" }, cookie);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/service_type/);
  });

  it("answers 401 without a session and 404 on another person's request", async () => {
    const { taskId } = await personWithTask();
    const { cookie: someoneElse } = await personWithTask();
    expect((await tell(taskId, { location: "Boston MA" })).status).toBe(401);
    expect((await tell(taskId, { location: "Boston MA" }, someoneElse)).status).toBe(404);
  });
});

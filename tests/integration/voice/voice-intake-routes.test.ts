// Voice intake: the signed-URL route (auth, the caller's own request, never the API key) and the agent's
// update_booking_details tool writing what it heard into the task the summary card shows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getTask } from "@/app/api/task/[id]/route";
import { POST as voiceDetails } from "@/app/api/task/[id]/voice-details/route";
import { POST as voiceSession } from "@/app/api/voice/session/route";
import { seedDemoDirectory } from "@/db/providers";
import { readUsage } from "@/db/usage-counters";
import { fixedClock } from "@/lib/clock";
import { peerAddressHeader } from "@/lib/http/peer-address";
import { overrideRuntime } from "@/lib/runtime";
import { startElevenLabsStub, type ElevenLabsStub } from "../../support/elevenlabs-stub/server";
import { jsonRequest, params } from "../helpers";
import {
  dropEnv,
  intakeAgentId,
  personWithTask,
  stubApiKey,
  stubbedElevenLabs,
  useVoiceEnv,
} from "./voice-support";

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

describe("the daily voice-conversation allowances", () => {
  // 15:00 UTC: nine hours until the allowances come back. Each test counts on a day of its own.
  // Set for one test only; the allowances not named keep their defaults.
  const allowanceKeys = [
    "VOICE_SESSIONS_PER_PERSON_PER_DAY",
    "VOICE_SESSIONS_PER_IP_PER_DAY",
    "VOICE_SESSIONS_PER_DAY",
  ];
  function useAllowancesOn(day: string, settings: Record<string, string>): () => void {
    dropEnv(allowanceKeys);
    useVoiceEnv({ ...stubbedElevenLabs(stub.url), RATE_LIMITS: "off", ...settings });
    const restoreRuntime = overrideRuntime({ clock: fixedClock(`${day}T15:00:00Z`) });
    return () => {
      restoreRuntime();
      dropEnv(allowanceKeys);
    };
  }

  async function startFrom(ip: string, who: { cookie: string; taskId: string }): Promise<Response> {
    return voiceSession(
      jsonRequest("/api/voice/session", {
        cookie: who.cookie,
        body: { task_id: who.taskId },
        headers: { [peerAddressHeader]: ip },
      }),
      undefined,
    );
  }

  const talkBack =
    "Type your message instead; you can talk to CallPilot again after midnight UTC (9 h 00 min from now).";

  it("refuses a person's conversation past their daily number, with Retry-After and what to do", async () => {
    const restore = useAllowancesOn("2026-12-01", {
      VOICE_SESSIONS_PER_PERSON_PER_DAY: "2",
      VOICE_SESSIONS_PER_IP_PER_DAY: "100",
    });
    try {
      const someone = await personWithTask();
      expect((await startFrom("203.0.113.20", someone)).status).toBe(200);
      expect((await startFrom("203.0.113.20", someone)).status).toBe(200);
      const refused = await startFrom("203.0.113.20", someone);
      expect(refused.status).toBe(429);
      expect(refused.headers.get("retry-after")).toBe(String(9 * 3600));
      expect((await refused.json()).error).toBe(
        `You have started 2 voice conversations today, the most CallPilot allows one person a day. ${talkBack}`,
      );
      // Another person is not held back by this one's allowance.
      expect((await startFrom("203.0.113.21", await personWithTask())).status).toBe(200);
    } finally {
      restore();
    }
  });

  it("counts every guest on one network together", async () => {
    const restore = useAllowancesOn("2026-12-02", {
      VOICE_SESSIONS_PER_PERSON_PER_DAY: "2",
      VOICE_SESSIONS_PER_IP_PER_DAY: "3",
    });
    try {
      const guests = await Promise.all([personWithTask(), personWithTask(), personWithTask()]);
      for (const guest of guests) expect((await startFrom("198.51.100.30", guest)).status).toBe(200);
      const refused = await startFrom("198.51.100.30", await personWithTask());
      expect(refused.status).toBe(429);
      expect((await refused.json()).error).toBe(
        `3 voice conversations were started from your network today, the most CallPilot allows one network a day. ${talkBack}`,
      );
      expect((await startFrom("198.51.100.31", await personWithTask())).status).toBe(200);
    } finally {
      restore();
    }
  });

  it("stops starting conversations for everyone at the global daily number", async () => {
    const restore = useAllowancesOn("2026-12-03", {
      VOICE_SESSIONS_PER_PERSON_PER_DAY: "2",
      VOICE_SESSIONS_PER_IP_PER_DAY: "3",
      VOICE_SESSIONS_PER_DAY: "4",
    });
    try {
      for (const ip of ["192.0.2.41", "192.0.2.42", "192.0.2.43", "192.0.2.44"]) {
        expect((await startFrom(ip, await personWithTask())).status).toBe(200);
      }
      // Twenty at once from twenty networks: the cap holds under concurrency too.
      const statuses = await Promise.all(
        Array.from(
          { length: 20 },
          async (_, i) => (await startFrom(`192.0.2.${100 + i}`, await personWithTask())).status,
        ),
      );
      expect(statuses.every((status) => status === 429)).toBe(true);
      const refused = await startFrom("192.0.2.45", await personWithTask());
      expect((await refused.json()).error).toBe(
        `CallPilot has held all the voice conversations it may today. ${talkBack}`,
      );
    } finally {
      restore();
    }
  });

  it("lets exactly the allowed number of conversations through when they are asked for at once", async () => {
    const restore = useAllowancesOn("2026-12-05", {
      VOICE_SESSIONS_PER_PERSON_PER_DAY: "3",
      VOICE_SESSIONS_PER_IP_PER_DAY: "100",
    });
    try {
      const someone = await personWithTask();
      const statuses = await Promise.all(
        Array.from({ length: 10 }, async () => (await startFrom("203.0.113.50", someone)).status),
      );
      expect(statuses.filter((status) => status === 200)).toHaveLength(3);
      expect(statuses.filter((status) => status === 429)).toHaveLength(7);
    } finally {
      restore();
    }
  });

  it("does not count a conversation ElevenLabs would not start", async () => {
    const restore = useAllowancesOn("2026-12-04", { ELEVENLABS_INTAKE_AGENT_ID: "agent_gone" });
    try {
      const someone = await personWithTask();
      expect((await startFrom("192.0.2.50", someone)).status).toBe(503);
      const usage = await readUsage(someone.userId, "2026-12-04", ["person_voice_sessions"]);
      expect(usage.person_voice_sessions).toBe(0);
    } finally {
      restore();
    }
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

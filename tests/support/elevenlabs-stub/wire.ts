// The ElevenLabs stub's wire format helpers: response bodies of agents and tools, the vendor's error bodies, and
// reading and writing JSON over node:http.
import type http from "node:http";

export function agentDetails(id: string, agent: Record<string, unknown>) {
  return {
    agent_id: id,
    name: agent.name ?? "Agent",
    conversation_config: agent.conversation_config ?? {},
    platform_settings: agent.platform_settings ?? {},
    metadata: { created_at_unix_secs: agent.created, updated_at_unix_secs: Math.floor(Date.now() / 1000) },
    tags: [],
  };
}

export function toolDetails(id: string, config: Record<string, unknown>) {
  return {
    id,
    tool_config: config,
    access_info: { is_creator: true, creator_name: "Stub", creator_email: "stub@example.com", role: "admin" },
    usage_stats: { avg_latency_secs: 0 },
  };
}

export function defaultErrorBody(status: number): unknown {
  switch (status) {
    case 401:
      return { detail: { status: "quota_exceeded", message: "This request exceeds your quota." } };
    case 404:
      return { detail: { status: "agent_not_found", message: "Agent not found" } };
    case 422:
      return { detail: [{ loc: ["body", "to_number"], msg: "Invalid phone number", type: "value_error" }] };
    case 429:
      return { detail: { status: "too_many_concurrent_requests", message: "Too many concurrent requests" } };
    default:
      return { detail: { status: "internal_error", message: "Something went wrong" } };
  }
}

export function deepMerge(
  target: Record<string, unknown>,
  patch: Record<string, unknown>,
): Record<string, unknown> {
  const result: Record<string, unknown> = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    const current = result[key];
    result[key] =
      value && typeof value === "object" && !Array.isArray(value) && current && typeof current === "object"
        ? deepMerge(current as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return result;
}

export async function readBody(request: http.IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text) return {};
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export function send(response: http.ServerResponse, status: number, body: unknown): void {
  if (response.writableEnded || response.destroyed) return;
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A WebSocket URL for one conversation with an agent, in the shape the vendor's signed URLs have. */
export function signedConversationUrl(agentId: string): string {
  const signature = `sig_${Math.random().toString(36).slice(2)}`;
  return `wss://api.elevenlabs.io/v1/convai/conversation?agent_id=${encodeURIComponent(agentId)}&conversation_signature=${signature}`;
}

/** The audio bytes the stub "speaks" for a text: an MP3 frame header, then the text, so tests can recognise them. */
export function speechAudioBytes(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfb, 0x90, 0x64]), Buffer.from(`speech:${text}`)]);
}

/** Answers like the vendor's streaming endpoint: audio/mpeg in chunked transfer encoding, a few chunks apart. */
export async function streamSpeechAudio(response: http.ServerResponse, text: string): Promise<void> {
  response.writeHead(200, { "content-type": "audio/mpeg", "transfer-encoding": "chunked" });
  const audio = speechAudioBytes(text);
  const chunkSize = Math.max(1, Math.ceil(audio.length / 3));
  for (let offset = 0; offset < audio.length; offset += chunkSize) {
    response.write(audio.subarray(offset, offset + chunkSize));
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  response.end();
}

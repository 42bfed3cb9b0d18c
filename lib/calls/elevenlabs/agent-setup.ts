// `npm run elevenlabs:setup`: creates or updates CallPilot's ElevenLabs agent and its tools (and the hand-over tool
// calls add when allowed) through the API so they
// match agent-definition.ts, and reports what it changed. Idempotent: a second run finds everything as wanted and
// changes nothing.
import type { ElevenLabs } from "@elevenlabs/elevenlabs-js";
import type { AppConfig } from "@/lib/config";
import { agentDefinition, toolDefinitions } from "./agent-definition";
import { elevenLabsClient } from "./elevenlabs-client";
import { handoverTool } from "./system-tools";

export interface SetupReport {
  agentId: string;
  agentCreated: boolean;
  /** One line per change made; empty when everything already matched. */
  changes: string[];
  /** Things to do by hand, or worth checking. */
  notes: string[];
  webhookUrl: string;
}

export class SetupError extends Error {}

export async function setUpElevenLabsAgent(config: AppConfig): Promise<SetupReport> {
  if (!config.ELEVENLABS_API_KEY) throw new SetupError("Set ELEVENLABS_API_KEY first.");
  if (!config.PUBLIC_BASE_URL) {
    throw new SetupError(
      "Set PUBLIC_BASE_URL to the public https address of CallPilot: the agent's tools call it during calls.",
    );
  }
  const client = elevenLabsClient(config).conversationalAi;
  const changes: string[] = [];
  const notes: string[] = [];

  const existingTools = await listAllTools(client);
  const toolIds: string[] = [];
  for (const wanted of toolDefinitions(config.PUBLIC_BASE_URL)) {
    const found = existingTools.find(
      (tool) => tool.toolConfig.type === "webhook" && tool.toolConfig.name === wanted.name,
    );
    if (!found) {
      const created = await client.tools.create({ toolConfig: wanted });
      toolIds.push(created.id);
      changes.push(`created the ${wanted.name} tool (${wanted.apiSchema.url})`);
    } else {
      toolIds.push(found.id);
      if (!contains(found.toolConfig, wanted)) {
        await client.tools.update(found.id, { toolConfig: wanted });
        changes.push(`updated the ${wanted.name} tool (${wanted.apiSchema.url})`);
      }
    }
  }

  // The transfer tool stays out of the agent's own tools: only a call allowed to hand over adds it (call-setup.ts).
  const transfer = handoverTool();
  const foundTransfer = existingTools.find(
    (tool) => tool.toolConfig.type === "system" && tool.toolConfig.name === transfer.name,
  );
  if (!foundTransfer) {
    await client.tools.create({ toolConfig: transfer });
    changes.push(`created the ${transfer.name} tool (hand-overs to the person's verified phone)`);
  } else if (!contains(foundTransfer.toolConfig, transfer)) {
    await client.tools.update(foundTransfer.id, { toolConfig: transfer });
    changes.push(`updated the ${transfer.name} tool`);
  }

  const wanted = agentDefinition(toolIds, {
    recordVoice: config.CALL_RECORDING,
    voicemail: config.ELEVENLABS_VOICEMAIL,
  });
  let agentId = config.ELEVENLABS_AGENT_ID;
  let agentCreated = false;
  if (!agentId) {
    agentId = (await client.agents.create(wanted)).agentId;
    agentCreated = true;
    changes.push(`created the agent "${wanted.name}" (${agentId})`);
    notes.push(`Set ELEVENLABS_AGENT_ID=${agentId} in CallPilot's environment.`);
  } else {
    const current = await client.agents.get(agentId);
    const differing = [
      ["its prompt, opening line and tools", contains(current.conversationConfig, wanted.conversationConfig)],
      [
        "its overrides and data collection",
        contains(current.platformSettings ?? {}, wanted.platformSettings),
      ],
      ["its name", current.name === wanted.name],
    ]
      .filter(([, same]) => !same)
      .map(([what]) => what as string);
    if (differing.length > 0) {
      await client.agents.update(agentId, wanted);
      changes.push(`updated the agent ${agentId}: ${differing.join(", ")}`);
    }
  }

  notes.push(...(await checkPhoneNumber(config)));
  return {
    agentId,
    agentCreated,
    changes,
    notes,
    webhookUrl: `${config.PUBLIC_BASE_URL.replace(/\/+$/, "")}/api/elevenlabs/webhook`,
  };
}

export async function listAllTools(
  client: ReturnType<typeof elevenLabsClient>["conversationalAi"],
): Promise<ElevenLabs.ToolResponseModel[]> {
  const tools: ElevenLabs.ToolResponseModel[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 50; page++) {
    const response = await client.tools.list(cursor ? { cursor } : {});
    tools.push(...response.tools);
    if (!response.hasMore || !response.nextCursor) break;
    cursor = response.nextCursor;
  }
  return tools;
}

async function checkPhoneNumber(config: AppConfig): Promise<string[]> {
  const id = config.ELEVENLABS_AGENT_PHONE_NUMBER_ID;
  if (!id) {
    return [
      "Import your Twilio number in ElevenLabs (Phone Numbers) and set ELEVENLABS_AGENT_PHONE_NUMBER_ID to its id.",
    ];
  }
  try {
    const number = await elevenLabsClient(config).conversationalAi.phoneNumbers.get(id);
    return number.provider === "twilio"
      ? [`Calls will be made from ${number.phoneNumber} (Twilio, ${id}).`]
      : [
          `The phone number ${id} is a ${number.provider} number; CallPilot places calls through Twilio numbers.`,
        ];
  } catch {
    return [`ElevenLabs does not know the phone number ${id}: check ELEVENLABS_AGENT_PHONE_NUMBER_ID.`];
  }
}

/** Whether `actual` already has every value `wanted` sets (the API adds its own defaults around them). */
export function contains(actual: unknown, wanted: unknown): boolean {
  if (wanted === undefined) return true;
  if (Array.isArray(wanted)) {
    return (
      Array.isArray(actual) &&
      actual.length === wanted.length &&
      wanted.every((item, index) => contains(actual[index], item))
    );
  }
  if (wanted !== null && typeof wanted === "object") {
    if (actual === null || typeof actual !== "object") return false;
    return Object.entries(wanted).every(([key, value]) =>
      contains((actual as Record<string, unknown>)[key], value),
    );
  }
  return actual === wanted;
}

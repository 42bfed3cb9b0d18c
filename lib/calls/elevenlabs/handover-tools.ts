// Finds the ids a call allowed to hand over to the person sends as its tool_ids override (issue 16): the agent's own
// tools, as elevenlabs:setup left them, plus the standalone transfer_to_number tool it created.
import type { AppConfig } from "@/lib/config";
import type { HandoverToolIds } from "./call-setup";
import { listAllTools } from "./agent-setup";
import { elevenLabsClient } from "./elevenlabs-client";
import { handoverToolName } from "./system-tools";

/** Null when the transfer tool is missing (elevenlabs:setup not run since the hand-over came): no hand-over then. */
export async function findHandoverTools(config: AppConfig): Promise<HandoverToolIds | null> {
  const client = elevenLabsClient(config).conversationalAi;
  const agent = await client.agents.get(config.ELEVENLABS_AGENT_ID!);
  const agentToolIds = agent.conversationConfig.agent?.prompt?.toolIds ?? [];
  const transfer = (await listAllTools(client)).find(
    (tool) => tool.toolConfig.type === "system" && tool.toolConfig.name === handoverToolName,
  );
  return transfer ? { agentToolIds, transferToolId: transfer.id } : null;
}

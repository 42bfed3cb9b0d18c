// The ElevenLabs agent's ask_client server tool: its definition (a webhook whose timeout covers our wait for the
// person) and its handler, which puts the receptionist's question to the person (lib/calls/questions/ask-client.ts).
import type { ElevenLabs } from "@elevenlabs/elevenlabs-js";
import { z } from "zod";
import type { Clock } from "@/lib/clock";
import { askPerson, type AskPersonAnswer } from "@/lib/calls/questions/ask-person";
import { elevenLabsAnswerWaitMs, elevenLabsAskPersonTimeoutSecs } from "@/lib/calls/questions/wait-limits";
import { callIdVariable } from "./call-setup";

/** A webhook tool of the agent (the shape agent-definition.ts builds for every tool). */
type WebhookTool = ElevenLabs.ToolRequestModelToolConfig.Webhook;

export const askPersonRequestSchema = z.object({
  call_id: z.string().trim().min(1).max(100),
  question: z.string().trim().min(1).max(500),
});
export type AskPersonRequest = z.infer<typeof askPersonRequestSchema>;

type ToolFactory = (
  name: string,
  path: string,
  description: string,
  body: ElevenLabs.ObjectJsonSchemaPropertyInput,
) => WebhookTool;

export function askPersonTool(tool: ToolFactory): WebhookTool {
  return {
    ...tool(
      "ask_client",
      "ask-client",
      'Put a question about the client that you cannot answer (insurance, date of birth, pet\'s name, callback number) to the client, live. Say "one moment please" first; it may take up to half a minute. Pass on the answer exactly; with no answer, say the client will call back with it.',
      {
        type: "object",
        required: [callIdVariable, "question"],
        properties: {
          [callIdVariable]: { type: "string", dynamicVariable: callIdVariable },
          question: {
            type: "string",
            description:
              "The business's question, in their words, e.g. \"What is the patient's date of birth?\"",
          },
        },
      },
    ),
    // Our wait (35 s) plus a margin, so the agent always hears our answer rather than a timeout (wait-limits.ts).
    responseTimeoutSecs: elevenLabsAskPersonTimeoutSecs,
    // The agent says "one moment please" before the wait, never silence.
    preToolSpeech: "force",
  };
}

/** The tool's answer: the person's answer, "no answer yet", or "the call has ended". */
export async function askPersonToolReply(
  request: AskPersonRequest,
  clock: Clock,
  waitMs: number = elevenLabsAnswerWaitMs,
): Promise<AskPersonAnswer> {
  return askPerson({ callId: request.call_id, question: request.question }, clock, { waitMs });
}

// What `npm run elevenlabs:setup` makes the ElevenLabs agent look like: its three server tools (pointing at
// PUBLIC_BASE_URL, authenticated by the per-call token header), its default prompt and opening line, the built-in
// tools it may use, the overrides each call sends (the language among them, issue 17), the languages it may be
// switched to, and the data-collection fields the outcome needs.
import type { ElevenLabs } from "@elevenlabs/elevenlabs-js";
import { renderAgentSystemPrompt } from "@/prompts/agent-system";
import { callLanguages } from "@/lib/providers/provider-language";
import { firstMessageTemplate } from "@/prompts/first-message";
import { dataCollectionFields } from "./agent-report";
import { callIdVariable } from "./call-setup";
import { systemTools, type VoicemailChoice } from "./system-tools";
import { askPersonTool } from "./ask-person-tool";
import { toolTokenHeader, toolTokenVariable } from "./tool-token";

export const agentName = "CallPilot booking agent";
const toolTimeoutSecs = 10;

export type WebhookTool = ElevenLabs.ToolRequestModelToolConfig.Webhook;

export function toolDefinitions(publicBaseUrl: string): WebhookTool[] {
  const base = publicBaseUrl.replace(/\/+$/, "");
  const slotBody = (startDescription: string): ElevenLabs.ObjectJsonSchemaPropertyInput => ({
    type: "object",
    required: [callIdVariable, "start"],
    properties: {
      [callIdVariable]: { type: "string", dynamicVariable: callIdVariable },
      start: { type: "string", description: startDescription },
    },
  });
  const tool = (
    name: string,
    path: string,
    description: string,
    body: ElevenLabs.ObjectJsonSchemaPropertyInput,
  ): WebhookTool => ({
    type: "webhook",
    name,
    description,
    responseTimeoutSecs: toolTimeoutSecs,
    toolErrorHandlingMode: "passthrough",
    apiSchema: {
      url: `${base}/api/elevenlabs/tools/${path}`,
      method: "POST",
      requestHeaders: { [toolTokenHeader]: { variableName: toolTokenVariable } },
      requestBodySchema: body,
    },
  });
  const start =
    "The offered appointment's start as an ISO 8601 date-time in the business's local time, e.g. 2026-12-01T09:00.";
  return [
    tool(
      "check_availability",
      "check-availability",
      "Check whether a time the business offered works for the client. Call it for every offered time before accepting anything; say only what its answer says.",
      slotBody(start),
    ),
    tool(
      "request_booking",
      "request-booking",
      "Ask whether you may book a time that check_availability said works. Book only when the answer's code is approved; follow its sentence exactly otherwise.",
      slotBody(start),
    ),
    askPersonTool(tool),
    tool(
      "report_outcome",
      "report-outcome",
      "Report what you learned on this call, once, just before you say goodbye and end the call.",
      {
        type: "object",
        required: [callIdVariable, "outcome"],
        properties: {
          [callIdVariable]: { type: "string", dynamicVariable: callIdVariable },
          ...Object.fromEntries(
            Object.entries(dataCollectionFields).map(([key, field]) => [
              key,
              field.enum
                ? { type: "string", description: field.description, enum: [...field.enum] }
                : { type: "string", description: field.description },
            ]),
          ),
        },
      },
    ),
  ];
}

/** Example values so the agent can be tried from the ElevenLabs dashboard; real calls send their own. */
const placeholders = {
  business_name: "Harbor Dental",
  client_name: "Sam Lee",
  service: "a dentist appointment",
  availability: "Mon 30 Nov – Fri 4 Dec, 08:00–12:00",
  party_size: "not applicable",
  client_notes: "none",
  today: "Thursday 26 November 2026, 10:00",
  business_time_zone: "America/New_York",
  target_slot: "not applicable",
  new_window: "not applicable",
  client_details: "none",
  [callIdVariable]: "call_dashboard_test",
};

export interface AgentDefinition {
  name: string;
  conversationConfig: ElevenLabs.ConversationalConfig;
  platformSettings: ElevenLabs.AgentPlatformSettingsRequestModel;
}

/**
 * `recordVoice`: CALL_RECORDING. ElevenLabs keeps each call's audio unless told not to; the agent's privacy settings
 * follow the setting, and so does the "this call may be recorded" of its stored opening line.
 */
export function agentDefinition(
  toolIds: string[],
  options: { recordVoice: boolean; voicemail?: VoicemailChoice },
): AgentDefinition {
  return {
    name: agentName,
    conversationConfig: {
      agent: {
        language: "en",
        firstMessage: firstMessageTemplate({
          purpose: "inquiry",
          partySize: null,
          targetSlotText: null,
          recorded: options.recordVoice,
        }),
        dynamicVariables: { dynamic_variable_placeholders: placeholders },
        prompt: {
          prompt: renderAgentSystemPrompt({ purpose: "inquiry", mode: "auto", serviceType: null }),
          toolIds,
          builtInTools: systemTools(options.voicemail),
        },
      },
      conversation: { maxDurationSeconds: 600 },
      // The other languages a call may switch the agent to with its language override; declaring them is what lets
      // ElevenLabs use a multilingual voice model for those calls. Each call sends its own opening line anyway.
      languagePresets: Object.fromEntries(
        callLanguages
          .filter((language) => language !== "en")
          .map((language) => [
            language,
            {
              overrides: {
                agent: {
                  language,
                  firstMessage: firstMessageTemplate({
                    purpose: "inquiry",
                    partySize: null,
                    targetSlotText: null,
                    recorded: options.recordVoice,
                    language,
                  }),
                },
              },
            },
          ]),
      ),
    },
    platformSettings: {
      overrides: {
        // tool_ids: a call allowed to hand over to the person adds the transfer tool (issue 16).
        conversationConfigOverride: {
          // language: each call speaks its business's language (issue 17).
          agent: { firstMessage: true, language: true, prompt: { prompt: true, toolIds: true } },
        },
      },
      privacy: { recordVoice: options.recordVoice },
      dataCollection: Object.fromEntries(
        Object.entries(dataCollectionFields).map(([key, field]) => [
          key,
          { type: field.type, description: field.description, ...(field.enum ? { enum: field.enum } : {}) },
        ]),
      ),
    },
  };
}

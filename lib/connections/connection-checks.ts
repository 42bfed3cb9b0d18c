// Each integration's configuration and its cheap live check (a read that costs nothing: an agent, an account, an
// SMTP greeting). Vendors with no free request (the LLMs, Google Places, Google's OAuth client) are not checked.
import nodemailer from "nodemailer";
import { elevenLabsClient } from "@/lib/calls/elevenlabs/elevenlabs-client";
import { createTwilioClient } from "@/lib/calls/twilio/twilio-client";
import type { AppConfig } from "@/lib/config";
import type { CheckResult } from "./connection";

export interface IntegrationDefinition {
  id: "llm" | "elevenlabs" | "twilio" | "google_places" | "google_calendar" | "email";
  name: (config: AppConfig) => string;
  enables: string;
  configured: (config: AppConfig) => boolean;
  /** The live check, when there is a free one; errors are described by `vendor`'s name. */
  check?: (config: AppConfig, timeoutMs: number) => Promise<CheckResult>;
  vendor: string;
}

export const integrations: IntegrationDefinition[] = [
  {
    id: "llm",
    vendor: "The language model",
    name: (config) =>
      config.GOOGLE_GENERATIVE_AI_API_KEY && config.INTAKE_MODEL !== "openai"
        ? `Language model (Gemini, ${config.GEMINI_MODEL})`
        : config.OPENAI_API_KEY
          ? `Language model (OpenAI, ${config.OPENAI_MODEL})`
          : "Language model (Gemini or OpenAI)",
    enables:
      "Understands free-form chat requests and writes the Twilio agent's replies; without it the offline extractor reads the chat.",
    configured: (config) =>
      config.INTAKE_MODEL !== "offline" &&
      Boolean(config.GOOGLE_GENERATIVE_AI_API_KEY || config.OPENAI_API_KEY),
  },
  {
    id: "elevenlabs",
    vendor: "ElevenLabs",
    name: () => "ElevenLabs",
    enables:
      "Places the provider calls with an AI voice agent (with its agent and phone number), voice intake on the chat page (with the intake agent) and replies read aloud.",
    configured: (config) => Boolean(config.ELEVENLABS_API_KEY),
    check: async (config) => {
      const agentId = config.ELEVENLABS_AGENT_ID ?? config.ELEVENLABS_INTAKE_AGENT_ID;
      if (!agentId) return null;
      await elevenLabsClient(config).conversationalAi.agents.get(agentId);
      return null;
    },
  },
  {
    id: "twilio",
    vendor: "Twilio",
    name: () => "Twilio",
    enables:
      "Places the provider calls with CallPilot's own scripted agent when ElevenLabs does not; without either, calls are simulated.",
    configured: (config) => Boolean(config.TWILIO_ACCOUNT_SID && config.TWILIO_AUTH_TOKEN),
    check: async (config) => {
      const account = await createTwilioClient(config).api.v2010.accounts(config.TWILIO_ACCOUNT_SID!).fetch();
      return account.status === "active" ? null : `The Twilio account is ${account.status}.`;
    },
  },
  {
    id: "google_places",
    vendor: "Google Places",
    name: () => "Google Places",
    enables: "Finds more businesses to call beyond the built-in directory.",
    configured: (config) => Boolean(config.GOOGLE_PLACES_API_KEY),
  },
  {
    id: "google_calendar",
    vendor: "Google Calendar",
    name: () => "Google Calendar",
    enables: "Lets each person connect their Google Calendar so bookings avoid their busy times.",
    configured: (config) => Boolean(config.GOOGLE_CALENDAR_CLIENT_ID && config.GOOGLE_CALENDAR_CLIENT_SECRET),
  },
  {
    id: "email",
    vendor: "The mail server",
    name: () => "Email (SMTP)",
    enables: "Sends the email-verification links; without it each email is written to the server log.",
    configured: (config) => Boolean(config.SMTP_URL),
    check: async (config, timeoutMs) => {
      const transport = nodemailer.createTransport({
        url: config.SMTP_URL,
        connectionTimeout: timeoutMs,
        greetingTimeout: timeoutMs,
        socketTimeout: timeoutMs,
      });
      try {
        await transport.verify();
        return null;
      } finally {
        transport.close();
      }
    },
  },
];

// npm run elevenlabs:setup – creates or updates CallPilot's ElevenLabs agent, its tools, data collection and allowed
// overrides from the environment (ELEVENLABS_API_KEY, PUBLIC_BASE_URL...), and prints what it changed.
import { setUpElevenLabsAgent, SetupError } from "@/lib/calls/elevenlabs/agent-setup";
import { describeApiFailure } from "@/lib/calls/elevenlabs/api-errors";
import { ConfigError, getConfig } from "@/lib/config";

async function main(): Promise<void> {
  const config = getConfig();
  const report = await setUpElevenLabsAgent(config);
  console.log(`ElevenLabs agent: ${report.agentId}${report.agentCreated ? " (new)" : ""}`);
  if (report.changes.length === 0) console.log("Everything already matched; nothing was changed.");
  for (const change of report.changes) console.log(`  changed: ${change}`);
  for (const note of report.notes) console.log(`  note: ${note}`);
  console.log(
    `\nIn the ElevenLabs dashboard (Agents settings → Post-call webhook), send post_call_transcription and\n` +
      `call_initiation_failure events to:\n  ${report.webhookUrl}\n` +
      `with HMAC authentication, and put its secret in ELEVENLABS_WEBHOOK_SECRET.`,
  );
}

main().catch((error) => {
  if (error instanceof ConfigError || error instanceof SetupError) {
    console.error(error.message);
  } else {
    const failure = describeApiFailure(error);
    console.error(`elevenlabs:setup failed: ${failure.detail || failure.reason}`);
  }
  process.exit(1);
});

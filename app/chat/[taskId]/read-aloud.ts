// Reads a reply aloud: ElevenLabs' voice through POST /api/tts when the server has it, the browser's own speech
// synthesis otherwise. A failure to speak never blocks the chat: the reply is on the screen either way.
import { apiFetch } from "@/app/_components/api-request";
import { hasSpeechSynthesis } from "./browser-speech";

let playing: HTMLAudioElement | null = null;

export async function speakReply(text: string, withElevenLabs: boolean): Promise<void> {
  stopSpeaking();
  if (withElevenLabs) {
    try {
      const response = await apiFetch("/api/tts", { body: { text } });
      const url = URL.createObjectURL(await response.blob());
      playing = new Audio(url);
      playing.addEventListener("ended", () => URL.revokeObjectURL(url), { once: true });
      await playing.play();
      return;
    } catch {
      // Fall through to the browser's own voice (rate limit, ElevenLabs unavailable, autoplay refused).
    }
  }
  if (hasSpeechSynthesis()) window.speechSynthesis.speak(new SpeechSynthesisUtterance(text));
}

export function stopSpeaking(): void {
  playing?.pause();
  playing = null;
  if (hasSpeechSynthesis()) window.speechSynthesis.cancel();
}

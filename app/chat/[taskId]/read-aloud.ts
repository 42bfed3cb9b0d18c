// Reads a reply aloud: ElevenLabs' voice through POST /api/tts when the server has it, the browser's own speech
// synthesis otherwise. A failure to speak never blocks the chat: the reply is on the screen either way.
import { apiFetch } from "@/app/_components/api-request";
import { hasSpeechSynthesis } from "./browser-speech";
import { playableAudio, type PlayableAudio } from "./streamed-audio";

let playing: PlayableAudio | null = null;
// Bumped by every new reply and every stop: a reply whose audio arrives after it was superseded stays silent.
let generation = 0;

export async function speakReply(text: string, withElevenLabs: boolean): Promise<void> {
  stopSpeaking();
  const turn = generation;
  if (withElevenLabs) {
    let current: PlayableAudio | null = null;
    try {
      const response = await apiFetch("/api/tts", { body: { text } });
      current = await playableAudio(response);
      if (turn !== generation) return current.release();
      playing = current;
      current.audio.addEventListener("ended", current.release, { once: true });
      current.audio.addEventListener("error", current.release, { once: true });
      await current.audio.play();
      return;
    } catch {
      // Fall through to the browser's own voice (rate limit, ElevenLabs unavailable, autoplay refused).
      current?.release();
      if (playing === current) playing = null;
      if (turn !== generation) return;
    }
  }
  if (hasSpeechSynthesis()) window.speechSynthesis.speak(new SpeechSynthesisUtterance(text));
}

export function stopSpeaking(): void {
  playing?.audio.pause();
  playing?.release();
  playing = null;
  generation += 1;
  if (hasSpeechSynthesis()) window.speechSynthesis.cancel();
}

// Plays an MP3 response while it downloads (Media Source Extensions), where the browser can; otherwise the whole
// file is downloaded first. /api/tts streams ElevenLabs' audio as it is generated, so a long reply starts at once.

const mpeg = "audio/mpeg";

export interface PlayableAudio {
  audio: HTMLAudioElement;
  /** Stops the download (if still running) and frees the object URL. */
  release: () => void;
}

export async function playableAudio(response: Response): Promise<PlayableAudio> {
  const contentType = response.headers.get("content-type")?.split(";")[0].trim();
  if (contentType === mpeg && response.body && canStreamMpeg()) return streamedAudio(response.body);
  const url = URL.createObjectURL(await response.blob());
  return { audio: new Audio(url), release: () => URL.revokeObjectURL(url) };
}

function canStreamMpeg(): boolean {
  return typeof MediaSource !== "undefined" && MediaSource.isTypeSupported(mpeg);
}

function streamedAudio(body: ReadableStream<Uint8Array>): PlayableAudio {
  const source = new MediaSource();
  const url = URL.createObjectURL(source);
  const reader = body.getReader();
  source.addEventListener(
    "sourceopen",
    () => {
      // The element holds the source now; the URL is no longer needed.
      URL.revokeObjectURL(url);
      void appendAll(reader, source);
    },
    { once: true },
  );
  return {
    audio: new Audio(url),
    release: () => {
      URL.revokeObjectURL(url);
      reader.cancel().catch(() => undefined);
    },
  };
}

/** Appends each chunk as it arrives (one at a time: a SourceBuffer refuses an append while it is updating). */
async function appendAll(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  source: MediaSource,
): Promise<void> {
  let heardAnything = false;
  try {
    const buffer = source.addSourceBuffer(mpeg);
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      // A fetch body's chunks are never shared memory; the DOM types cannot know that.
      buffer.appendBuffer(value as Uint8Array<ArrayBuffer>);
      await new Promise((resolve) => buffer.addEventListener("updateend", resolve, { once: true }));
      heardAnything ||= buffer.buffered.length > 0;
    }
    if (source.readyState === "open") source.endOfStream();
  } catch {
    reader.cancel().catch(() => undefined);
    // A cut download plays to the end of what arrived; with nothing playable the element fails, so play() rejects
    // and the caller falls back to the browser's voice.
    if (source.readyState === "open") source.endOfStream(heardAnything ? undefined : "network");
  }
}

// A reply's text on its way to one reader: the producer writes chunks whenever it has them, the reader iterates
// at its own pace, and nothing is lost if the reader starts late or never reads at all.

export interface TextChannel {
  write(chunk: string): void;
  close(): void;
  /** The chunks in order; may be iterated once. */
  readonly stream: AsyncIterable<string>;
}

export function createTextChannel(): TextChannel {
  const buffered: string[] = [];
  let closed = false;
  let wake: (() => void) | null = null;
  let taken = false;

  const notify = () => {
    wake?.();
    wake = null;
  };

  async function* read(): AsyncGenerator<string> {
    while (true) {
      if (buffered.length > 0) {
        yield buffered.shift()!;
        continue;
      }
      if (closed) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  }

  return {
    write(chunk) {
      if (closed || chunk === "") return;
      buffered.push(chunk);
      notify();
    },
    close() {
      closed = true;
      notify();
    },
    stream: {
      [Symbol.asyncIterator]() {
        if (taken) throw new Error("An intake reply stream can be read only once.");
        taken = true;
        return read();
      },
    },
  };
}

/** "Great — a dentist" → ["Great ", "— ", "a ", "dentist"]: word-sized chunks that join back to the text. */
export function wordChunks(text: string): string[] {
  return text.split(/(?<=\s)(?=\S)/).filter((chunk) => chunk !== "");
}

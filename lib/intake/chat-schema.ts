// The chat request body, shared by the JSON and the streaming chat routes.
import { z } from "zod";

export const maxMessageCharacters = 4_000;

export const chatRequestSchema = z.object({
  task_id: z.string().min(1).max(100),
  message: z
    .string()
    .trim()
    .min(1, "message is empty")
    .max(
      maxMessageCharacters,
      `message is too long: ${maxMessageCharacters.toLocaleString("en-US")} characters at most`,
    ),
});

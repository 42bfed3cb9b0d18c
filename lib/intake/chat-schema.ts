// The chat request body, shared by the JSON and the streaming chat routes.
import { z } from "zod";
import { maxMessageCharacters } from "./message-length";
import { validationMessage } from "@/lib/sentences/validation-message";

export const chatRequestSchema = z.object({
  task_id: z.string().min(1).max(100),
  message: z
    .string()
    .trim()
    .min(1, validationMessage("validationMessageEmpty"))
    .max(maxMessageCharacters, validationMessage("validationMessageTooLong", { max: maxMessageCharacters })),
});

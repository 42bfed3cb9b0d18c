// A page reading the person's own resource: "not yours" or "no such thing" (AppError not_found) becomes Next's 404
// page, as the REST twin answers 404; every other error stays an error.
import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

export async function ownedOrNotFound<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof AppError && error.type === "not_found") notFound();
    throw error;
  }
}

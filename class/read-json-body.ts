import "server-only";
// Reads a small JSON body for the classroom endpoints: refuses big bodies before parsing them.
import { AppError } from "../core/errors/app-error";

const MAX_BYTES = 2_000;

export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.length > MAX_BYTES) throw new AppError("payload_too_large", "That request is too large.");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "Send a JSON object.");
  }
}

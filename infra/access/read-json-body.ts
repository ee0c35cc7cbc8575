// The body of an instructor request as JSON (a person-readable 400 when it is not).
import { AppError } from "../../core/errors/app-error";

export async function readJsonBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError("bad_request", "Send the settings as a JSON object.");
  }
}

import "server-only";
import { AppError } from "../../core/errors/app-error";

/** The proxy gives every monolith visitor a session cookie; without one there is no cart to change. */
export function requireCartOwner(ownerKey: string | undefined): string {
  if (!ownerKey) throw AppError.of("bad_request", "cart.sessionExpired");
  return ownerKey;
}

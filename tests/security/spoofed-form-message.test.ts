// Issue 23, row 7: the login pages showed `?error=` text as given, so
// `/monolith/login?error=Password+expired:+re-enter+at+http://evil.example` put the attacker's sentence in the real
// page's alert (escaped: spoofing, not XSS). Sent here as the attacker sends it: the link's query, as the page reads it.
import { describe, expect, it } from "vitest";
import { flashMessage } from "@/monolith/forms/flash-message";
import { withMessage } from "@/monolith/forms/handle-form-post";

const query = (path: string) => Object.fromEntries(new URL(path, "http://x").searchParams);

describe("a page shows only the messages this server wrote", () => {
  it("the attacker's ?error= is not shown", () => {
    const crafted = query("/monolith/login?error=Password+expired:+re-enter+at+http://evil.example");
    expect(flashMessage(crafted, "error")).toBeUndefined();
    // Nor with a made-up signature, nor with a real one moved onto another sentence.
    expect(flashMessage({ ...crafted, errorSig: "AAAAAAAAAAAAAAAAAAAAAA" }, "error")).toBeUndefined();
    const real = query(withMessage("/monolith/login", "error", "That email and password don't match an account."));
    expect(flashMessage({ ...real, error: crafted.error }, "error")).toBeUndefined();
  });

  it("the form handler's own message is shown, and a notice is not accepted as an error", () => {
    const real = query(withMessage("/monolith/login", "error", "That email and password don't match an account."));
    expect(flashMessage(real, "error")).toBe("That email and password don't match an account.");
    const notice = query(withMessage("/monolith", "notice", "You are logged out."));
    expect(flashMessage(notice, "notice")).toBe("You are logged out.");
    expect(flashMessage({ error: notice.notice, errorSig: notice.noticeSig }, "error")).toBeUndefined();
  });
});

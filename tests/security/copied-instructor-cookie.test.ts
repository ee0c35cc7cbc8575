// Issue 23, row 10: the instructor cookie was a fixed HMAC of the key, with no expiry on the server: any copy of it
// (seen on a projector, copied off a classroom machine) worked until the key changed. Sent here as the copier
// sends it: the old fixed value, and a real cookie past its 12 hours.
import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { INSTRUCTOR_COOKIE, instructorCookieValue, instructorProof } from "@/infra/access/instructor-access";
import { appSecrets } from "@/infra/secrets/app-secrets";

const withCookie = (value: string) => new Headers({ cookie: `${INSTRUCTOR_COOKIE}=${value}` });
const HOUR = 60 * 60 * 1000;

describe("the instructor cookie expires on the server", () => {
  it("a fresh cookie proves the instructor", () => {
    expect(instructorProof(withCookie(instructorCookieValue()))).toBe("cookie");
  });

  it("a cookie issued 13 hours ago is refused, whatever the browser kept", () => {
    expect(instructorProof(withCookie(instructorCookieValue(Date.now() - 13 * HOUR)))).toBe("wrong-key");
    expect(instructorProof(withCookie(instructorCookieValue(Date.now() - 11 * HOUR)))).toBe("cookie");
  });

  it("the old fixed value (good forever before) is refused, and so is an issue time moved forward", () => {
    const fixed = createHmac("sha256", appSecrets().classKey).update("pet-store-twin/instructor-cookie/v1").digest("base64url");
    expect(instructorProof(withCookie(fixed))).toBe("wrong-key");
    const [, signature] = instructorCookieValue(Date.now() - 13 * HOUR).split(".");
    expect(instructorProof(withCookie(`${Math.floor(Date.now() / 1000)}.${signature}`))).toBe("wrong-key");
  });
});

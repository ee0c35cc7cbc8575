// A production build can hold two copies of app-error.ts; an AppError made by the other copy must still be one
// (a wrong join code thrown inside the class-state singleton came back as a 500 instead of a 403).
import { describe, expect, it } from "vitest";
import { AppError, isAppError, toAppError } from "./app-error";

describe("isAppError", () => {
  it("knows an AppError from another copy of the module by its brand", async () => {
    // A fresh module instance stands in for the build's second copy.
    const copy = "./app-error?copy";
    const other = (await import(/* @vite-ignore */ copy)) as typeof import("./app-error");
    const foreign = other.AppError.of("forbidden", "class.wrongCode");
    expect(foreign instanceof AppError).toBe(false);
    expect(isAppError(foreign)).toBe(true);
    expect(toAppError(foreign).status).toBe(403);
  });

  it("does not take a plain error or a look-alike without the brand", () => {
    expect(isAppError(new Error("x"))).toBe(false);
    expect(isAppError({ name: "AppError", code: "forbidden", status: 403 })).toBe(false);
  });
});

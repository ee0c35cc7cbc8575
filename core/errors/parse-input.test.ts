import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "./app-error";
import { parseInput } from "./parse-input";

describe("parseInput", () => {
  const schema = z.object({ n: z.coerce.number().int("Whole numbers only.") });

  it("returns the parsed value", () => {
    expect(parseInput(schema, { n: "4" })).toEqual({ n: 4 });
  });

  it("throws a bad_request AppError with the first issue's message and field", () => {
    try {
      parseInput(schema, { n: "1.5" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe("bad_request");
      expect((e as AppError).status).toBe(400);
      expect((e as AppError).message).toBe("Whole numbers only.");
      expect((e as AppError).details).toEqual({ field: "n" });
    }
  });
});

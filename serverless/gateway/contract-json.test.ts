import { describe, expect, it } from "vitest";
import { purchaseResponseSchema, searchResponseSchema } from "../../core/contract/serverless-api";
import { contractJson } from "./contract-json";

describe("contractJson", () => {
  it("sends a body its schema accepts, without undeclared fields", async () => {
    const res = contractJson(purchaseResponseSchema, { orderId: 7, totalCents: 5100, debug: "x" } as never, { status: 201 });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ orderId: 7, totalCents: 5100 });
  });

  it("refuses a body its schema rejects (dollars where cents are declared, a missing field)", () => {
    expect(() => contractJson(purchaseResponseSchema, { orderId: 7, totalCents: 51.5 })).toThrow();
    expect(() => contractJson(searchResponseSchema, { hits: [{ id: 1, name: "Rex" }], total: 1 } as never)).toThrow();
  });
});

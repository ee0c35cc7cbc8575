import { describe, expect, it } from "vitest";
import { isBusyError, retryBusy } from "../../infra/db/retry-busy";

const noPause = () => Promise.resolve();

describe("retryBusy", () => {
  it("counts the libSQL adapter's SocketTimeout (its name for SQLITE_BUSY) as busy, and a constraint error as not", () => {
    expect(isBusyError(new Error("driverAdapterError: Error [DriverAdapterError]: SocketTimeout"))).toBe(true);
    expect(isBusyError(new Error("SQLITE_BUSY: database is locked"))).toBe(true);
    expect(isBusyError(new Error("Unique constraint failed on the fields: (`email`)"))).toBe(false);
  });

  it("counts Prisma's P1008 as busy: on a model operation its message says only 'Operation has timed out'", () => {
    // The shape a busy classAnswer.create() raised in a two-instance run.
    const timedOut = Object.assign(new Error("\nInvalid `prisma.classAnswer.create()` invocation:\n\n\nOperation has timed out"), {
      code: "P1008",
      meta: { modelName: "ClassAnswer", driverAdapterError: { cause: { kind: "SocketTimeout" } } },
    });
    expect(isBusyError(timedOut)).toBe(true);
    expect(isBusyError(Object.assign(new Error("Operation has timed out"), { code: "P2002" }))).toBe(false);
  });

  it("tries a busy write again until it goes through", async () => {
    let calls = 0;
    const result = await retryBusy(async () => {
      calls++;
      if (calls < 4) throw new Error("driverAdapterError: SocketTimeout");
      return "written";
    }, noPause);
    expect(result).toBe("written");
    expect(calls).toBe(4);
  });

  it("passes any other error straight through, and gives up on a write that stays busy", async () => {
    let calls = 0;
    await expect(
      retryBusy(async () => {
        calls++;
        throw new Error("no such table: Pet");
      }, noPause),
    ).rejects.toThrow(/no such table/);
    expect(calls).toBe(1);
    calls = 0;
    await expect(
      retryBusy(async () => {
        calls++;
        throw new Error("database is locked");
      }, noPause),
    ).rejects.toThrow(/locked/);
    expect(calls).toBe(12);
  });
});

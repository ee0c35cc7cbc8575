import { describe, expect, it } from "vitest";
import { translateErrorMessage } from "./error-messages";

const err = (code: string, message: string) => ({ code, message });

describe("translateErrorMessage", () => {
  it("leaves English as written", () => {
    const e = err("out_of_stock", "Sorry, Biscuit is sold out.");
    expect(translateErrorMessage(e, "en")).toBe("Sorry, Biscuit is sold out.");
  });

  it("translates known sentences with their values, and keeps pet names", () => {
    expect(translateErrorMessage(err("out_of_stock", "Sorry, Biscuit is sold out."), "zh-CN")).toBe("抱歉，Biscuit已售罄。");
    expect(translateErrorMessage(err("out_of_stock", "Only 2 of Biscuit left in stock; you asked for 5."), "zh-CN")).toBe(
      "Biscuit只剩 2 只，你要了 5 只。",
    );
    expect(translateErrorMessage(err("unauthorized", "That email and password don't match an account."), "zh-CN")).toBe(
      "邮箱和密码不匹配任何账号。",
    );
  });

  it("translates the cart top-up sentence around the stock sentence it wraps", () => {
    const e = err(
      "out_of_stock",
      "You already have 3 of Biscuit in your cart, so you can add at most 1 more. Only 4 of Biscuit left in stock; you asked for 6.",
    );
    expect(translateErrorMessage(e, "zh-CN")).toBe(
      "你的购物车里已经有 3 只Biscuit，所以最多还能再加 1 只。Biscuit只剩 4 只，你要了 6 只。",
    );
  });

  it("leaves a message the server already put into Chinese", () => {
    expect(translateErrorMessage({ code: "internal", message: "抱歉，Biscuit已售罄。" }, "zh-CN")).toBe("抱歉，Biscuit已售罄。");
  });

  it("falls back to a Chinese sentence for the code, never to English", () => {
    const out = translateErrorMessage(err("rate_limited", "A sentence nobody translated yet."), "zh-CN");
    expect(out).toBe("请求过于频繁，请稍后重试。");
    expect(out).not.toMatch(/[A-Za-z]{3}/);
  });
});

describe("translateNotice", () => {
  it("words the cart notices in Chinese and keeps unknown ones", async () => {
    const { translateNotice } = await import("./error-messages");
    expect(translateNotice("Added 2 × Biscuit to your cart.", "zh-CN")).toBe("已将 2 × Biscuit加入购物车。");
    expect(translateNotice("Added Biscuit to your cart.", "zh-CN")).toBe("已将Biscuit加入购物车。");
    expect(translateNotice("Added Biscuit to your cart.", "en")).toBe("Added Biscuit to your cart.");
    expect(translateNotice("Something new.", "zh-CN")).toBe("Something new.");
  });
});

describe("classroom and lab bench errors", () => {
  it("has Chinese for every refusal of the load settings and the failure switches' settings", async () => {
    const { loadSettingsSchema } = await import("../lab-bench/load-settings-schema");
    const { FAULT_PARAM_SCHEMAS } = await import("../faults/fault-catalog");
    const bad: [{ safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } }, unknown][] = [
      [loadSettingsSchema, { target: "mainframe", users: 5, seconds: 10 }],
      [loadSettingsSchema, { target: "both", users: 0, seconds: 10 }],
      [loadSettingsSchema, { target: "both", users: 10_000, seconds: 10 }],
      [loadSettingsSchema, { target: "both", users: 5, seconds: 1 }],
      [loadSettingsSchema, { target: "both", users: 5, seconds: 10, rampUpSeconds: 20 }],
      [loadSettingsSchema, { target: "both", users: 5, seconds: 10, mix: { browse: 0, search: 0, view: 0, buy: 0 } }],
      [FAULT_PARAM_SCHEMAS["concurrency-limit"], { limit: 0 }],
      [FAULT_PARAM_SCHEMAS["function-timeout"], { timeoutMs: 10, slowMs: 0 }],
      [FAULT_PARAM_SCHEMAS["database-latency"], { ms: 5000 }],
      [FAULT_PARAM_SCHEMAS["short-token-lifetime"], { seconds: 5 }],
      [FAULT_PARAM_SCHEMAS["recursive-trigger"], { maxRuns: 1 }],
    ];
    for (const [schema, value] of bad) {
      const message = schema.safeParse(value).error!.issues[0]!.message;
      const zh = translateErrorMessage(err("bad_request", message), "zh-CN");
      expect(zh, message).not.toBe("请求无效，请检查输入后重试。");
      expect(zh, message).toMatch(/[\u4e00-\u9fff]/);
    }
    for (const message of [
      "Join the class first, then answer.",
      "The class has moved on; answer the question on screen now.",
      "Too many requests from your device. Please wait 12 s.",
      "This lesson has steps 1 to 5.",
      "A load run is already going. Stop it first (DELETE /api/class/load).",
    ]) {
      expect(translateErrorMessage(err("conflict", message), "zh-CN"), message).not.toBe("与当前状态冲突，请刷新后重试。");
    }
  });
});

import { describe, expect, it } from "vitest";
import { AppError, messageIn } from "./app-error";
import { errorTextOfWords, renderError } from "./error-text";

describe("AppError.of", () => {
  it("carries the id and values; message is the English sentence", () => {
    const e = AppError.of("out_of_stock", "stock.fewerLeft", { stock: 2, name: "Biscuit", asked: 5 }, { petId: 3 });
    expect(e.message).toBe("Only 2 of Biscuit left in stock; you asked for 5.");
    expect(e.text).toEqual({ id: "stock.fewerLeft", params: { stock: 2, name: "Biscuit", asked: 5 } });
    expect(e.details).toEqual({ petId: 3 });
    expect(e.status).toBe(409);
  });

  it("is worded in the language asked for, another error's sentence inside it too", () => {
    const inner = { id: "stock.fewerLeft", params: { stock: 4, name: "Biscuit", asked: 6 } } as const;
    const e = AppError.of("out_of_stock", "cart.topUpSome", { already: 3, name: "Biscuit", room: 1, reason: inner });
    expect(e.message).toBe(
      "You already have 3 of Biscuit in your cart, so you can add at most 1 more. Only 4 of Biscuit left in stock; you asked for 6.",
    );
    expect(messageIn(e, "zh-CN")).toBe("你的购物车里已经有 3 只Biscuit，所以最多还能再加 1 只。Biscuit只剩 4 只，你要了 6 只。");
    expect(messageIn(AppError.of("not_found", "pet.gone"), "en")).toBe("That pet is no longer in the store.");
  });
});

describe("errorTextOfWords", () => {
  it("finds the catalog entry and values of an English sentence", () => {
    expect(errorTextOfWords("Sorry, Biscuit is sold out.", "out_of_stock")).toEqual({ id: "stock.soldOut", params: { name: "Biscuit" } });
    expect(renderError(errorTextOfWords("Too many attempts; try again in 1 second.", "rate_limited"), "zh-CN")).toBe(
      "尝试次数过多，请在 1 秒后重试。",
    );
    const topUp = "You already have 3 of Biscuit in your cart, so you cannot add more. Sorry, Biscuit is sold out.";
    expect(renderError(errorTextOfWords(topUp, "out_of_stock"), "zh-CN")).toBe(
      "你的购物车里已经有 3 只Biscuit，所以不能再加了。抱歉，Biscuit已售罄。",
    );
  });

  it("keeps Chinese as it is, and words an unknown sentence by its code in Chinese, as written in English", () => {
    expect(renderError(errorTextOfWords("抱歉，Biscuit已售罄。", "internal"), "zh-CN")).toBe("抱歉，Biscuit已售罄。");
    const unknown = errorTextOfWords("A sentence nobody translated yet.", "rate_limited");
    expect(renderError(unknown, "en")).toBe("A sentence nobody translated yet.");
    expect(renderError(unknown, "zh-CN")).toBe("请求过于频繁，请稍后重试。");
  });
});

describe("zod messages and notices", () => {
  it("words every refusal of the failure switches' settings in Chinese, not by its code", async () => {
    const { parseInput } = await import("./parse-input");
    const { FAULT_PARAM_SCHEMAS } = await import("../faults/fault-catalog");
    const { quantitySchema } = await import("../cart/cart-schemas");
    const bad: [Parameters<typeof parseInput>[0], unknown][] = [
      [FAULT_PARAM_SCHEMAS["concurrency-limit"], { limit: 0 }],
      [FAULT_PARAM_SCHEMAS["function-timeout"], { timeoutMs: 10, slowMs: 0 }],
      [FAULT_PARAM_SCHEMAS["database-latency"], { ms: 5000 }],
      [FAULT_PARAM_SCHEMAS["short-token-lifetime"], { seconds: 5 }],
      [FAULT_PARAM_SCHEMAS["recursive-trigger"], { maxRuns: 1 }],
      [quantitySchema, "1.5"],
      [quantitySchema, 500],
    ];
    for (const [schema, value] of bad) {
      const error = (() => {
        try {
          parseInput(schema, value);
        } catch (e) {
          return e as AppError;
        }
        throw new Error(`accepted ${JSON.stringify(value)}`);
      })();
      expect(error.text.id, error.message).not.toMatch(/^code\./);
      expect(messageIn(error, "zh-CN"), error.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("puts the stores' notices into Chinese and keeps one it does not know", async () => {
    const { noticeIn } = await import("./error-text");
    expect(noticeIn("Added 2 × Biscuit to your cart.", "zh-CN")).toBe("已将 2 × Biscuit加入购物车。");
    expect(noticeIn("Added Biscuit to your cart.", "zh-CN")).toBe("已将Biscuit加入购物车。");
    expect(noticeIn("Added Biscuit to your cart.", "en")).toBe("Added Biscuit to your cart.");
    expect(noticeIn("Something new.", "zh-CN")).toBe("Something new.");
  });
});

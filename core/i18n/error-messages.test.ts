import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error";
import { translateErrorMessage } from "./error-messages";

describe("translateErrorMessage", () => {
  it("leaves English as written", () => {
    const e = new AppError("out_of_stock", "Sorry, Biscuit is sold out.");
    expect(translateErrorMessage(e, "en")).toBe("Sorry, Biscuit is sold out.");
  });

  it("translates known sentences with their values, and keeps pet names", () => {
    expect(translateErrorMessage(new AppError("out_of_stock", "Sorry, Biscuit is sold out."), "zh-CN")).toBe("抱歉，Biscuit已售罄。");
    expect(translateErrorMessage(new AppError("out_of_stock", "Only 2 of Biscuit left in stock; you asked for 5."), "zh-CN")).toBe(
      "Biscuit只剩 2 只，你要了 5 只。",
    );
    expect(translateErrorMessage(new AppError("unauthorized", "That email and password don't match an account."), "zh-CN")).toBe(
      "邮箱和密码不匹配任何账号。",
    );
  });

  it("translates the cart top-up sentence around the stock sentence it wraps", () => {
    const e = new AppError(
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
    const out = translateErrorMessage(new AppError("rate_limited", "A sentence nobody translated yet."), "zh-CN");
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

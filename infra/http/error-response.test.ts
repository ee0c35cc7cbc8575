// The JSON answer of an error: the same code in every language, the message in the request's (cookie, else
// Accept-Language, else English).
import { describe, expect, it } from "vitest";
import { AppError } from "@/core/errors/app-error";
import { errorResponse } from "./error-response";

const request = (headers: Record<string, string>) => new Request("http://localhost:3000/api/x", { headers });
const soldOut = () => AppError.of("out_of_stock", "stock.soldOut", { name: "Biscuit" });

describe("errorResponse", () => {
  it("answers in Chinese for a zh-CN request", async () => {
    const zh: Record<string, string>[] = [{ "accept-language": "zh-CN,zh;q=0.9" }, { cookie: "pst-lang=zh-CN", "accept-language": "en" }];
    for (const headers of zh) {
      const res = errorResponse(soldOut(), undefined, request(headers));
      expect(res.status).toBe(409);
      expect(await res.json()).toEqual({ error: { code: "out_of_stock", message: "抱歉，Biscuit已售罄。" } });
    }
  });

  it("answers in English otherwise", async () => {
    for (const req of [request({ "accept-language": "fr" }), request({ cookie: "pst-lang=en", "accept-language": "zh" }), undefined]) {
      const res = errorResponse(soldOut(), undefined, req);
      expect(await res.json()).toEqual({ error: { code: "out_of_stock", message: "Sorry, Biscuit is sold out." } });
    }
  });

  it("hides what was not an AppError behind the one internal sentence, in the request's language", async () => {
    const res = errorResponse(new Error("SQLITE_BUSY at line 3"), "t1", request({ "accept-language": "zh" }));
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: { code: "internal", message: "我们这边出了点问题，请重试。" } });
  });
});

import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, localeOfHeaders, pickLocale } from "./locale";

describe("pickLocale", () => {
  it("prefers the visitor's cookie, then Accept-Language, then English", () => {
    expect(pickLocale("zh-CN", "en-US,en;q=0.9")).toBe("zh-CN");
    expect(pickLocale("en", "zh-CN,zh;q=0.9")).toBe("en");
    expect(pickLocale(undefined, "zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh-CN");
    expect(pickLocale("fr", "de-DE")).toBe("en");
    expect(pickLocale(undefined, undefined)).toBe("en");
  });

  it("reads Accept-Language by weight and maps any Chinese to Simplified Chinese", () => {
    expect(localeFromAcceptLanguage("de;q=1, en;q=0.5, zh-TW;q=0.8")).toBe("zh-CN");
    expect(localeFromAcceptLanguage("zh-Hans-CN")).toBe("zh-CN");
    expect(localeFromAcceptLanguage("fr, en-GB;q=0.7")).toBe("en");
    expect(localeFromAcceptLanguage("zh;q=0, en")).toBe("en");
    expect(localeFromAcceptLanguage("fr")).toBeNull();
  });

  it("finds the cookie among others in a Cookie header", () => {
    const h = new Headers({ cookie: "a=1; pst-lang=zh-CN; b=2", "accept-language": "en" });
    expect(localeOfHeaders(h)).toBe("zh-CN");
    expect(localeOfHeaders(new Headers({ "accept-language": "zh" }))).toBe("zh-CN");
  });
});

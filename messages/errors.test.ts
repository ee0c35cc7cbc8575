// The error catalog: both languages have the same ids (tsc: errors.zh-CN.ts is a Record<ErrorId, string>, so an id
// thrown anywhere — AppError.of takes only an ErrorId — has a sentence in each), and a Chinese sentence uses only
// the values the English one names (a value it invented would show as "{name}").
import { describe, expect, it } from "vitest";
import { errorsEn } from "./errors.en";
import { errorsZhCN } from "./errors.zh-CN";

const valuesOf = (sentence: string) => [...new Set([...sentence.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe("error catalog", () => {
  it("has exactly the same ids in English and Simplified Chinese", () => {
    expect(Object.keys(errorsZhCN).sort()).toEqual(Object.keys(errorsEn).sort());
  });

  it("uses in Chinese only values the English sentence names", () => {
    const invented = Object.entries(errorsZhCN).filter(([id, zh]) => {
      const en = valuesOf(errorsEn[id as keyof typeof errorsEn]);
      return valuesOf(zh).some((name) => !en.includes(name!));
    });
    expect(invented.map(([id]) => id)).toEqual([]);
  });

  it("keeps every value of a sentence that is really translated (not the one sentence of its code)", () => {
    // The 405's Chinese names the method and leaves out the list of allowed ones.
    const mayDrop = new Set(["method.notAllowed", "method.notAllowedReadOnly"]);
    const generic = new Set(
      Object.entries(errorsZhCN)
        .filter(([id]) => id.startsWith("code."))
        .map(([, zh]) => zh),
    );
    const dropped = Object.entries(errorsZhCN).filter(
      ([id, zh]) => !generic.has(zh) && !mayDrop.has(id) && valuesOf(zh).join() !== valuesOf(errorsEn[id as keyof typeof errorsEn]).join(),
    );
    expect(dropped.map(([id]) => id)).toEqual([]);
  });

  it("has Chinese for every sentence", () => {
    const english = Object.entries(errorsZhCN).filter(([, zh]) => !/[\u4e00-\u9fff]/.test(zh) && !/^\{\w+\}$/.test(zh));
    expect(english.map(([id]) => id)).toEqual([]);
  });
});

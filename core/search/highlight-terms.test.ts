import { describe, expect, it } from "vitest";
import { highlightParts } from "./highlight-terms";

const marks = (text: string, q: string) =>
  highlightParts(text, q)
    .filter((p) => p.match)
    .map((p) => p.text);

describe("highlightParts", () => {
  it("marks a Chinese query where it stands in a name", () => {
    expect(highlightParts("金毛寻回犬", "金毛")).toEqual([
      { text: "金毛", match: true },
      { text: "寻回犬", match: false },
    ]);
    expect(marks("布偶猫", "猫 布偶")).toEqual(["布偶猫"]);
    expect(marks("小型宠物", "小型宠物")).toEqual(["小型宠物"]);
  });

  it("marks a loose Chinese query character by character", () => {
    expect(marks("英国短毛猫", "英短")).toEqual(["英", "短"]);
  });

  it("marks English at the start of words, any case, and both languages of a mixed query", () => {
    expect(marks("Golden Retriever", "retriever 金毛")).toEqual(["Retriever"]);
    expect(marks("金毛寻回犬", "retriever 金毛")).toEqual(["金毛"]);
    expect(marks("Bengal", "gal")).toEqual([]); // not the middle of a word
    expect(marks("Ragdoll", "ragdol")).toEqual(["Ragdol"]);
  });

  it("marks nothing for an empty query and keeps the text whole", () => {
    expect(highlightParts("Biscuit", "")).toEqual([{ text: "Biscuit", match: false }]);
    expect(highlightParts("Biscuit", "%%%")).toEqual([{ text: "Biscuit", match: false }]);
  });
});

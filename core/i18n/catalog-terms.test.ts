import { describe, expect, it } from "vitest";
import { breedName, categoryName, petDescription } from "./catalog-terms";

describe("catalog terms", () => {
  it("names seeded categories and breeds in Chinese, and leaves English alone", () => {
    expect(categoryName("dogs", "Dogs", "zh-CN")).toBe("狗狗");
    expect(categoryName("dogs", "Dogs", "en")).toBe("Dogs");
    expect(categoryName("new-slug", "Ferrets", "zh-CN")).toBe("Ferrets");
    expect(breedName("Golden Retriever", "zh-CN")).toBe("金毛寻回犬");
  });

  it("rebuilds a seeded description in Chinese, keeping the pet's name", () => {
    const text =
      "Biscuit is an affectionate Golden Retriever who loves long walks and games of fetch. Vet checked and ready for a loving home.";
    expect(petDescription("Biscuit", "Golden Retriever", text, "zh-CN")).toBe(
      "Biscuit是一只黏人的金毛寻回犬，喜欢长时间散步和捡球游戏。已通过兽医检查，随时可以去一个有爱的家。",
    );
    expect(
      petDescription("Biscuit", "Golden Retriever", "Biscuit is a gentle Golden Retriever who is most playful in the evening.", "zh-CN"),
    ).toBe("Biscuit是一只温柔的金毛寻回犬，傍晚时最活跃。");
  });

  it("keeps an admin's own words as written", () => {
    expect(petDescription("Rex", "Mutt", "Found him at the park.", "zh-CN")).toBe("Found him at the park.");
  });
});

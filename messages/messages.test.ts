// Both languages must offer exactly the same messages: same keys, and in each message the same placeholders
// ({name}, {count, plural, …}) and the same tags (<strong>, <link>). A key missing in Chinese would show the
// English fallback; a placeholder missing would drop a value from the sentence.
import { describe, expect, it } from "vitest";
import { en } from "./en";
import { zhCN } from "./zh-CN";

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The argument names and tag names of an ICU message, sorted (a plural's branch words are not arguments). */
export function placeholdersOf(message: string): string[] {
  const args = [...message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)].map((m) => `{${m[1]}}`);
  const tags = [...message.matchAll(/<([a-z][\w-]*)>/g)].map((m) => `<${m[1]}>`);
  return [...new Set([...args, ...tags])].sort();
}

describe("messages", () => {
  const english = flatten(en);
  const chinese = flatten(zhCN);

  it("have the same keys in English and Simplified Chinese", () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("have the same placeholders and tags in each message", () => {
    const mismatches = [...english].filter(([key, text]) => {
      const other = chinese.get(key);
      return other === undefined || placeholdersOf(other).join() !== placeholdersOf(text).join();
    });
    expect(mismatches.map(([key]) => key)).toEqual([]);
  });

  it("are actually translated: no Chinese message is the English one, except names and code", () => {
    const sameAllowed = new Set(["auth.emailPlaceholder"]);
    const untranslated = [...english].filter(([key, text]) => chinese.get(key) === text && !sameAllowed.has(key));
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });

  it("finds placeholders the way next-intl reads them", () => {
    expect(placeholdersOf("{count, plural, one {# pet} other {# pets}} for <strong>{name}</strong>")).toEqual([
      "<strong>",
      "{count}",
      "{name}",
    ]);
  });
});

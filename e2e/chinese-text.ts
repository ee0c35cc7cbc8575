// What the 简体中文 specs check on every page they visit (e2e/chinese.spec.ts, e2e/zh-classroom.spec.ts):
// <html lang="zh-CN">, no English message of the UI left in what a visitor sees or hears (a key that fell back
// to English, or a string never moved into the message files that equals one), no raw message key, and axe.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { en } from "../messages/en";
import { zhCN } from "../messages/zh-CN";

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[prefix + key, value] as [string, string]] : flatten(value, `${prefix}${key}.`),
  );
}

/**
 * The English words of each UI message: its fixed text between placeholders and tags, looked for as whole words.
 * Pieces that the Chinese message itself contains (a product name like GitHub or Argon2id, a command) are not
 * English left behind. Pet names are names and stay; none of the seeded ones is a UI word.
 */
const chinese = new Map(flatten(zhCN));
export const ENGLISH_PIECES: { key: string; piece: string }[] = flatten(en).flatMap(([key, text]) =>
  text
    .replace(/\{[^{}]*\{[^{}]*\}[^{}]*\}/g, "\u0000") // plural branches
    .split(/\{[^}]*\}|<\/?[a-z]+>|\u0000/)
    .map((piece) => piece.replace(/[·—→←…“”"().,:;!?#@×]/g, " ").trim())
    .filter((piece) => /[A-Za-z]{3,}/.test(piece) && !(chinese.get(key) ?? "").includes(piece))
    .map((piece) => ({ key, piece })),
);

/**
 * The text a visitor sees or hears: visible text plus accessible names, placeholders and alt texts. Left out:
 * what the page marks as not to be translated (translate="no": span names and addresses the lens's traces carry)
 * or as English on purpose (lang="en": a cited page's own title).
 */
export async function pageText(page: Page): Promise<string> {
  const text = await page.evaluate(() => {
    const untranslated = '[translate="no"], [lang="en"]';
    const style = document.createElement("style");
    style.textContent = `${untranslated} { display: none !important; }`;
    document.head.append(style);
    const visible = document.body.innerText;
    style.remove();
    const attrs = [...document.querySelectorAll("[aria-label],[placeholder],[alt],[title]")]
      .filter((el) => !el.closest(untranslated))
      .flatMap((el) => ["aria-label", "placeholder", "alt", "title"].map((a) => el.getAttribute(a) ?? ""));
    return `${visible}\n${attrs.join("\n")}\n${document.title}`;
  });
  return text.replace(/\s+/g, " ");
}

/** The seeded admin account's name (infra/seed/seed-accounts.ts), shown in the header's greeting. */
export const ADMIN_NAME = "Store Admin";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** English UI pieces found in `text` (as "key: piece"). */
export function englishLeftIn(text: string): string[] {
  // A path ("serverless/runtime", "/class/join") names code or an address, in every language: not a UI word.
  const words = text.replace(/[\w.:-]*\/[\w./:-]*/g, " ");
  // Whole words only, and a hyphenated name is one word: "auth" is not found in the product name "next-auth".
  return ENGLISH_PIECES.filter(({ piece }) => new RegExp(`(^|[^A-Za-z-])${escapeRegExp(piece)}([^A-Za-z-]|$)`).test(words)).map(
    ({ key, piece }) => `${key}: "${piece}"`,
  );
}

/** `names` are names shown on the page (a seeded account's "Store Admin"): names are names, not UI text. */
export async function expectChinesePage(page: Page, label: string, names: string[] = []) {
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  const text = names.reduce((t, name) => t.replaceAll(name, " "), await pageText(page));
  // Soft: the test still fails, but one run lists every page's leftovers, not only the first page's.
  expect.soft(englishLeftIn(text), `English UI text left on ${label}`).toEqual([]);
  // A fallback that shows a raw key ("catalog.addToCart") is as bad as English.
  expect
    .soft(text, `raw message keys on ${label}`)
    .not.toMatch(/\b(header|footer|catalog|cart|checkout|orders|auth|register|search|states|classroom|bench|lens|admin)\.[a-z]\w+/);
}

export async function expectAccessible(page: Page, label: string, javaScriptEnabled = true) {
  // axe runs as a script in the page: with JavaScript off there is nothing to run it with (the JS-on projects
  // scan the same server-rendered pages).
  if (!javaScriptEnabled) return;
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const blocking = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect
    .soft(
      blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
      `axe on ${label}`,
    )
    .toEqual([]);
}

// How text becomes search terms, in both languages. English splits on spaces and punctuation (MiniSearch's own
// rule); Chinese is written without spaces, so a run of Chinese characters is cut into overlapping character
// bigrams, plus single characters in the index (a one-character query such as "猫" or "犬" must find them).
// A query's Chinese run becomes its bigrams only, all of which must match (AND): "金毛" finds "金毛寻回犬",
// "小型宠物" finds "小型宠物", "布偶" finds "布偶猫". Measured against Intl.Segmenter on the judged list
// (decision 030; the Segmenter lives only in scripts/search-judged-list.ts, which measures it): the dictionary's
// cuts differ between a short query and the longer name it is part of ("金毛寻回犬" → 金|毛|寻|回|犬, "柯基犬" vs
// "柯基"), bigrams do not depend on them.
// When the strict query finds nothing, its Chinese is tried once more as single characters, all of which must
// match: "金毛犬", "英短" (英国短毛猫) and "德牧" (德国牧羊犬) are not pieces of the names but still find them.
// The same rule splits what the highlighting marks (highlight-terms.ts), so a card marks what was matched.

/** MiniSearch's default separators: whitespace and punctuation. */
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;
/** Han characters (CJK ideographs), as runs; the split keeps them. */
const HAN_RUN = /(\p{Script=Han}+)/u;
const HAN = /\p{Script=Han}/u;

/** "query": a Chinese run as its bigrams (strict); "loose-query": as its characters, for a second try. */
export type TermPurpose = "index" | "query" | "loose-query";
/** How a run of Chinese characters becomes terms. The app has one (bigramTerms); the seam is for the measuring script. */
export type ChineseCut = (run: string, purpose: TermPurpose) => string[];

function bigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** Bigrams for a strict query, characters for the loose retry, both for the index. */
export const bigramTerms: ChineseCut = (run, purpose) => {
  if (purpose === "query") return bigrams(run);
  if (purpose === "loose-query") return Array.from(run);
  const chars = Array.from(run);
  return chars.length === 1 ? chars : [...chars, ...bigrams(run)];
};

/** The terms of a piece of text, before lower-casing and stop words (MiniSearch's processTerm does those). */
export function splitTerms(text: string, purpose: TermPurpose, cutChinese: ChineseCut = bigramTerms): string[] {
  const out: string[] = [];
  for (const word of text.split(SPACE_OR_PUNCTUATION)) {
    if (word.length === 0) continue;
    if (!HAN.test(word)) {
      out.push(word);
      continue;
    }
    // "retriever金毛" or "A型": the Latin part and the Chinese part are separate terms.
    for (const part of word.split(HAN_RUN)) {
      if (part.length === 0) continue;
      if (HAN.test(part)) out.push(...cutChinese(part, purpose));
      else out.push(part);
    }
  }
  return out;
}

/** True when the text has a Chinese run of two or more characters (a loose second try could differ). */
export function hasChineseRun(text: string): boolean {
  return /\p{Script=Han}{2}/u.test(text);
}

/** True when a term is Chinese (no prefix or typo tolerance for those: a bigram is already a whole match). */
export function isChineseTerm(term: string): boolean {
  return HAN.test(term);
}

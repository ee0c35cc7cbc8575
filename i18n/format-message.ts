// use-intl's message formatter (the format-only build, see next.config.ts) with one set of Intl formatters for the
// whole process, or the whole browser tab, instead of one per request. next-intl makes a fresh formatter cache
// for every request, so a page that shows a count ("6 pets") built a new Intl.PluralRules and Intl.NumberFormat
// each time it rendered: about 0.3 ms of a 7–10 ms monolith page (docs/performance.md). An Intl formatter is
// immutable and keyed by its locale and options, so sharing one across visitors shares nothing of theirs, and the
// cache stays as small as the set of (locale, options) pairs the messages use.
import { _createCache, _createIntlFormatters } from "use-intl/core";
import formatOnly from "use-intl/format-message/format-only";

const sharedFormatters = _createIntlFormatters(_createCache());

export default function formatMessage(...[key, message, values, options]: Parameters<typeof formatOnly>): ReturnType<typeof formatOnly> {
  return formatOnly(key, message, values, { ...options, formatters: sharedFormatters });
}
formatMessage.raw = formatOnly.raw;

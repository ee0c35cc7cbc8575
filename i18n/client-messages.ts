// Which messages a page sends to the browser. NextIntlClientProvider puts the messages it is given into every
// page's HTML for the client components; sending every namespace made each store page about 29 kB heavier, all of
// it serialised per request, for words only the classroom, the lab bench, /architecture and the admin pages show.
// The root layout sends the rest; those areas add theirs back with a nested provider (AreaMessages).
import type { AbstractIntlMessages } from "next-intl";

/** Namespaces whose words only some areas' client components show. */
export const AREA_NAMESPACES = ["classroom", "bench", "lens", "admin"] as const;
export type AreaNamespace = (typeof AREA_NAMESPACES)[number];

/** The part of `lens` every store page needs: its Lens panel draws waterfalls with component names. */
const LENS_ON_EVERY_PAGE = ["waterfall", "component"] as const;

/** Every message except the area namespaces, plus the listed areas' whole namespaces. */
export function clientMessages(all: AbstractIntlMessages, areas: readonly AreaNamespace[] = []): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const [namespace, value] of Object.entries(all)) {
    if (!(AREA_NAMESPACES as readonly string[]).includes(namespace) || areas.includes(namespace as AreaNamespace))
      picked[namespace] = value;
  }
  const lens = all.lens;
  if (!areas.includes("lens") && lens && typeof lens === "object") {
    picked.lens = Object.fromEntries(LENS_ON_EVERY_PAGE.filter((key) => key in lens).map((key) => [key, lens[key]!]));
  }
  return picked;
}

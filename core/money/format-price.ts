// Money is integer cents everywhere inside the app; dollars only at the edges (forms, JSON contract).

export function centsToDollars(cents: number): number {
  return Math.round(cents) / 100;
}

export function dollarsToCents(dollars: number): number {
  return Math.round(dollars * 100);
}

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Dollars in both languages (the store sells in USD), written the locale's way: "$950.00" in English,
 * "US$950.00" in Chinese, where a bare "$" could be read as another dollar.
 */
export function formatPrice(cents: number, locale = "en-US"): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: "currency", currency: "USD" });
    formatters.set(locale, formatter);
  }
  return formatter.format(centsToDollars(cents));
}

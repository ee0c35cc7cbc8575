// Money is integer cents everywhere inside the app; dollars only at the edges (forms, JSON contract).

export function centsToDollars(cents: number): number {
  return Math.round(cents) / 100;
}

export function dollarsToCents(dollars: number): number {
  return Math.round(dollars * 100);
}

const formatter = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });

export function formatPrice(cents: number): string {
  return formatter.format(centsToDollars(cents));
}

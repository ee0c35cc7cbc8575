// An order as the UI and the data API see it (lines carry the price snapshot taken at purchase). The shape is
// declared once, as the serverless contract's schema (core/contract/serverless-api.ts).
export type { OrderDto, OrderLineDto } from "../contract/serverless-api";

// DTOs that cross to the UI and the data API: never raw database rows. Their shapes are declared once, as
// the serverless contract's schemas (core/contract/serverless-api.ts); the monolith renders the same DTOs.
export type { CategoryDto, PetDetailDto, PetSummaryDto } from "../contract/serverless-api";

export type Page<T> = {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
};

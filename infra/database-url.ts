// Resolves DATABASE_URL (default: an SQLite file under the git-ignored data folder) for the CLI,
// scripts and the app alike, so every tool touches the same database.
import path from "node:path";
import { env } from "../core/config/env";

// The settings come from env() in the app and scripts; the Prisma CLI config passes process.env (it must not
// fail on settings it does not use).
type Settings = { DATA_DIR?: string; DATABASE_URL?: string };

export function dataDir(settings: Settings = env()): string {
  return path.resolve(/*turbopackIgnore: true*/ settings.DATA_DIR ?? "data");
}

export function databaseUrl(settings: Settings = env()): string {
  const url = settings.DATABASE_URL;
  if (url && url.length > 0) return url;
  return `file:${path.join(dataDir(settings), "petstore.db")}`;
}

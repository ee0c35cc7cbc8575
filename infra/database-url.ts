// Resolves DATABASE_URL (default: an SQLite file under the git-ignored data folder) for the CLI,
// scripts and the app alike, so every tool touches the same database.
import path from "node:path";

export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR ?? "data");
}

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (url && url.length > 0) return url;
  return `file:${path.join(dataDir(), "petstore.db")}`;
}

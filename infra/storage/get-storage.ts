// Picks the storage adapter once per process.
import type { StoragePort } from "../../core/images/storage-port";
import { createLocalStorage } from "./local-storage";

let storage: StoragePort | undefined;

export function getStorage(): StoragePort {
  storage ??= createLocalStorage();
  return storage;
}

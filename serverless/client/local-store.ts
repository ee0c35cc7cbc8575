// A tiny external store over one localStorage key, for useSyncExternalStore: the snapshot is cached by
// the raw string (React needs the same reference while nothing changed), other tabs are followed through
// the `storage` event, and the server snapshot is always `empty` (the server never sees the browser's data).
import { useSyncExternalStore } from "react";

export type LocalStore<T> = {
  read(): T;
  write(value: T): void;
  use(): T;
};

export function createLocalStore<T>(key: string, empty: T, parse: (raw: unknown) => T): LocalStore<T> {
  const listeners = new Set<() => void>();
  let cachedRaw: string | null | undefined;
  let cachedValue: T = empty;

  function read(): T {
    if (typeof window === "undefined") return empty;
    let raw: string | null = null;
    try {
      raw = window.localStorage.getItem(key);
    } catch {
      // Storage blocked (private mode, policy): behave as empty.
    }
    if (raw !== cachedRaw) {
      cachedRaw = raw;
      try {
        cachedValue = raw ? parse(JSON.parse(raw)) : empty;
      } catch {
        cachedValue = empty; // Hand-edited or from an older version: start over rather than crash.
      }
    }
    return cachedValue;
  }

  function write(value: T) {
    try {
      window.localStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Quota or blocked storage: the change lives until the tab closes.
      cachedRaw = JSON.stringify(value);
      cachedValue = value;
    }
    for (const listener of listeners) listener();
  }

  function subscribe(listener: () => void) {
    listeners.add(listener);
    const onStorage = (e: StorageEvent) => {
      if (e.key === key || e.key === null) listener();
    };
    window.addEventListener("storage", onStorage);
    return () => {
      listeners.delete(listener);
      window.removeEventListener("storage", onStorage);
    };
  }

  return {
    read,
    write,
    use: () => useSyncExternalStore(subscribe, read, () => empty),
  };
}

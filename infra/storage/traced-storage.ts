// Wraps a storage adapter so each put/get/delete is a "storage" span in the lens (mode from the request
// that caused it). With tracing off the wrapper adds one no-op span call per operation. An original's key is
// shown only by its prefix: its image id would point straight at a private photo.
import { lensStorageKey, type StoragePort } from "../../core/images/storage-port";
import { withLensSpan } from "../../lens/server/with-lens-span";

export function tracedStorage(inner: StoragePort): StoragePort {
  const attrs = (op: string, key: string) => ({
    component: "storage" as const,
    attributes: { "storage.kind": inner.kind, "storage.operation": op, "storage.key": lensStorageKey(key) },
  });
  return {
    kind: inner.kind,
    put: (key, body, contentType) =>
      withLensSpan(`storage put`, attrs("put", key), async (span) => {
        span.setAttribute("storage.bytes", body.length);
        return inner.put(key, body, contentType);
      }),
    get: (key) =>
      withLensSpan(`storage get`, attrs("get", key), async (span) => {
        const object = await inner.get(key);
        span.setAttribute("storage.bytes", object?.size ?? 0);
        return object;
      }),
    delete: (key) => withLensSpan(`storage delete`, attrs("delete", key), () => inner.delete(key)),
    publicUrl: (key) => inner.publicUrl(key),
  };
}

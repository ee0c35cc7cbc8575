// A small square pet picture (or a paw when the pet has no picture yet).
import { useTranslations } from "next-intl";
import { PawIcon } from "./paw-icon";

export function PetThumbnail({ url, name, size = 80 }: { url: string | null; name: string; size?: number }) {
  const t = useTranslations("catalog");
  return (
    <div className="shrink-0 overflow-hidden rounded-xl bg-stone-100" style={{ width: size, height: size }}>
      {url ? (
        // eslint-disable-next-line @next/next/no-img-element -- thumbnails are already sized WebP from our pipeline
        <img src={url} alt={t("photoOf", { name })} width={size} height={size} loading="lazy" className="h-full w-full object-cover" />
      ) : (
        <div className="flex h-full w-full items-center justify-center text-stone-400">
          <PawIcon className="h-1/2 w-1/2" />
        </div>
      )}
    </div>
  );
}

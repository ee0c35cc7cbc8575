"use client";
// Bridge "cart-handover": the server cart's lines (rendered into this page) join the browser cart, then the
// visitor continues in the browser app. A second handover of the same cart adds nothing.
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { receiveHandedOverCart, type StoredCartLine } from "@/serverless/client/cart-store";

export function CartHandover({ lines, to }: { lines: StoredCartLine[]; to: string }) {
  const t = useTranslations("hybrid");
  useEffect(() => {
    if (lines.length > 0) receiveHandedOverCart(lines);
    window.location.replace(to);
  }, [lines, to]);
  return (
    <p role="status" className="text-sm text-stone-700">
      {t("handoverStatus")}
    </p>
  );
}

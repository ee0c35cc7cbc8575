// Pages that need a signed-in user send everyone else to the login view, then back (?next=).
// ARCH: the monolith redirects on the server before rendering; here the browser asks the BaaS auth
// service (next-auth) who is signed in and navigates itself.
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { useSession } from "../auth-session";
import { navigate } from "../navigation";
import { Spinner } from "./view-states";

export function RequireLogin({ next, children }: { next: string; children: React.ReactNode }) {
  const { status } = useSession();
  const t = useTranslations("auth");
  useEffect(() => {
    if (status === "unauthenticated") navigate(`/serverless/login?next=${encodeURIComponent(next)}`, { replace: true });
  }, [status, next]);
  if (status !== "authenticated") return <Spinner label={t("checking")} />;
  return <>{children}</>;
}

// Serverless admin: "Add pet" through the serverless image pipeline (client upload to storage → durable run of
// thumbnail → store → metadata → index functions). Only admins see it; everyone else is asked to log in as one.
import { useTranslations } from "next-intl";
import { useSession } from "../auth-session";
import { EmptyState } from "@/components/empty-state";
import { AddPetForm } from "../admin/add-pet-form";
import { useDocumentTitle } from "../use-document-title";
import { isAdmin } from "../session-user";
import { Spinner } from "./view-states";

export function AdminView() {
  const t = useTranslations("admin");
  const ta = useTranslations("auth");
  useDocumentTitle(t("documentTitle"));
  const { data: session, status } = useSession();
  if (status === "loading") return <Spinner label={ta("checking")} />;
  if (isAdmin(session)) {
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <h1 className="text-2xl font-bold text-stone-900">{t("title")}</h1>
        <p className="text-sm text-stone-600">{t("serverlessIntro")}</p>
        <AddPetForm />
      </div>
    );
  }
  return (
    <EmptyState
      icon="box"
      title={t("adminsOnly")}
      action={
        <a href="/serverless/login?next=%2Fserverless%2Fadmin" className="btn-primary px-6 py-2.5">
          {t("logInAsAdmin")}
        </a>
      }
    >
      {session?.user ? <>{t("notAdmin", { email: session.user.email ?? "" })}</> : <>{t("logInWithAdmin")}</>}
    </EmptyState>
  );
}

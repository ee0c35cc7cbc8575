// The header's account area of a server-rendered store (the monolith and the hybrid while its pages are still
// on the server): "Admin" for admins, the greeting and a Log out form post, or a Log in link that comes back here.
// Plain HTML, so it works with JavaScript off.
import { useTranslations } from "next-intl";
import { CsrfField } from "./csrf-field";

type Props = {
  user: { name: string; isAdmin?: boolean } | null;
  csrfToken: string;
  /** The store's own addresses: where Log out posts, where Log in and Admin live. */
  logoutAction: string;
  loginPath: string;
  adminPath?: string;
  /** Where Log in returns to (path and query). */
  returnTo: string;
};

export function ServerAccountLinks({ user, csrfToken, logoutAction, loginPath, adminPath, returnTo }: Props) {
  const t = useTranslations("header");
  if (!user)
    return (
      <a href={`${loginPath}?next=${encodeURIComponent(returnTo)}`} className="hover:text-brand-700">
        {t("logIn")}
      </a>
    );
  return (
    <span className="flex items-center gap-3">
      {user.isAdmin && adminPath ? (
        <a href={adminPath} className="hover:text-brand-700">
          {t("admin")}
        </a>
      ) : null}
      <span className="hidden text-stone-500 xl:inline">{t("greeting", { name: user.name })}</span>
      <form action={logoutAction} method="post">
        <CsrfField token={csrfToken} />
        <button type="submit" className="font-medium hover:text-brand-700">
          {t("logOut")}
        </button>
      </form>
    </span>
  );
}

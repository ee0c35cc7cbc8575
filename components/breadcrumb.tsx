// The trail above a page's title: "Home / Architecture lens / API". Links for every step but the last, which is
// the page itself. One component so the architecture and classroom pages cannot drift apart.
export type Crumb = { label: string; href?: string };

export function Breadcrumb({ label, crumbs }: { label: string; crumbs: readonly Crumb[] }) {
  return (
    <nav aria-label={label} className="text-sm text-stone-600">
      {crumbs.map((crumb, i) => (
        <span key={crumb.label}>
          {i > 0 && " / "}
          {crumb.href ? (
            <a href={crumb.href} className="hover:text-brand-700">
              {crumb.label}
            </a>
          ) : (
            crumb.label
          )}
        </span>
      ))}
    </nav>
  );
}

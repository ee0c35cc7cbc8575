// A friendly "nothing here yet" panel with one way forward. Icons are inline SVG (no emoji font needed).
const ICONS = {
  cart: (
    <path d="M3 3h2l.4 2M7 13h10l3-8H5.4M7 13 5.4 5M7 13l-2.3 2.3c-.6.6-.2 1.7.7 1.7H17m0 0a2 2 0 1 0 0 4 2 2 0 0 0 0-4Zm-8 2a2 2 0 1 1-4 0 2 2 0 0 1 4 0Z" />
  ),
  box: <path d="M20 7 12 3 4 7m16 0-8 4m8-4v10l-8 4m0-10L4 7m8 4v10M4 7v10l8 4" />,
} as const;

export function EmptyState({
  icon,
  emoji,
  title,
  children,
  action,
}: {
  /** A drawn icon (renders everywhere), or … */
  icon?: keyof typeof ICONS;
  /** … an emoji (needs an emoji font on the viewer's machine). */
  emoji?: string;
  title: string;
  children?: React.ReactNode;
  action?: React.ReactNode;
}) {
  return (
    <div className="card flex flex-col items-center px-6 py-16 text-center">
      <span aria-hidden className="flex h-20 w-20 items-center justify-center rounded-full bg-brand-50 text-4xl text-brand-700">
        {icon || !emoji ? (
          <svg
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth={1.6}
            strokeLinecap="round"
            strokeLinejoin="round"
            className="h-10 w-10"
          >
            {ICONS[icon ?? "box"]}
          </svg>
        ) : (
          emoji
        )}
      </span>
      <h2 className="mt-5 text-xl font-bold text-stone-900">{title}</h2>
      {children ? <div className="mt-2 max-w-md text-stone-600">{children}</div> : null}
      {action ? <div className="mt-6">{action}</div> : null}
    </div>
  );
}

// A friendly "nothing here yet" panel with one way forward.
export function EmptyState({ emoji, title, children, action }: { emoji: string; title: string; children?: React.ReactNode; action?: React.ReactNode }) {
  return (
    <div className="card flex flex-col items-center px-6 py-16 text-center">
      <span aria-hidden className="text-6xl">{emoji}</span>
      <h2 className="mt-4 text-xl font-bold text-stone-900">{title}</h2>
      {children ? <div className="mt-2 max-w-md text-stone-600">{children}</div> : null}
      {action ? <div className="mt-6">{action}</div> : null}
    </div>
  );
}

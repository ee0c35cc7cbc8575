// A paw print drawn inline: the 🐾 emoji renders as an empty box on machines without an emoji font.
// Decorative wherever it appears (aria-hidden); it takes the text colour and the size from className.
export function PawIcon({ className = "h-6 w-6", size }: { className?: string; size?: number }) {
  return (
    <svg aria-hidden focusable="false" viewBox="0 0 24 24" fill="currentColor" className={className} width={size} height={size}>
      <ellipse cx="5" cy="10.5" rx="2.1" ry="2.7" transform="rotate(-18 5 10.5)" />
      <ellipse cx="9.2" cy="5.6" rx="2.2" ry="2.9" transform="rotate(-6 9.2 5.6)" />
      <ellipse cx="14.8" cy="5.6" rx="2.2" ry="2.9" transform="rotate(6 14.8 5.6)" />
      <ellipse cx="19" cy="10.5" rx="2.1" ry="2.7" transform="rotate(18 19 10.5)" />
      <path d="M12 10.6c-2.5 0-5.6 3.6-5.6 6.6 0 1.9 1.3 3 3 3 1.2 0 1.7-.6 2.6-.6s1.4.6 2.6.6c1.7 0 3-1.1 3-3 0-3-3.1-6.6-5.6-6.6Z" />
    </svg>
  );
}

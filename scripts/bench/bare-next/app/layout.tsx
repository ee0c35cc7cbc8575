// The bench's bare Next.js page (see scripts/lib/bare-next.ts): the framework's ceiling on this machine.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}

// The classroom and the lab bench: their client components (presenter, phones, audience screen, bench charts) show
// the classroom's and the bench's words, and lesson steps embed parts of the lens.
import { AreaMessages } from "@/components/area-messages";

export default function ClassLayout({ children }: { children: React.ReactNode }) {
  return <AreaMessages areas={["classroom", "bench", "lens"]}>{children}</AreaMessages>;
}

// The replays' client components (the player) show the replay's words and the classroom's shared parts (tally
// bars, "Step n of N"); the lab bench's and the lens's words are not needed here.
import { AreaMessages } from "@/components/area-messages";

export default function ReplayLayout({ children }: { children: React.ReactNode }) {
  return <AreaMessages areas={["classroom", "replay"]}>{children}</AreaMessages>;
}

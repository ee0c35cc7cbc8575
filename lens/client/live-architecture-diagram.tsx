// The two architectures as live SVG diagrams: the same picture as the landing page's static ones
// (architecture-diagram.tsx), but every component is a node that lights up while real traffic passes through
// it and opens its recent calls when clicked (or Enter/Space when focused). Data comes in as props.
import { useTranslations } from "next-intl";
import { Fragment, type KeyboardEvent } from "react";
import type { NodeActivity, NodeId } from "../model/node-activity";
import type { LensMode } from "../model/span";
import type { lensEn } from "@/messages/lens.en";

export type LensNodeId = NodeId;
export type { NodeActivity };
/** The nodes drawn here (each has its words in messages/lens.*.ts). */
export type DrawnNodeId = keyof typeof lensEn.diagram.node & NodeId;

type NodeDef = {
  id: DrawnNodeId;
  x: number;
  y: number;
  w: number;
  h: number;
  tone: "mono" | "sls" | "neutral" | "data";
};

export const MONOLITH_NODES: NodeDef[] = [
  { id: "monolith:browser", x: 150, y: 10, w: 140, h: 46, tone: "neutral" },
  { id: "monolith:auth", x: 40, y: 120, w: 110, h: 46, tone: "mono" },
  {
    id: "monolith:web-server",
    x: 160,
    y: 120,
    w: 240,
    h: 46,
    tone: "mono",
  },
  { id: "monolith:consumer", x: 160, y: 176, w: 240, h: 40, tone: "mono" },
  { id: "monolith:database", x: 60, y: 262, w: 150, h: 46, tone: "data" },
  { id: "monolith:storage", x: 230, y: 262, w: 150, h: 46, tone: "data" },
];

export const SERVERLESS_NODES: NodeDef[] = [
  { id: "serverless:browser", x: 150, y: 10, w: 140, h: 46, tone: "neutral" },
  { id: "serverless:auth", x: 10, y: 88, w: 126, h: 46, tone: "sls" },
  { id: "serverless:data-api", x: 150, y: 88, w: 126, h: 46, tone: "sls" },
  { id: "serverless:gateway", x: 290, y: 88, w: 140, h: 46, tone: "sls" },
  {
    id: "serverless:pipeline-step",
    x: 10,
    y: 176,
    w: 150,
    h: 46,
    tone: "sls",
  },
  { id: "serverless:search-function", x: 226, y: 176, w: 96, h: 46, tone: "sls" },
  { id: "serverless:purchase-function", x: 334, y: 176, w: 96, h: 46, tone: "sls" },
  { id: "serverless:database", x: 60, y: 262, w: 150, h: 46, tone: "data" },
  { id: "serverless:storage", x: 230, y: 262, w: 150, h: 46, tone: "data" },
];

const EDGES: Record<LensMode, { d: string; from: LensNodeId; to: LensNodeId }[]> = {
  monolith: [
    { d: "M220 56 V106", from: "monolith:browser", to: "monolith:web-server" },
    { d: "M150 216 L135 258", from: "monolith:web-server", to: "monolith:database" },
    { d: "M280 216 L300 258", from: "monolith:consumer", to: "monolith:storage" },
  ],
  serverless: [
    { d: "M180 56 L90 86", from: "serverless:browser", to: "serverless:auth" },
    { d: "M215 56 V86", from: "serverless:browser", to: "serverless:data-api" },
    { d: "M255 56 L340 86", from: "serverless:browser", to: "serverless:gateway" },
    { d: "M335 134 L290 174", from: "serverless:gateway", to: "serverless:search-function" },
    { d: "M375 134 L380 174", from: "serverless:gateway", to: "serverless:purchase-function" },
    { d: "M200 134 L150 258", from: "serverless:data-api", to: "serverless:database" },
    { d: "M380 222 L200 260", from: "serverless:purchase-function", to: "serverless:database" },
    { d: "M270 222 L295 258", from: "serverless:search-function", to: "serverless:storage" },
    { d: "M90 222 L250 262", from: "serverless:pipeline-step", to: "serverless:storage" },
  ],
};

// `badge` is the fill behind the white call count: dark enough for 4.5:1 contrast (the strokes need only 3:1).
const TONE = {
  mono: { fill: "#eef2ff", stroke: "#4f46e5", glow: "#6366f1", badge: "#4338ca" },
  sls: { fill: "#f0fdfa", stroke: "#0d9488", glow: "#14b8a6", badge: "#0f766e" },
  neutral: { fill: "#fafaf9", stroke: "#78716c", glow: "#f97316", badge: "#57534e" },
  data: { fill: "#fff7ed", stroke: "#ea580c", glow: "#f97316", badge: "#c2410c" },
};

type Props = {
  mode: LensMode;
  activity: Partial<Record<LensNodeId, NodeActivity>>;
  selected: DrawnNodeId | null;
  onSelect: (id: DrawnNodeId) => void;
};

export function LiveArchitectureDiagram({ mode, activity, selected, onSelect }: Props) {
  const t = useTranslations("lens.diagram");
  const nodes = mode === "monolith" ? MONOLITH_NODES : SERVERLESS_NODES;
  const titleId = `live-${mode}-title`;
  const onKey = (id: DrawnNodeId) => (e: KeyboardEvent<SVGGElement>) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      onSelect(id);
    }
  };
  return (
    <svg viewBox="0 0 440 320" role="group" aria-labelledby={titleId} className="lens-diagram h-auto w-full">
      <title id={titleId}>{t("title", { mode: t(mode === "monolith" ? "monolithComponents" : "serverlessComponents") })}</title>
      <defs>
        <marker
          id={`lens-arrow-${mode}`}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" fill="#a8a29e" />
        </marker>
      </defs>
      {mode === "monolith" ? (
        <g aria-hidden>
          <rect x={24} y={84} width={392} height={146} rx={16} fill="#f5f7ff" stroke="#c7d2fe" strokeWidth={1.5} strokeDasharray="5 4" />
          <text x={36} y={104} fontSize={12} fontWeight={700} fill="#3730a3">
            {t("oneProcess")}
          </text>
        </g>
      ) : (
        <g aria-hidden>
          <text x={430} y={160} textAnchor="end" fontSize={11} fontWeight={600} fill="#0f766e">
            {t("functionsNote")}
          </text>
        </g>
      )}
      {EDGES[mode].map((e) => {
        const hot = activity[e.from]?.active && activity[e.to]?.active;
        return (
          <path
            key={e.d}
            d={e.d}
            fill="none"
            stroke={hot ? TONE[mode === "monolith" ? "mono" : "sls"].glow : "#a8a29e"}
            strokeWidth={hot ? 2.5 : 1.5}
            className={hot ? "lens-edge-active" : undefined}
            markerEnd={`url(#lens-arrow-${mode})`}
          />
        );
      })}
      {nodes.map((n) => {
        const a = activity[n.id];
        const active = a?.active ?? false;
        const tone = TONE[n.tone];
        const isSelected = selected === n.id;
        const label = t(`node.${n.id}.label`);
        const sub = t(`node.${n.id}.sub`);
        const badgeWidth = a ? Math.max(22, 9 + String(a.recentCalls).length * 7) : 0;
        return (
          <Fragment key={n.id}>
            <g
              role="button"
              tabIndex={0}
              data-node={n.id}
              data-active={active ? "true" : "false"}
              aria-pressed={isSelected}
              // The name holds the visible text, label then subtitle, in the order shown (WCAG 2.5.3, label in name:
              // what a voice-control user reads off the screen is what they say to press it), then the live count.
              aria-label={`${t("nodeName", { label, sub, count: a?.recentCalls ?? 0 })}${active ? t("busyNow") : ""}`}
              className={`lens-node${active ? " lens-node-active" : ""}`}
              onClick={() => onSelect(n.id)}
              onKeyDown={onKey(n.id)}
              style={{ ["--glow" as string]: tone.glow }}
            >
              <rect
                x={n.x}
                y={n.y}
                width={n.w}
                height={n.h}
                rx={10}
                fill={active ? tone.glow : tone.fill}
                fillOpacity={active ? 0.18 : 1}
                stroke={isSelected ? "#1c1917" : tone.stroke}
                strokeWidth={isSelected ? 2.5 : active ? 2.5 : 1.5}
                className="lens-node-box"
              />
              <text x={n.x + n.w / 2} y={n.y + n.h / 2 - 3} textAnchor="middle" fontSize={13} fontWeight={600} fill="#1c1917">
                {label}
              </text>
              {/* Not drawn (SVG draws text only inside <text>): it keeps the two lines separate words for tools that
                  read the visible text, such as axe's label-in-name check. */}{" "}
              <text x={n.x + n.w / 2} y={n.y + n.h / 2 + 13} textAnchor="middle" fontSize={10.5} fill="#57534e">
                {sub}
              </text>
            </g>
            {/* The call count sits outside the button: its number is already in the button's name, and inside it the
              visible text would no longer be a part of that name (WCAG 2.5.3, label in name). */}
            {a && a.recentCalls > 0 ? (
              <g aria-hidden pointerEvents="none">
                <rect x={n.x + n.w - 14} y={n.y - 9} width={badgeWidth} height={18} rx={9} fill={tone.badge} />
                <text x={n.x + n.w - 14 + badgeWidth / 2} y={n.y + 4} textAnchor="middle" fontSize={10.5} fontWeight={700} fill="#fff">
                  {a.recentCalls}
                </text>
              </g>
            ) : null}
          </Fragment>
        );
      })}
    </svg>
  );
}

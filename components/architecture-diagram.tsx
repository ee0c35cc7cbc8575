// Two small SVG diagrams: Fowler's pet store before (one server does everything) and after (split into
// BaaS auth, a data API, functions and an event-driven image pipeline). Words from messages/lens.*.ts.
import { useTranslations } from "next-intl";

function Box({
  x,
  y,
  w,
  h,
  label,
  sub,
  tone,
}: {
  x: number;
  y: number;
  w: number;
  h: number;
  label: string;
  sub?: string;
  tone: "mono" | "sls" | "neutral" | "data";
}) {
  const fill = { mono: "#eef2ff", sls: "#f0fdfa", neutral: "#fafaf9", data: "#fff7ed" }[tone];
  const stroke = { mono: "#4f46e5", sls: "#0d9488", neutral: "#78716c", data: "#ea580c" }[tone];
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx={10} fill={fill} stroke={stroke} strokeWidth={1.5} />
      <text x={x + w / 2} y={y + (sub ? h / 2 - 3 : h / 2 + 5)} textAnchor="middle" fontSize={13} fontWeight={600} fill="#1c1917">
        {label}
      </text>
      {sub ? (
        <text x={x + w / 2} y={y + h / 2 + 13} textAnchor="middle" fontSize={10.5} fill="#57534e">
          {sub}
        </text>
      ) : null}
    </g>
  );
}

function Arrow({ d }: { d: string }) {
  return <path d={d} fill="none" stroke="#a8a29e" strokeWidth={1.5} markerEnd="url(#arrow)" />;
}

const defs = (
  <defs>
    <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
      <path d="M 0 0 L 10 5 L 0 10 z" fill="#a8a29e" />
    </marker>
  </defs>
);

export function MonolithDiagram() {
  const t = useTranslations("lens");
  const node = (id: "monolith:browser" | "monolith:consumer" | "monolith:database") => t(`diagram.node.${id}.label`);
  return (
    <svg viewBox="0 0 360 250" role="img" aria-labelledby="mono-diagram-title" className="h-auto w-full">
      <title id="mono-diagram-title">{t("staticDiagram.monolithTitle")}</title>
      {defs}
      <Box x={130} y={8} w={100} h={36} label={node("monolith:browser")} sub={t("staticDiagram.noJs")} tone="neutral" />
      <Arrow d="M180 44 V70" />
      <rect x={20} y={72} width={320} height={112} rx={14} fill="#eef2ff" stroke="#4f46e5" strokeWidth={1.5} />
      <text x={180} y={92} textAnchor="middle" fontSize={13} fontWeight={700} fill="#3730a3">
        {t("staticDiagram.oneProcess")}
      </text>
      <Box x={30} y={102} w={84} h={32} label={t("staticDiagram.auth")} tone="mono" />
      <Box x={120} y={102} w={120} h={32} label={t("staticDiagram.pagesCart")} tone="mono" />
      <Box x={246} y={102} w={84} h={32} label={t("staticDiagram.search")} tone="mono" />
      <Box x={32} y={142} w={140} h={32} label={t("staticDiagram.purchase")} tone="mono" />
      <Box x={188} y={142} w={140} h={32} label={node("monolith:consumer")} tone="mono" />
      <Arrow d="M180 184 V206" />
      <Box x={110} y={208} w={140} h={34} label={node("monolith:database")} sub={t("staticDiagram.fileStorage")} tone="data" />
    </svg>
  );
}

export function ServerlessDiagram() {
  const t = useTranslations("lens");
  const label = (id: "browser" | "auth" | "data-api" | "gateway" | "search-function" | "purchase-function" | "database") =>
    t(`diagram.node.serverless:${id}.label`);
  const sub = (id: "browser" | "auth" | "data-api" | "gateway" | "pipeline-step") => t(`diagram.node.serverless:${id}.sub`);
  return (
    <svg viewBox="0 0 360 250" role="img" aria-labelledby="sls-diagram-title" className="h-auto w-full">
      <title id="sls-diagram-title">{t("staticDiagram.serverlessTitle")}</title>
      {defs}
      <Box x={110} y={8} w={140} h={36} label={label("browser")} sub={sub("browser")} tone="neutral" />
      <Arrow d="M130 44 L60 70" />
      <Arrow d="M160 44 L150 70" />
      <Arrow d="M210 44 L265 70" />
      <Box x={8} y={72} w={104} h={38} label={label("auth")} sub={sub("auth")} tone="sls" />
      <Box x={120} y={72} w={104} h={38} label={label("data-api")} sub={sub("data-api")} tone="sls" />
      <Box x={232} y={72} w={120} h={38} label={label("gateway")} sub={sub("gateway")} tone="sls" />
      <Arrow d="M270 110 L230 136" />
      <Arrow d="M310 110 L320 136" />
      <Box x={184} y={138} w={78} h={34} label={label("search-function")} tone="sls" />
      <Box x={268} y={138} w={88} h={34} label={label("purchase-function")} tone="sls" />
      <Box x={4} y={138} w={172} h={34} label={t("staticDiagram.imagePipeline")} sub={sub("pipeline-step")} tone="sls" />
      <Arrow d="M172 110 V206" />
      <Box x={110} y={208} w={140} h={34} label={label("database")} sub={t("staticDiagram.blobStorage")} tone="data" />
    </svg>
  );
}

import { NO_RECORD_COLOR, Swatch } from "@/components/dashboard/status-legend";
import { mixSentence, type StatusMix } from "@/lib/domain/dashboard";
import { STATUS_INFO, STATUSES } from "@/lib/domain/status";
import type { Status } from "@/lib/generated/prisma/enums";

const label = (s: keyof typeof STATUS_INFO) => STATUS_INFO[s].label;

/**
 * A one-line stacked bar of a status mix (server-rendered SVG, no JS), with its
 * counts listed beneath as the legend and text equivalent.
 */
export function StackedBar({ mix, title }: { mix: StatusMix; title: string }) {
  const segments = [
    ...STATUSES.map((s) => ({ key: s as Status | "none", n: mix.counts[s], color: STATUS_INFO[s].color, text: STATUS_INFO[s].label })),
    { key: "none" as const, n: mix.noRecord, color: NO_RECORD_COLOR, text: "No record" },
  ].filter((s) => s.n > 0);
  let x = 0;
  return (
    <div>
      {mix.total > 0 ? (
        <svg
          role="img"
          aria-label={`${title}: ${mixSentence(mix, label)}`}
          viewBox={`0 0 ${mix.total} 1`}
          preserveAspectRatio="none"
          className="h-4 w-full overflow-hidden rounded-sm border border-slate-400"
        >
          {segments.map((segment) => {
            const rect = <rect key={segment.key} x={x} y={0} width={segment.n} height={1} fill={segment.color} />;
            x += segment.n;
            return rect;
          })}
        </svg>
      ) : null}
      <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-800 [&>li]:flex [&>li]:items-center [&>li]:gap-1" aria-label={`${title}, by current status`}>
        {segments.map((segment) => (
          <li key={segment.key}>
            <Swatch status={segment.key === "none" ? null : segment.key} />
            <span>
              <span className="font-semibold">{segment.n}</span> {segment.text.toLowerCase()}
            </span>
          </li>
        ))}
        {segments.length === 0 ? <li>No concerns</li> : null}
      </ul>
    </div>
  );
}

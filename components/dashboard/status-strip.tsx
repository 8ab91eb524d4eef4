import { formatDay, roundShortLabel } from "@/lib/domain/dashboard";
import type { StripMark } from "@/lib/data/dashboard";
import { STATUS_INFO } from "@/lib/domain/status";

/**
 * A concern's status at every round, one mark each, oldest first: the compact
 * summary above its timeline. Each mark carries its symbol and an accessible
 * label; marks link to the round's entry in the timeline when there is one.
 */
export function StatusStrip({ marks, concernTitle }: { marks: StripMark[]; concernTitle: string }) {
  if (marks.length === 0) return <p className="text-sm text-slate-600">No rounds recorded yet.</p>;
  return (
    <ol aria-label={`Status of “${concernTitle}” at each round`} className="flex flex-wrap gap-1">
      {marks.map((mark) => {
        const info = mark.status ? STATUS_INFO[mark.status] : null;
        const label = `${roundShortLabel(mark)}, ${formatDay(mark.startDate)}: ${info ? info.label : "no record"}`;
        const body = (
          <>
            <span aria-hidden="true">{info ? info.symbol : "·"}</span>
            <span className="sr-only">{label}</span>
          </>
        );
        const className =
          "flex h-7 w-7 items-center justify-center rounded-sm border text-sm leading-none " +
          (info ? "border-slate-500" : "border-dashed border-slate-300 text-slate-400");
        const style = info ? { backgroundColor: info.color, color: info.textColor } : undefined;
        return (
          <li key={mark.roundId} title={label}>
            {mark.status ? (
              <a href={`#round-${mark.roundId}`} className={`${className} focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-700`} style={style}>
                {body}
              </a>
            ) : (
              <span className={className}>{body}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}

import { formatDay, mixSentence, roundShortLabel, type RoundColumn, type StatusMix } from "@/lib/domain/dashboard";
import { STATUS_INFO, STATUSES } from "@/lib/domain/status";

const BAR = 10;
const GAP = 4;
const HEIGHT = 100;

/**
 * Status mix per round as stacked columns (server-rendered SVG that scales to
 * any width), followed by the same numbers as a table.
 */
export function StatusMixChart({ rounds, mixByRound, title }: { rounds: RoundColumn[]; mixByRound: Map<number, StatusMix>; title: string }) {
  const max = Math.max(1, ...rounds.map((r) => mixByRound.get(r.id)?.total ?? 0));
  const width = rounds.length * (BAR + GAP);
  const label = (s: keyof typeof STATUS_INFO) => STATUS_INFO[s].label;
  return (
    <figure>
      <svg
        role="img"
        aria-label={`${title}. The numbers are in the table below.`}
        viewBox={`0 0 ${Math.max(width, 1)} ${HEIGHT}`}
        preserveAspectRatio="none"
        className="h-40 w-full rounded border border-slate-200 bg-white"
      >
        {rounds.map((round, index) => {
          const mix = mixByRound.get(round.id);
          let y = HEIGHT;
          return (
            <g key={round.id}>
              <title>{`${roundShortLabel(round)}: ${mix ? mixSentence(mix, label) : "no statuses"}`}</title>
              {STATUSES.map((status) => {
                const n = mix?.counts[status] ?? 0;
                if (n === 0) return null;
                const h = (n / max) * HEIGHT;
                y -= h;
                return <rect key={status} x={index * (BAR + GAP) + GAP / 2} y={y} width={BAR} height={h} fill={STATUS_INFO[status].color} />;
              })}
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-1 flex justify-between text-xs text-slate-600">
        <span>{rounds[0] ? roundShortLabel(rounds[0]) : ""}</span>
        <span>{rounds.length > 1 ? roundShortLabel(rounds[rounds.length - 1]!) : ""}</span>
      </figcaption>
      <details className="mt-2">
        <summary className="cursor-pointer text-sm text-blue-800 underline underline-offset-4">Show the numbers as a table</summary>
        <div className="relative mt-2 overflow-x-auto" role="region" aria-label={`${title}, table`} tabIndex={0}>
          <table className="min-w-full text-sm">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col" className="p-1 text-left">
                  Round
                </th>
                {STATUSES.map((status) => (
                  <th key={status} scope="col" className="p-1 text-right">
                    <span aria-hidden="true">{STATUS_INFO[status].symbol} </span>
                    {STATUS_INFO[status].label}
                  </th>
                ))}
                <th scope="col" className="p-1 text-right">
                  Total
                </th>
              </tr>
            </thead>
            <tbody>
              {rounds.map((round) => {
                const mix = mixByRound.get(round.id);
                return (
                  <tr key={round.id} className="border-t border-slate-100">
                    <th scope="row" className="p-1 text-left font-normal">
                      {roundShortLabel(round)} <span className="text-xs text-slate-600">({formatDay(round.startDate)})</span>
                    </th>
                    {STATUSES.map((status) => (
                      <td key={status} className="p-1 text-right tabular-nums">
                        {mix?.counts[status] ?? 0}
                      </td>
                    ))}
                    <td className="p-1 text-right font-medium tabular-nums">{mix?.total ?? 0}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

"use client";

// A client component though it needs no interaction: fed the counts, the page carries the chart
// once as data (and its HTML), not a second time as the payload of a server-rendered tree.
import { formatDay, mixSentence, roundShortLabel, type ComparedRounds, type RoundColumn, type StatusMix } from "@/lib/domain/dashboard";
import { STATUS_INFO, STATUSES } from "@/lib/domain/status";

const HEIGHT_REM = 10;
/** Up to this many rounds, labels sit level under their columns; past it they turn upright. */
const LEVEL_LABELS = 8;

/**
 * Status mix per round as stacked columns, each labelled with its round and
 * telling its numbers on hover and on keyboard focus, followed by the same
 * numbers as a table. HTML rather than SVG, so labels keep their size at any
 * width; the compared rounds (`compared`) are marked in words.
 */
export function StatusMixChart({
  rounds,
  mixByRound,
  title,
  compared,
}: {
  rounds: RoundColumn[];
  mixByRound: Map<number, StatusMix>;
  title: string;
  compared?: ComparedRounds | null;
}) {
  const max = Math.max(1, ...rounds.map((r) => mixByRound.get(r.id)?.total ?? 0));
  const label = (s: keyof typeof STATUS_INFO) => STATUS_INFO[s].label;
  const upright = rounds.length > LEVEL_LABELS;
  const mark = (round: RoundColumn) =>
    round.id === compared?.at.id ? "changes at" : round.id === compared?.against?.id ? "compared with" : null;
  return (
    <figure>
      <figcaption className="sr-only">{title}</figcaption>
      <div className="overflow-x-auto rounded border border-slate-200 bg-white px-2 pt-2">
        <ul className="flex items-stretch gap-1" aria-label={`${title}, one column per round`}>
          {rounds.map((round, index) => {
            const mix = mixByRound.get(round.id);
            // Inside the column and towards the chart's middle, so the scrolling box never cuts it off.
            const side = index < rounds.length / 2 ? "after:left-0" : "after:right-0";
            const marked = mark(round);
            const sentence = `${roundShortLabel(round)}, ${formatDay(round.startDate)}${marked ? ` (${marked})` : ""}: ${mix ? mixSentence(mix, label) : "no statuses"}`;
            return (
              <li key={round.id} className="flex min-w-6 flex-1 flex-col items-center">
                {/* The tooltip is the label itself (CSS attr()), so the numbers are not sent twice per column. */}
                {/* mix-column (globals.css): the column, and its tooltip drawn from aria-label. */}
                <div
                  tabIndex={0}
                  role="img"
                  aria-label={sentence}
                  className={`mix-column ${side}${marked ? " bg-slate-100 outline-1 outline-slate-500 outline-dashed" : ""}`}
                  style={{ height: `${HEIGHT_REM}rem` }}
                >
                  {STATUSES.map((status) => {
                    const n = mix?.counts[status] ?? 0;
                    if (n === 0) return null;
                    // Coloured by StatusColours; a hundredth of a percent is finer than any screen.
                    return <div key={status} data-status={status} style={{ height: `${((n / max) * 100).toFixed(2)}%` }} />;
                  })}
                </div>
                <span
                  aria-hidden="true"
                  className={`mix-label ${upright ? "h-24 whitespace-nowrap [writing-mode:vertical-rl] rotate-180" : "text-center"}${marked ? " font-semibold" : ""}`}
                >
                  {roundShortLabel(round)}
                </span>
              </li>
            );
          })}
        </ul>
      </div>
      <details className="mt-2">
        <summary className="cursor-pointer text-sm text-blue-800 underline underline-offset-4">Show the numbers as a table</summary>
        <div className="relative mt-2 overflow-x-auto" role="region" aria-label={`${title}, table`} tabIndex={0}>
          <table className="min-w-full text-sm [&_td]:p-1 [&_td]:text-right [&_td]:tabular-nums">
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
                      <td key={status}>{mix?.counts[status] ?? 0}</td>
                    ))}
                    <td className="font-medium">{mix?.total ?? 0}</td>
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

import Link from "next/link";
import { StatusBadge } from "@/components/dashboard/status-badge";
import { formatDay, roundShortLabel, type RoundColumn } from "@/lib/domain/dashboard";
import type { MatrixCell, MatrixRow } from "@/lib/data/theme-dashboard";
import { STATUS_INFO } from "@/lib/domain/status";

/**
 * Concerns × rounds. Each cell is coloured by status and carries its symbol
 * (with the word for screen readers); a <details> disclosure opens the quote,
 * its document and a link to the concern at that round — keyboard-operable
 * and working without JavaScript.
 */
export function StatusMatrix({ rows, rounds, caption }: { rows: MatrixRow[]; rounds: RoundColumn[]; caption: string }) {
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="print-overflow-visible relative overflow-x-auto rounded-lg border border-slate-200 bg-white pb-40 focus-visible:outline-2 focus-visible:outline-blue-700 print:pb-0">
      <table className="min-w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 z-20 min-w-48 bg-slate-50 p-2 text-left font-medium">
              Concern
            </th>
            {rounds.map((round) => (
              <th key={round.id} scope="col" className="whitespace-nowrap bg-slate-50 p-2 text-center text-xs font-medium">
                <abbr title={`${round.title}, ${formatDay(round.startDate)}`} className="no-underline">
                  {roundShortLabel(round)}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.concernId} className="border-t border-slate-100">
              <th scope="row" className="sticky left-0 z-10 max-w-72 bg-white p-2 text-left font-normal">
                <Link href={`/concerns/${row.concernId}`} className="text-blue-900 underline-offset-4 hover:underline">
                  {row.title}
                </Link>
              </th>
              {rounds.map((round) => (
                <td key={round.id} className="p-0.5 text-center">
                  <Cell cell={row.cells.get(round.id) ?? null} concernId={row.concernId} round={round} concernTitle={row.title} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Cell({ cell, concernId, round, concernTitle }: { cell: MatrixCell | null; concernId: number; round: RoundColumn; concernTitle: string }) {
  if (!cell) {
    return (
      <span className="block rounded-sm py-1 text-slate-400">
        <span aria-hidden="true">·</span>
        <span className="sr-only">No record</span>
      </span>
    );
  }
  const info = STATUS_INFO[cell.status];
  return (
    <details className="group relative">
      <summary
        className="block cursor-pointer list-none rounded-sm py-1 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-700 [&::-webkit-details-marker]:hidden"
        style={{ backgroundColor: info.color, color: info.textColor }}
        title={`${info.label}: ${concernTitle}, ${roundShortLabel(round)}`}
      >
        <span aria-hidden="true">{info.symbol}</span>
        <span className="sr-only">{info.label}</span>
      </summary>
      <div className="absolute left-1/2 top-full z-30 mt-1 w-72 -translate-x-1/2 rounded-md border border-slate-300 bg-white p-3 text-left text-sm font-normal text-slate-900 shadow-lg">
        <p className="flex flex-wrap items-center gap-2">
          <StatusBadge status={cell.status} />
          <span className="text-xs text-slate-700">
            {round.title}, {formatDay(round.startDate)}
          </span>
        </p>
        {cell.quote ? (
          <blockquote className="mt-2 border-l-4 border-slate-300 pl-2 italic">
            “{cell.quote}
            {cell.quoteCut ? "…" : ""}”
          </blockquote>
        ) : (
          <p className="mt-2 text-slate-700">Not mentioned at this round.</p>
        )}
        {cell.documentTitle ? <p className="mt-1 text-xs text-slate-700">Source: {cell.documentTitle}</p> : null}
        <p className="mt-2">
          <Link href={`/concerns/${concernId}#round-${round.id}`} className="text-blue-800 underline underline-offset-4">
            Open the concern at this round
          </Link>
        </p>
      </div>
    </details>
  );
}

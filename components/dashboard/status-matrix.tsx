import Link from "next/link";
import { MatrixQuotePopover } from "@/components/dashboard/matrix-quote-popover";
import { formatDay, roundShortLabel, type RoundColumn } from "@/lib/domain/dashboard";
import type { MatrixCell, MatrixRow } from "@/lib/data/theme-dashboard";
import { STATUS_INFO, STATUSES } from "@/lib/domain/status";

// Cell colours as one stylesheet rather than a style attribute on each of up
// to 1,000 cells; React hoists it into <head> once (href + precedence).
const CELL_COLOURS = STATUSES.map(
  (status) => `.matrix-cell[data-status="${status}"]{background-color:${STATUS_INFO[status].color};color:${STATUS_INFO[status].textColor}}`,
).join("");

/**
 * Concerns × rounds. Each cell is coloured by status and carries its symbol
 * (with the word for screen readers); it links to the concern at that round,
 * and a click or Enter opens the quote in a popover (MatrixQuotePopover).
 * Markup per cell is kept small on purpose: a page has up to 25 × 40 cells.
 */
export function StatusMatrix({ rows, rounds, caption }: { rows: MatrixRow[]; rounds: RoundColumn[]; caption: string }) {
  return (
    <MatrixQuotePopover caption={caption}>
      <style href="matrix-cell-colours" precedence="default">
        {CELL_COLOURS}
      </style>
      <table className="min-w-full border-collapse text-sm [&_td]:p-0.5 [&_td]:text-center">
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
                <td key={round.id}>
                  <Cell cell={row.cells.get(round.id)} concernId={row.concernId} round={round} concernTitle={row.title} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </MatrixQuotePopover>
  );
}

function Cell({ cell, concernId, round, concernTitle }: { cell: MatrixCell | undefined; concernId: number; round: RoundColumn; concernTitle: string }) {
  if (!cell) {
    return (
      <span className="block py-1 text-slate-400">
        <span aria-hidden="true">·</span>
        <span className="sr-only">No record</span>
      </span>
    );
  }
  const info = STATUS_INFO[cell.status];
  // A plain <a>, not next/link: 1,000 Link components would each hydrate and
  // prefetch; the popover handles the click, and without JavaScript the link
  // works. The word is its accessible name, the symbol is what sighted readers see.
  return (
    <a
      href={`/concerns/${concernId}#round-${round.id}`}
      data-status-id={cell.assessmentId}
      data-status={cell.status}
      aria-haspopup="dialog"
      aria-label={info.label}
      title={`${info.label}: ${concernTitle}, ${roundShortLabel(round)}`}
      className="matrix-cell"
    >
      {info.symbol}
    </a>
  );
}

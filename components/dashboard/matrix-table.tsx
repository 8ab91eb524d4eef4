"use client";

import Link from "next/link";
import { STATUS_INFO } from "@/lib/domain/status";
import type { Status } from "@/lib/generated/prisma/enums";

/** `mark`: said under the heading of a compared round ("changes at", "compared with"). */
export type MatrixTableRound = { id: number; label: string; description: string; mark?: string | null };
/** One entry per round column: [status id, status], or null for no record. */
export type MatrixTableRow = { concernId: number; title: string; cells: ([number, Status] | null)[] };

/**
 * The matrix table itself, rendered from compact rows (see StatusMatrix). Cells
 * are plain links with data-status-id; MatrixQuotePopover, around it, turns a
 * click on one into the quote popover.
 */
export function MatrixTable({ caption, rows, rounds }: { caption: string; rows: MatrixTableRow[]; rounds: MatrixTableRound[] }) {
  return (
    <table className="min-w-full border-collapse text-sm [&_td]:p-0.5 [&_td]:text-center">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="sticky left-0 z-20 min-w-48 bg-slate-50 p-2 text-left font-medium">
            Concern
          </th>
          {rounds.map((round) => (
            <th key={round.id} scope="col" className={`whitespace-nowrap p-2 text-center text-xs font-medium ${round.mark ? "bg-slate-200" : "bg-slate-50"}`}>
              <abbr title={round.description} className="no-underline">
                {round.label}
              </abbr>
              {round.mark ? <span className="block font-normal text-slate-700">{round.mark}</span> : null}
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
            {rounds.map((round, index) => (
              <td key={round.id}>
                <Cell cell={row.cells[index] ?? null} concernId={row.concernId} concernTitle={row.title} round={round} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Cell({ cell, concernId, concernTitle, round }: { cell: [number, Status] | null; concernId: number; concernTitle: string; round: MatrixTableRound }) {
  if (!cell) {
    return (
      <span className="block py-1 text-slate-400">
        <span aria-hidden="true">·</span>
        <span className="sr-only">No record</span>
      </span>
    );
  }
  const [statusId, status] = cell;
  const info = STATUS_INFO[status];
  // A plain <a>, not next/link: 1,000 Link components would each prefetch; the
  // popover handles the click, and without JavaScript the link still works.
  // The word is the accessible name; the symbol is what sighted readers see.
  return (
    <a
      href={`/concerns/${concernId}#round-${round.id}`}
      data-status-id={statusId}
      data-status={status}
      aria-haspopup="dialog"
      aria-label={info.label}
      title={`${info.label}: ${concernTitle}, ${round.label}`}
      className="matrix-cell"
    >
      {info.symbol}
    </a>
  );
}

"use client";

import Link from "next/link";
import { useSyncExternalStore } from "react";
import { MATRIX_NO_CELL } from "@/lib/domain/dashboard";
import { STATUS_INFO, STATUSES } from "@/lib/domain/status";

/** `mark`: said under the heading of a compared round ("changes at", "compared with"). */
export type MatrixTableRound = { id: number; label: string; description: string; mark?: string | null };
/**
 * `statuses`: one character per round column, the status's index in STATUSES or
 * MATRIX_NO_CELL for no record; `ids`: the recorded statuses' ids, in column order.
 */
export type MatrixTableRow = { concernId: number; title: string; statuses: string; ids: number[] };

const subscribeNothing = () => () => {};

/**
 * The matrix table itself, rendered from compact rows (see StatusMatrix). Cells
 * are plain links with data-status-id; MatrixQuotePopover, around it, turns a
 * click on one into the quote popover.
 *
 * The cells are drawn in the browser only: the server's HTML has the headings
 * and the concerns' links, and the rows as data, not the up to 1,000 cells
 * (about 150 KB of markup) that the data already describes in 12 KB.
 */
export function MatrixTable({ caption, rows, rounds }: { caption: string; rows: MatrixTableRow[]; rounds: MatrixTableRound[] }) {
  const inBrowser = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  return (
    <table className="matrix-cells min-w-full border-collapse text-sm [&_td]:p-0.5 [&_td]:text-center">
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
        {rows.map((row) => {
          let next = 0;
          return (
            <tr key={row.concernId} className="border-t border-slate-100">
              <th scope="row" className="sticky left-0 z-10 max-w-72 bg-white p-2 text-left font-normal">
                <Link href={`/concerns/${row.concernId}`} className="text-blue-900 underline-offset-4 hover:underline">
                  {row.title}
                </Link>
              </th>
              {!inBrowser ? <td colSpan={rounds.length} /> : null}
              {inBrowser && rounds.map((round, index) => {
                const code = row.statuses[index];
                if (code === undefined || code === MATRIX_NO_CELL) {
                  return (
                    <td key={round.id} className="matrix-none">
                      <span className="sr-only">No record</span>
                    </td>
                  );
                }
                const status = STATUSES[Number(code)]!;
                const info = STATUS_INFO[status];
                // A plain <a>, not next/link: 1,000 Link components would each prefetch; the
                // popover handles the click, and without JavaScript the link still works.
                // The word is the accessible name; the symbol is what sighted readers see;
                // row and column headers say which concern and round.
                return (
                  <td key={round.id}>
                    <a
                      href={`/concerns/${row.concernId}#round-${round.id}`}
                      data-status-id={row.ids[next++]}
                      data-status={status}
                      aria-haspopup="dialog"
                      aria-label={info.label}
                    >
                      {info.symbol}
                    </a>
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

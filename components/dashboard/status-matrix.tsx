import { MatrixQuotePopover } from "@/components/dashboard/matrix-quote-popover";
import { MatrixTable, type MatrixTableRow } from "@/components/dashboard/matrix-table";
import { formatDay, MATRIX_NO_CELL, roundShortLabel, type ComparedRounds, type RoundColumn } from "@/lib/domain/dashboard";
import type { MatrixRow } from "@/lib/data/theme-dashboard";
import { STATUSES } from "@/lib/domain/status";

/**
 * Concerns × rounds. Each cell is coloured by status and carries its symbol
 * and word; it links to the concern at that round, and a click or Enter opens
 * the quote in a popover (MatrixQuotePopover). The table is a client component
 * fed compact rows (a page has up to 25 × 40 cells): one character per cell for
 * its status and the status ids in a list, rather than a server-rendered tree
 * that the page would carry twice, as HTML and as React's payload.
 */
export function StatusMatrix({
  rows,
  rounds,
  caption,
  compared,
}: {
  rows: MatrixRow[];
  rounds: RoundColumn[];
  caption: string;
  compared?: ComparedRounds | null;
}) {
  const mark = (id: number) => (id === compared?.at.id ? "changes at" : id === compared?.against?.id ? "compared with" : null);
  const tableRows: MatrixTableRow[] = rows.map((row) => {
    const ids: number[] = [];
    const statuses = rounds
      .map((round) => {
        const cell = row.cells.get(round.id);
        if (!cell) return MATRIX_NO_CELL;
        ids.push(cell.assessmentId);
        return String(STATUSES.indexOf(cell.status));
      })
      .join("");
    return { concernId: row.concernId, title: row.title, statuses, ids };
  });
  return (
    <MatrixQuotePopover caption={caption}>
      <MatrixTable
        caption={caption}
        rows={tableRows}
        rounds={rounds.map((round) => ({
          id: round.id,
          label: roundShortLabel(round),
          description: `${round.title}, ${formatDay(round.startDate)}`,
          mark: mark(round.id),
        }))}
      />
    </MatrixQuotePopover>
  );
}

import { MatrixQuotePopover } from "@/components/dashboard/matrix-quote-popover";
import { MatrixTable, type MatrixTableRow } from "@/components/dashboard/matrix-table";
import { formatDay, roundShortLabel, type ComparedRounds, type RoundColumn } from "@/lib/domain/dashboard";
import type { MatrixRow } from "@/lib/data/theme-dashboard";
import { STATUS_INFO, STATUSES } from "@/lib/domain/status";

// Cell colours as one stylesheet rather than a style attribute on each of up
// to 1,000 cells; React hoists it into <head> once (href + precedence).
const CELL_COLOURS = STATUSES.map(
  (status) => `.matrix-cell[data-status="${status}"]{background-color:${STATUS_INFO[status].color};color:${STATUS_INFO[status].textColor}}`,
).join("");

/**
 * Concerns × rounds. Each cell is coloured by status and carries its symbol
 * and word; it links to the concern at that round, and a click or Enter opens
 * the quote in a popover (MatrixQuotePopover). The table is a client component
 * fed compact rows: a page has up to 25 × 40 cells, and sending them as data
 * rather than as a server-rendered tree keeps the page about half as heavy.
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
  const tableRows: MatrixTableRow[] = rows.map((row) => ({
    concernId: row.concernId,
    title: row.title,
    cells: rounds.map((round) => {
      const cell = row.cells.get(round.id);
      return cell ? [cell.assessmentId, cell.status] : null;
    }),
  }));
  return (
    <MatrixQuotePopover caption={caption}>
      <style href="matrix-cell-colours" precedence="default">
        {CELL_COLOURS}
      </style>
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

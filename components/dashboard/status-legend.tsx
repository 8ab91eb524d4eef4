import { STATUS_INFO, STATUSES } from "@/lib/domain/status";
import type { Status } from "@/lib/generated/prisma/enums";

export const NO_RECORD_COLOR = "#ffffff";

/** The key to every chart and the matrix: colour, symbol and word for each status. */
export function StatusLegend({ showNoRecord = true }: { showNoRecord?: boolean }) {
  return (
    <ul aria-label="Status key" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {STATUSES.map((status) => (
        <li key={status} className="flex items-center gap-1.5" title={STATUS_INFO[status].description}>
          <Swatch status={status} />
          {STATUS_INFO[status].label}
        </li>
      ))}
      {showNoRecord ? (
        <li className="flex items-center gap-1.5">
          <Swatch status={null} />
          No record
        </li>
      ) : null}
    </ul>
  );
}

/** A status's colour and symbol (StatusColours), or white with a dot for no record. */
export function Swatch({ status }: { status: Status | null }) {
  return (
    <span aria-hidden="true" className="swatch" data-status={status ?? undefined}>
      {status ? STATUS_INFO[status].symbol : "·"}
    </span>
  );
}

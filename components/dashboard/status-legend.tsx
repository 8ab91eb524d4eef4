import { STATUS_INFO, STATUSES } from "@/lib/domain/status";

export const NO_RECORD_COLOR = "#ffffff";

/** The key to every chart and the matrix: colour, symbol and word for each status. */
export function StatusLegend({ showNoRecord = true }: { showNoRecord?: boolean }) {
  return (
    <ul aria-label="Status key" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {STATUSES.map((status) => (
        <li key={status} className="flex items-center gap-1.5" title={STATUS_INFO[status].description}>
          <Swatch color={STATUS_INFO[status].color} textColor={STATUS_INFO[status].textColor} symbol={STATUS_INFO[status].symbol} />
          {STATUS_INFO[status].label}
        </li>
      ))}
      {showNoRecord ? (
        <li className="flex items-center gap-1.5">
          <Swatch color={NO_RECORD_COLOR} textColor="#334155" symbol="·" />
          No record
        </li>
      ) : null}
    </ul>
  );
}

export function Swatch({ color, textColor, symbol }: { color: string; textColor: string; symbol: string }) {
  return (
    <span
      aria-hidden="true"
      className="inline-flex h-5 w-5 items-center justify-center rounded-sm border border-slate-400 text-xs leading-none"
      style={{ backgroundColor: color, color: textColor }}
    >
      {symbol}
    </span>
  );
}

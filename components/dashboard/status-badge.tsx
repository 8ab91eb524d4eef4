import { STATUS_INFO } from "@/lib/domain/status";
import type { Status } from "@/lib/generated/prisma/enums";

/** A status as colour, symbol and word together, so it never relies on colour. */
export function StatusBadge({ status }: { status: Status | null }) {
  if (status === null) return <span className="text-sm text-slate-600">No record</span>;
  const info = STATUS_INFO[status];
  return (
    <span
      className="inline-flex items-center gap-1 whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-medium print:border print:border-slate-400"
      style={{ backgroundColor: info.color, color: info.textColor }}
    >
      <span aria-hidden="true">{info.symbol}</span>
      {info.label}
    </span>
  );
}

import { STATUS_INFO } from "@/lib/domain/status";
import type { Status } from "@/lib/generated/prisma/enums";

/** A status as colour, symbol and word, so it never relies on colour alone. */
export function StatusBadge({ status }: { status: Status | null }) {
  if (!status) return <span className="text-sm text-slate-600">No status yet</span>;
  const info = STATUS_INFO[status];
  return (
    <span className="inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-medium" style={{ backgroundColor: info.color, color: info.textColor }} title={info.description}>
      <span aria-hidden="true">{info.symbol}</span>
      {info.label}
    </span>
  );
}

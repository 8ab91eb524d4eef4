import { STATUS_INFO } from "@/lib/domain/status";
import type { Status } from "@/lib/generated/prisma/enums";

/** A status as colour (StatusColours), symbol and word together, so it never relies on colour. */
export function StatusBadge({ status }: { status: Status | null }) {
  if (status === null) return <span className="text-sm text-slate-600">No record</span>;
  const info = STATUS_INFO[status];
  return (
    <span className="status-badge" data-status={status}>
      <span aria-hidden="true">{info.symbol}</span>
      {info.label}
    </span>
  );
}

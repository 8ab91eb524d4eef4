import { StatusBadge } from "@/components/dashboard/status-badge";
import { CHANGE_INFO, type Change } from "@/lib/domain/changes";
import type { Status } from "@/lib/generated/prisma/enums";

/** A change as its name and both statuses, never as an arrow or a colour alone. */
export function ChangeLabel({ change, from, to }: { change: Change; from: Status | null; to: Status | null }) {
  return (
    <span className="flex flex-wrap items-center gap-1 text-xs">
      <span className="font-medium text-slate-800">{CHANGE_INFO[change].label}:</span>
      <StatusBadge status={from} />
      <span aria-hidden="true">→</span>
      <span className="sr-only">to</span>
      <StatusBadge status={to} />
    </span>
  );
}

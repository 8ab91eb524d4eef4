import { CASE_SITUATION_LABELS } from "@/lib/domain/cases";
import type { CaseSituation } from "@/lib/generated/prisma/enums";

/** A situation in words; the text carries the meaning, so no colour is needed to read it. */
export function SituationBadge({ situation }: { situation: CaseSituation | null }) {
  return (
    <span className="inline-block rounded border border-slate-400 bg-slate-50 px-1.5 py-0.5 text-xs font-medium text-slate-900">
      {situation ? CASE_SITUATION_LABELS[situation] : "No situation recorded"}
    </span>
  );
}

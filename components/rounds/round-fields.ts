import type { FieldSpec } from "@/components/ui/action-form";
import { isoDay, ROUND_FORMAT_LABELS, ROUND_KIND_LABELS } from "@/lib/domain/format";
import { LIMITS } from "@/lib/validation/common";

export const ROUND_FIELDS: FieldSpec[] = [
  { name: "title", label: "Title", kind: "text", required: true, limit: LIMITS.title, className: "sm:col-span-2", hint: "For example: 17th EU-Kazakhstan Human Rights Dialogue (Astana, 2026)" },
  { name: "kind", label: "Kind of meeting", kind: "select", options: Object.entries(ROUND_KIND_LABELS).map(([value, label]) => ({ value, label })) },
  { name: "number", label: "Number", kind: "number", hint: "Only when an official text states it." },
  { name: "startDate", label: "Start date", kind: "date", required: true },
  { name: "endDate", label: "End date", kind: "date" },
  { name: "place", label: "Place", kind: "text", limit: LIMITS.short },
  { name: "format", label: "Format", kind: "select", options: Object.entries(ROUND_FORMAT_LABELS).map(([value, label]) => ({ value, label })) },
  { name: "euDelegationHead", label: "Head of the EU delegation", kind: "text", limit: LIMITS.delegationHead },
  { name: "kzDelegationHead", label: "Head of the Kazakh delegation", kind: "text", limit: LIMITS.delegationHead },
  { name: "summary", label: "Summary", kind: "textarea", limit: LIMITS.note, rows: 5 },
];

type RoundRow = {
  kind: string; number: number | null; title: string; startDate: Date; endDate: Date | null; place: string | null; format: string;
  euDelegationHead: string | null; kzDelegationHead: string | null; summary: string;
};

export function roundInitialValues(round?: RoundRow): Record<string, string> {
  if (!round) return { kind: "HUMAN_RIGHTS_DIALOGUE", format: "IN_PERSON" };
  return {
    kind: round.kind, number: round.number?.toString() ?? "", title: round.title, startDate: isoDay(round.startDate), endDate: isoDay(round.endDate),
    place: round.place ?? "", format: round.format, euDelegationHead: round.euDelegationHead ?? "", kzDelegationHead: round.kzDelegationHead ?? "", summary: round.summary,
  };
}

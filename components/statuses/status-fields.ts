import type { FieldSpec } from "@/components/ui/action-form";
import type { Option } from "@/components/ui/form-controls";
import { STATUS_OPTIONS } from "@/components/statuses/status-options";
import { LIMITS } from "@/lib/validation/common";

export function statusFields(documents: Option[], rounds?: Option[]): FieldSpec[] {
  return [
    ...(rounds ? [{ name: "roundId", label: "Round", kind: "select", options: rounds, placeholder: "Choose a round" } satisfies FieldSpec] : []),
    { name: "status", label: "Status", kind: "select", options: STATUS_OPTIONS },
    { name: "documentId", label: "Document", kind: "select", options: documents, placeholder: "None (only for Not raised)", className: "sm:col-span-2" },
    { name: "quote", label: "Quote", kind: "textarea", rows: 4, limit: LIMITS.quote, hint: "The passage as it appears in the document. Not needed for Not raised." },
    { name: "note", label: "Note", kind: "textarea", rows: 4, limit: LIMITS.note },
  ];
}

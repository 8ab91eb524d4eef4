import type { FieldSpec } from "@/components/ui/action-form";
import type { Option } from "@/components/ui/form-controls";
import { STATUS_OPTIONS } from "@/components/statuses/status-options";
import { LIMITS } from "@/lib/validation/common";

/**
 * The status form's fields. When the status already has sources (`adding`), the
 * evidence fields add one more and may be left empty.
 */
export function statusFields(documents: Option[], { rounds, adding = false }: { rounds?: Option[]; adding?: boolean } = {}): FieldSpec[] {
  return [
    ...(rounds ? [{ name: "roundId", label: "Round", kind: "select", options: rounds, placeholder: "Choose a round" } satisfies FieldSpec] : []),
    { name: "status", label: "Status", kind: "select", options: STATUS_OPTIONS },
    {
      name: "documentId",
      label: adding ? "Add a source: document" : "Document",
      kind: "select",
      options: documents,
      placeholder: adding ? "None (keep the sources as they are)" : "None (only for Not raised)",
      className: "sm:col-span-2",
    },
    {
      name: "quote",
      label: adding ? "Add a source: quote" : "Quote",
      kind: "textarea",
      rows: 4,
      limit: LIMITS.quote,
      hint: adding ? "A passage of the document above, in its own language." : "The passage as it appears in the document, in its own language. Not needed for Not raised.",
    },
    { name: "translation", label: "Translation (optional)", kind: "textarea", rows: 3, limit: LIMITS.quote, hint: "Your English translation, when the quote is in another language." },
    { name: "note", label: "Note", kind: "textarea", rows: 4, limit: LIMITS.note },
  ];
}

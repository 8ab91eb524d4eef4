import type { FieldSpec } from "@/components/ui/action-form";
import type { Option } from "@/components/ui/form-controls";
import { LIMITS } from "@/lib/validation/common";

export function documentFields(rounds: Option[]): FieldSpec[] {
  return [
    { name: "title", label: "Title", kind: "text", required: true, limit: LIMITS.title, className: "sm:col-span-2" },
    { name: "publisher", label: "Publisher", kind: "text", required: true, limit: LIMITS.short, hint: "For example: EEAS" },
    { name: "url", label: "Web address (URL)", kind: "url", limit: LIMITS.url, hint: "Starting with https:// or http://" },
    // Text, not a date picker: a date picker cannot hold "2025-03" or "2025".
    {
      name: "publishedOn",
      label: "Publication date",
      kind: "text",
      hint: "YYYY-MM-DD; YYYY-MM or YYYY when only the month or year is known; empty when not known.",
    },
    { name: "language", label: "Language", kind: "text", limit: LIMITS.language, hint: "A code such as en, ru or kk." },
    { name: "roundIds", label: "Rounds it reports on", kind: "checkboxes", options: rounds },
    { name: "text", label: "Full text", kind: "textarea", required: true, rows: 16, limit: LIMITS.documentText, hint: "Paste the whole text. Quotes used as evidence must occur in it." },
  ];
}

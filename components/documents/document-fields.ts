import type { FieldSpec } from "@/components/ui/action-form";
import type { Option } from "@/components/ui/form-controls";

export function documentFields(rounds: Option[]): FieldSpec[] {
  return [
    { name: "title", label: "Title", kind: "text", required: true, maxLength: 200, className: "sm:col-span-2" },
    { name: "publisher", label: "Publisher", kind: "text", required: true, maxLength: 200, hint: "For example: EEAS" },
    { name: "url", label: "Web address (URL)", kind: "url", maxLength: 2000, hint: "Starting with https:// or http://" },
    { name: "publishedOn", label: "Publication date", kind: "date", required: true },
    { name: "language", label: "Language", kind: "text", maxLength: 12, hint: "A code such as en, ru or kk." },
    { name: "roundIds", label: "Rounds it reports on", kind: "checkboxes", options: rounds },
    { name: "text", label: "Full text", kind: "textarea", required: true, rows: 16, maxLength: 200_000, hint: "Paste the whole text. Quotes used as evidence must occur in it." },
  ];
}

import type { FieldSpec } from "@/components/ui/action-form";
import type { Option } from "@/components/ui/form-controls";
import { LIMITS } from "@/lib/validation/common";

export function concernFields(themes: Option[], rounds: Option[]): FieldSpec[] {
  return [
    { name: "title", label: "Title", kind: "text", required: true, limit: LIMITS.title, className: "sm:col-span-2" },
    { name: "themeId", label: "Theme", kind: "select", options: themes, placeholder: "Choose a theme" },
    { name: "firstRaisedRoundId", label: "Round first raised", kind: "select", options: rounds, placeholder: "Not known" },
    { name: "description", label: "Description", kind: "textarea", limit: LIMITS.description, rows: 4 },
    { name: "legalReferences", label: "Legal references", kind: "textarea", rows: 3, limit: LIMITS.legalReferences, hint: "One per line, e.g. Criminal Code Art. 274" },
  ];
}

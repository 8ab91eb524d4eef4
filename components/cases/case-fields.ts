import type { FieldSpec } from "@/components/ui/action-form";
import type { Option } from "@/components/ui/form-controls";
import { CASE_SITUATION_LABELS, CASE_SITUATIONS } from "@/lib/domain/cases";
import { LIMITS } from "@/lib/validation/common";

export function caseFields(): FieldSpec[] {
  return [
    { name: "personName", label: "Name or label", kind: "text", required: true, limit: LIMITS.title, className: "sm:col-span-2", hint: "The person's name as the texts write it, or a label for an unnamed case" },
    { name: "spellings", label: "Other spellings", kind: "textarea", rows: 3, limit: LIMITS.legalReferences, hint: "One per line, e.g. the name in Cyrillic. Search and duplicate checks use every spelling." },
    { name: "summary", label: "Summary", kind: "textarea", rows: 4, limit: LIMITS.description },
    { name: "sensitive", label: "Confidentiality", kind: "checkboxes", options: [{ value: "yes", label: "Sensitive: viewers see only “Case <number>”, no name, summary, notes or quotes" }] },
    { name: "allowDuplicate", label: "Similar names", kind: "checkboxes", options: [{ value: "yes", label: "This is a different person from any case with a similar name" }] },
  ];
}

/** A quote proving a situation or a round: the document, the passage, its translation. */
function evidenceFields(documents: Option[], hint: string): FieldSpec[] {
  return [
    { name: "documentId", label: "Document", kind: "select", options: documents, placeholder: "Choose a document", className: "sm:col-span-2" },
    { name: "quote", label: "Quote", kind: "textarea", rows: 4, limit: LIMITS.quote, required: true, hint },
    { name: "translation", label: "Translation (optional)", kind: "textarea", rows: 3, limit: LIMITS.quote, hint: "Your English translation, when the quote is in another language." },
    { name: "note", label: "Note", kind: "textarea", rows: 3, limit: LIMITS.note },
  ];
}

export function situationFields(documents: Option[]): FieldSpec[] {
  return [
    { name: "situation", label: "Situation", kind: "select", options: CASE_SITUATIONS.map((s) => ({ value: s, label: CASE_SITUATION_LABELS[s] })), placeholder: "Choose a situation" },
    { name: "asOf", label: "As of", kind: "text", required: true, hint: "YYYY-MM-DD, or YYYY-MM or YYYY when the text gives only the month or year" },
    ...evidenceFields(documents, "The passage that shows the situation, as it appears in the document."),
  ];
}

export function caseRoundFields(rounds: Option[], documents: Option[]): FieldSpec[] {
  return [
    { name: "roundId", label: "Round", kind: "select", options: rounds, placeholder: "Choose a round", className: "sm:col-span-2" },
    ...evidenceFields(documents, "The passage that says the EU raised the case, from a document about that round."),
  ];
}

/** A list of cases handed over at a round: its size and cases when known, and the quote from a document about the round. */
export function handedOverListFields(documents: Option[], cases: Option[]): FieldSpec[] {
  return [
    { name: "size", label: "Number of cases on the list", kind: "number", hint: "Leave empty when no text gives it." },
    { name: "documentId", label: "Document", kind: "select", options: documents, placeholder: "Choose a document about this round" },
    { name: "quote", label: "Quote", kind: "textarea", rows: 3, limit: LIMITS.quote, required: true, hint: "The passage that says the list was handed over, as it appears in the document." },
    { name: "translation", label: "Translation (optional)", kind: "textarea", rows: 2, limit: LIMITS.quote },
    { name: "caseIds", label: "Cases known to be on the list", kind: "checkboxes", options: cases, hint: "Only those a text names; leave all unticked when none is known." },
  ];
}

import { STATUSES, STATUS_INFO } from "@/lib/domain/status";

export const STATUS_OPTIONS = STATUSES.map((s) => ({ value: s, label: `${STATUS_INFO[s].symbol} ${STATUS_INFO[s].label} — ${STATUS_INFO[s].description}` }));

import "server-only";
import { buildBriefing } from "@/lib/briefing/content";
import { briefingDocx } from "@/lib/briefing/docx";
import { briefingPdf } from "@/lib/briefing/pdf";
import { getBriefingData } from "@/lib/data/briefing";
import type { Reader } from "@/lib/data/cases";
import { exportFileName, FILE_MEDIA_TYPES } from "@/lib/domain/export-file";
import type { BriefingRequest } from "@/lib/validation/briefing";

/** The briefing file a reader asked for: the data, the one content model, then the chosen renderer. */
export async function briefingFile(request: BriefingRequest, reader: Reader, now = new Date()) {
  const content = buildBriefing(await getBriefingData(request, reader), now);
  const bytes = request.format === "docx" ? await briefingDocx(content) : await briefingPdf(content);
  const round = request.round === "next" ? "next-round" : `round-${request.round}`;
  const themes = request.themes.length > 3 ? [`${request.themes.length}-themes`] : request.themes;
  return {
    bytes,
    contentType: FILE_MEDIA_TYPES[request.format],
    fileName: exportFileName(["briefing", round, ...themes], request.format, now.toISOString().slice(0, 10)),
  };
}

// Outside the signed-in layout (e.g. thrown from it); app/(app)/forbidden.tsx covers pages.
import { ForbiddenMessage } from "@/components/layout/forbidden-message";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-xl px-4 py-12">
      <ForbiddenMessage />
    </main>
  );
}

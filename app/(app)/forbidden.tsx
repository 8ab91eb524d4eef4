import { ForbiddenMessage } from "@/components/layout/forbidden-message";

export default function Forbidden() {
  return (
    <div className="max-w-xl">
      <ForbiddenMessage />
    </div>
  );
}

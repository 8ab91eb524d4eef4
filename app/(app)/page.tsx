import { redirect } from "next/navigation";

/** The dashboard is the landing page after login. */
export default function HomePage() {
  redirect("/dashboard");
}

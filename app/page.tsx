import { redirect } from "@/lib/i18n/navigation";

/** The directory is the product: the home page is the partner list. */
export default async function Home() {
  return redirect("/partners");
}

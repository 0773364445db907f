import { redirect } from "next/navigation";

/** The directory is the product: the home page is the partner list. */
export default function Home() {
  redirect("/partners");
}

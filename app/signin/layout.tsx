import { ClientMessages } from "@/components/layout/client-messages";

export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages>{children}</ClientMessages>;
}

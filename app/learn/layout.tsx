import type { ReactNode } from "react";
import { StoreProvider } from "@/components/store";

/** Learning pages share the app store (reusing the root one when the root layout provides it). */
export default function LearnLayout({ children }: { children: ReactNode }) {
  return <StoreProvider>{children}</StoreProvider>;
}

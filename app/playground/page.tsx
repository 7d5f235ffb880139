import type { Metadata } from "next";
import { Playground } from "@/components/playground/Playground";

export const metadata: Metadata = { title: "Playground" };

export default function PlaygroundPage() {
  return (
    <>
      <h1>Playground</h1>
      <p>
        Write any IAM policy: the editor knows JSON and the policy language and underlines mistakes
        as you type. Then try a request against it (who calls which action on what, from where) to
        see whether AWS would allow it, the statement that decided, and why. Everything runs in your
        browser; nothing is sent anywhere.
      </p>
      <Playground />
    </>
  );
}

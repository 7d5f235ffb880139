import type { Metadata } from "next";
import { Playground } from "@/components/playground/Playground";

export const metadata: Metadata = { title: "Playground" };

export default function PlaygroundPage() {
  return (
    <>
      <h1>Playground</h1>
      <p>
        Write any IAM policy. The editor knows JSON and underlines mistakes as you type. Tests
        against your own requests arrive with the simulated account.
      </p>
      <Playground />
    </>
  );
}

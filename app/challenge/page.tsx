import type { Metadata } from "next";
import { ChallengeView } from "@/components/challenge/ChallengeView";

export const metadata: Metadata = { title: "Challenge" };

export default function ChallengePage() {
  return <ChallengeView />;
}

import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/ComingSoon";
import { OpenChallenge } from "@/components/challenge/OpenChallenge";

export const metadata: Metadata = { title: "Challenges" };

export default function ChallengesPage() {
  return (
    <>
      <ComingSoon title="Challenges">
        <p>
          Write a scenario, share it as a link, and whoever opens it gets the scenario, the editor
          and the checks, with nothing to install. The challenge builder is on its way; links made
          with <code>npm run --silent lessons -- link FILE</code> already open here.
        </p>
      </ComingSoon>
      <OpenChallenge />
    </>
  );
}

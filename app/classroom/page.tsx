import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/ComingSoon";

export const metadata: Metadata = { title: "Classroom" };

export default function ClassroomPage() {
  return (
    <ComingSoon title="Classroom">
      <p>
        Assign lessons and your own challenges to a class, see who is stuck where, and export the
        results, without students creating accounts. Classrooms are on their way.
      </p>
    </ComingSoon>
  );
}

import Link from "next/link";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <section style={{ maxWidth: 640, margin: "48px auto", textAlign: "center" }}>
      <p style={{ color: "var(--muted)", fontWeight: 700, margin: 0 }}>404 · ImplicitDeny</p>
      <h1>This page does not exist</h1>
      <p style={{ color: "var(--muted)" }}>
        No statement allows you to view it, mostly because there is nothing here. Check the address,
        or pick up where you left off.
      </p>
      <p style={{ display: "flex", gap: 12, justifyContent: "center", flexWrap: "wrap" }}>
        <Link href="/" className="btn">
          Home
        </Link>
        <Link href="/learn" className="btn btn-primary">
          Go to the course
        </Link>
      </p>
    </section>
  );
}

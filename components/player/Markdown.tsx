import type { ReactNode } from "react";
import ReactMarkdown from "react-markdown";

type Level = 2 | 3 | 4;

function heading(level: number, children: ReactNode) {
  const Tag = `h${Math.min(level, 6)}` as "h2";
  return <Tag>{children}</Tag>;
}

/**
 * Lesson Markdown (CommonMark; raw HTML is not rendered). Headings are shifted so lesson text
 * never competes with the page's h1: a lesson's `#` and `##` become `level` (h2 by default),
 * `###` one below. Inside a section that has its own heading (the debrief under "Lesson
 * complete", a hint under "Hints"), pass the next level down. Works on the server.
 */
export function Markdown({ text, level = 2 }: { text: string; level?: Level }) {
  return (
    <ReactMarkdown
      skipHtml
      components={{
        h1: ({ children }) => heading(level, children),
        h2: ({ children }) => heading(level, children),
        h3: ({ children }) => heading(level + 1, children),
        // A code block scrolls sideways when its lines are long: keyboard users reach it with
        // Tab and scroll it with the arrow keys (WCAG 2.1.1; axe scrollable-region-focusable).
        pre: ({ children }) => <pre tabIndex={0}>{children}</pre>,
        a: ({ href, children }) => (
          <a
            href={href}
            {...(href?.startsWith("http") ? { target: "_blank", rel: "noreferrer" } : {})}
          >
            {children}
          </a>
        ),
      }}
    >
      {text}
    </ReactMarkdown>
  );
}

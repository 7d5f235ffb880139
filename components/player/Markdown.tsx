import ReactMarkdown from "react-markdown";

/**
 * Lesson Markdown (CommonMark; raw HTML is not rendered). Headings are shifted down one level
 * so lesson text never competes with the page's h1. Works on the server.
 */
export function Markdown({ text }: { text: string }) {
  return (
    <ReactMarkdown
      skipHtml
      components={{
        h1: ({ children }) => <h2>{children}</h2>,
        h2: ({ children }) => <h2>{children}</h2>,
        h3: ({ children }) => <h3>{children}</h3>,
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

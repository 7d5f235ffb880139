/** The site's primary sections, in header order. */
export const NAV_ITEMS = [
  { href: "/learn", label: "Course" },
  { href: "/playground", label: "Playground" },
  { href: "/challenges", label: "Challenges" },
  { href: "/classroom", label: "Classroom" },
] as const;

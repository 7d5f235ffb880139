import Link from "next/link";
import { NavLinks } from "./NavLinks";
import styles from "./SiteHeader.module.css";

/** The header on every page: product name (home link) and the primary navigation. */
export function SiteHeader() {
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href="/" className={styles.brand} aria-label="Least Privilege, home">
          <svg className={styles.logo} viewBox="0 0 64 64" aria-hidden="true">
            <rect width="64" height="64" rx="14" fill="currentColor" />
            <path
              d="M32 10 14 17v13c0 12 7.7 20.6 18 24 10.3-3.4 18-12 18-24V17z"
              fill="var(--surface)"
            />
          </svg>
          <span>Least Privilege</span>
        </Link>
        <nav aria-label="Main" className={styles.nav}>
          <NavLinks />
        </nav>
      </div>
    </header>
  );
}

import styles from "./SiteFooter.module.css";

/** The footer: what the product is and the keyboard tip for the editor. */
export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <p>
        Least Privilege runs entirely in your browser: no AWS account, no bill, nothing sent
        anywhere. In any policy editor press <kbd>Ctrl</kbd>+<kbd>M</kbd> to let <kbd>Tab</kbd> move
        focus out of the editor.
      </p>
    </footer>
  );
}

// The one shape every content problem takes, so the CLI and tests print the same thing.

/** A problem found in a content file; `file` is relative to the content directory. */
export interface ContentIssue {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** Formats an issue as `file:line: message`, the form editors and terminals link. */
export function formatIssue(issue: ContentIssue, fileLabel: string = issue.file): string {
  return `${fileLabel}:${issue.line}: ${issue.message}`;
}

/** Collects errors and warnings for one file at a time. */
export class IssueList {
  readonly errors: ContentIssue[] = [];
  readonly warnings: ContentIssue[] = [];

  /** Records an error that stops the build. */
  error(file: string, line: number, message: string): void {
    addOnce(this.errors, { file, line, message });
  }

  /** Records a warning that is printed but lets the build go on. */
  warn(file: string, line: number, message: string): void {
    addOnce(this.warnings, { file, line, message });
  }
}

// One line can break the same rule twice (`<b>` and `</b>`); saying it once is enough.
function addOnce(list: ContentIssue[], issue: ContentIssue): void {
  const seen = list.some(
    (other) => other.file === issue.file && other.line === issue.line && other.message === issue.message,
  );
  if (!seen) list.push(issue);
}

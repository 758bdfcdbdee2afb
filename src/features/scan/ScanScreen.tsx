/** The in-app scanner. (Filled in by the scan work.) */
export function ScanScreen() {
  return <section data-screen="scan" />;
}

/** The region picker. (Filled in by the content work.) */
export function RegionsScreen() {
  return <section data-screen="regions" />;
}

/** The list of safety articles. (Filled in by the content work.) */
export function ArticlesScreen() {
  return <section data-screen="articles" />;
}

/** Content prose: one <p> per paragraph. */
export function Paragraphs({ items }: { readonly items: readonly string[] }) {
  return items.map((text) => <p key={text}>{text}</p>);
}

/**
 * Where an island (a small interactive part of a static page) goes. The page is rendered once,
 * at build time; the document script (src/app/document/) starts the island named here, with
 * these props, when it is needed. Props must be plain JSON.
 */
export type IslandProps = Readonly<Record<string, string | number | boolean>>;

export function IslandSlot({
  name,
  props,
  className,
}: {
  readonly name: string;
  readonly props: IslandProps;
  readonly className?: string;
}) {
  return <div className={className} data-island={name} data-props={JSON.stringify(props)} />;
}

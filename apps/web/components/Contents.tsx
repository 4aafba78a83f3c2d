/** "On this page": jump links to a long page's sections (only those the page has). */
export function Contents({ items }: { items: readonly ({ id: string; label: string } | false | null | undefined)[] }) {
  const shown = items.filter((i): i is { id: string; label: string } => Boolean(i));
  if (shown.length < 2) return null;
  return (
    <nav aria-label="On this page" className="contents">
      <h2 className="contents-title">On this page</h2>
      <ul>
        {shown.map((i) => (
          <li key={i.id}>
            <a href={`#${i.id}`}>{i.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

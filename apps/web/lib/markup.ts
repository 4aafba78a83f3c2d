/**
 * Text or an attribute's value escaped for HTML and XML markup written as a string (the index
 * tables' rows, the sitemaps). Imported by the browser too: no dependencies.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#39;"));
}

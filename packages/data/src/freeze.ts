/** Freezes a value and every object and array inside it; returns the same value. */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === null || typeof current !== "object" || Object.isFrozen(current)) continue;
    Object.freeze(current);
    for (const child of Object.values(current as Record<string, unknown>)) if (child !== null && typeof child === "object") stack.push(child);
  }
  return value;
}
